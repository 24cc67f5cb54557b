/**
 * Writes an 8-bit indexed-colour PNG (colour type 3). sharp can only reach
 * indexed PNG through libimagequant, which re-quantises what is already a
 * palette and takes six times as long; fast-png writes indexed PNGs but deflates
 * in JavaScript, at several times the cost of Node's native zlib. Deflation is
 * synchronous on purpose: zlib's asynchronous form gives each call its own
 * stream, whose native state outlives it until garbage collection, and raised a
 * build's peak memory sharply (docs/performance.md, "Figures behind the code's comments"). The format is the
 * W3C's PNG specification: sections 5 (chunks), 11.2 (IHDR, PLTE), 7.3 (filters).
 */
import zlib from 'node:zlib';

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * `scanlines`: for each row, its filter type byte then one palette index per
 * pixel; `palette`: r, g, b per entry. Deflated with zlib's run-length strategy:
 * a card is runs of one colour, and matching runs alone beats level 3's full
 * search on both time and size (docs/performance.md, "Figures behind the code's comments").
 */
export function encodeIndexedPng(width: number, height: number, palette: Uint8Array, scanlines: Uint8Array): Buffer {
  const entries = palette.length / 3;
  if (!Number.isInteger(entries) || entries < 1 || entries > 256)
    throw new Error(`a PNG palette holds 1–256 colours, not ${palette.length / 3}`);
  if (scanlines.length !== (width + 1) * height)
    throw new Error(`${scanlines.length} bytes is not ${height} rows of 1 + ${width}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, indexed colour, deflate, adaptive filters, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', zlib.deflateSync(scanlines, { level: 9, strategy: zlib.constants.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
