/**
 * Text width without a browser, for laying labels out at build time. The advance widths are DejaVu
 * Serif's (measured in Chromium with canvas `measureText` at 1000 px): it is the widest face in our
 * font list (`Georgia, 'DejaVu Serif', serif`) that a reader is likely to get, so a box computed
 * from it holds the text in Georgia too. Unknown characters count as a full em, to stay on the
 * safe side.
 */
const chars =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—’‘“”·…×≈°ÄÖÜäöüéèáíóúñšžčř";

const normal = [
  318, 402, 460, 838, 636, 950, 890, 275, 390, 390, 500, 838, 318, 338, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636,
  636, 337, 337, 838, 838, 838, 536, 1000, 722, 735, 765, 802, 730, 694, 799, 872, 395, 401, 747, 664, 1024, 875, 820, 673,
  820, 753, 685, 667, 843, 722, 1028, 712, 660, 695, 390, 337, 390, 838, 500, 500, 596, 640, 560, 640, 592, 370, 640, 644, 320,
  310, 606, 320, 948, 644, 602, 640, 640, 478, 513, 402, 644, 565, 856, 564, 565, 527, 636, 337, 636, 838, 500, 1000, 318, 318,
  511, 511, 318, 1000, 838, 838, 500, 722, 820, 843, 596, 602, 644, 592, 592, 596, 320, 602, 644, 644, 513, 527, 560, 478,
];

const bold = [
  348, 439, 521, 838, 696, 950, 903, 306, 473, 473, 523, 838, 348, 415, 348, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696,
  696, 369, 369, 838, 838, 838, 586, 1000, 776, 845, 796, 867, 762, 710, 854, 945, 468, 473, 869, 703, 1107, 914, 871, 752,
  871, 831, 722, 744, 872, 776, 1123, 776, 714, 730, 473, 365, 473, 838, 500, 500, 648, 699, 609, 699, 636, 430, 699, 727, 380,
  362, 693, 380, 1058, 727, 667, 699, 699, 527, 563, 462, 727, 581, 861, 596, 581, 568, 643, 364, 643, 838, 500, 1000, 348, 348,
  575, 575, 348, 1000, 838, 838, 500, 776, 871, 872, 648, 667, 727, 636, 636, 648, 380, 667, 727, 727, 563, 568, 609, 527,
];

const index = new Map([...chars].map((char, i) => [char, i]));

export type FontWeight = 'normal' | 'bold';

/** The advance width of `text` at `fontSize` user units. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  const table = weight === 'bold' ? bold : normal;
  let total = 0;
  for (const char of text) {
    const i = index.get(char);
    total += i === undefined ? 1000 : (table[i] ?? 1000);
  }
  return (total / 1000) * fontSize;
}

/** DejaVu Serif's ascent and descent (per em): the height of a text box as `getBBox()` reports it. */
export const ascent = 0.93;
export const descent = 0.24;

/** Splits `text` into lines no wider than `maxWidth`, breaking at spaces (a long word stays whole). */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 'normal'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
