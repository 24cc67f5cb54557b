/**
 * WOFF 1 → plain sfnt (TTF/OTF). HarfBuzz, which shapes the share cards' text (font-store.ts), reads sfnt only, and
 * so does Go's font parser, which draws the Hugo reference site's cards (bench/lib/hugo-share.ts); fontsource ships
 * WOFF and WOFF2 (https://www.w3.org/TR/WOFF/). A WOFF is an sfnt whose tables were zlib-compressed one by one, so
 * node:zlib undoes it and no WOFF2 (Brotli) decoder is needed; this inflates the tables and writes the sfnt table
 * directory back in front of them. Plain Node (the card workers load it).
 */
import { inflateSync } from 'node:zlib';

/** The sum of big-endian uint32 words, the last one zero-padded: the OpenType table checksum. */
export function sfntChecksum(data: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

export function woffToSfnt(woff: Uint8Array): Buffer {
  const w = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (w.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1 file (no wOFF signature)');
  const flavor = w.readUInt32BE(4);
  const numTables = w.readUInt16BE(12);
  // The WOFF directory (20 bytes an entry, after a 44-byte header) is already sorted by tag, as sfnt wants.
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compLength, origLength] = [w.readUInt32BE(at + 4), w.readUInt32BE(at + 8), w.readUInt32BE(at + 12)];
    const stored = w.subarray(offset, offset + compLength);
    // A table is stored raw when compressing did not make it smaller.
    const data = compLength < origLength ? inflateSync(stored) : Buffer.from(stored);
    if (data.length !== origLength)
      throw new Error(`table ${w.toString('latin1', at, at + 4)}: ${data.length} bytes, expected ${origLength}`);
    return { tag: w.subarray(at, at + 4), checksum: w.readUInt32BE(at + 16), data };
  });

  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((n, t) => n + Math.ceil(t.data.length / 4) * 4, headerSize);
  const out = Buffer.alloc(size); // zero-filled, so the 4-byte padding between tables is zeros
  const pow2 = 2 ** Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(pow2 * 16, 6); // searchRange
  out.writeUInt16BE(Math.log2(pow2), 8); // entrySelector
  out.writeUInt16BE(numTables * 16 - pow2 * 16, 10); // rangeShift
  let offset = headerSize;
  let headOffset = -1;
  tables.forEach((t, i) => {
    const rec = 12 + i * 16;
    t.tag.copy(out, rec);
    // WOFF keeps each table's checksum from the original font, so it is copied, not recomputed.
    out.writeUInt32BE(t.checksum, rec + 4);
    out.writeUInt32BE(offset, rec + 8);
    out.writeUInt32BE(t.data.length, rec + 12);
    t.data.copy(out, offset);
    if (t.tag.toString('latin1') === 'head') headOffset = offset;
    offset += Math.ceil(t.data.length / 4) * 4;
  });
  // The font's layout changed, so head.checkSumAdjustment is recomputed: zero it, then make the whole file sum to B1B0AFBA.
  if (headOffset >= 0) {
    out.writeUInt32BE(0, headOffset + 8);
    out.writeUInt32BE((0xb1b0afba - sfntChecksum(out)) >>> 0, headOffset + 8);
  }
  return out;
}
