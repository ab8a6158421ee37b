/**
 * The pixel size of a PNG or JPEG, read from its header: PNG's IHDR chunk (its first, at a fixed
 * place: https://www.w3.org/TR/png-3/#11IHDR) and JPEG's start-of-frame segment (ITU T.81 §B.2.2),
 * found by walking the segments before it. A dozen lines, so no package for it.
 */
export interface PixelSize {
  width: number;
  height: number;
}

export function imageSize(data: Uint8Array, mediaType: string): PixelSize | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (mediaType === 'image/png') return data.length >= 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : undefined;
  if (mediaType !== 'image/jpeg') return undefined;
  let at = 2;
  while (at + 9 <= data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1]!;
    // Fill bytes, and markers that stand alone (no length).
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}
