/**
 * The canonical URL of a Creative Commons licence written the usual way (`CC BY-SA 4.0`, `CC0`),
 * so machine-readable metadata (Schema.org `license`) names it unambiguously. Anything else stays
 * the author's text.
 */
export function licenseUrl(license: string): string | undefined {
  const text = license.trim();
  if (/^CC0(\s+1\.0)?$/i.test(text)) return 'https://creativecommons.org/publicdomain/zero/1.0/';
  const match = /^CC[\s-]+(BY(?:-NC)?(?:-SA|-ND)?)[\s-]+(\d\.\d)$/i.exec(text);
  if (!match) return undefined;
  return `https://creativecommons.org/licenses/${match[1]!.toLowerCase()}/${match[2]}/`;
}
