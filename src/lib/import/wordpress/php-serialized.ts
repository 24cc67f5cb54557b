/**
 * Reads PHP's serialize() format, in which WordPress exports structured post meta such as an image's
 * `_wp_attachment_metadata` (its size, file and the photo's embedded IPTC/EXIF fields: credit, copyright, caption).
 * Only values are read: arrays become objects keyed as in PHP, objects their properties. Never evaluated.
 */

type PhpValue = null | boolean | number | string | { [key: string]: PhpValue };

/** The value, or undefined when the text is not well-formed serialized PHP. String lengths count UTF-8 bytes. */
export function parsePhpSerialized(text: string): PhpValue | undefined {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  const fail = (): never => {
    throw new Error('malformed');
  };
  const until = (char: string): string => {
    const end = bytes.indexOf(char, at);
    if (end === -1) fail();
    const value = bytes.toString('utf8', at, end);
    at = end + 1;
    return value;
  };
  const expect = (char: string) => {
    if (bytes.toString('utf8', at, at + 1) !== char) fail();
    at++;
  };
  const value = (): PhpValue => {
    const type = bytes.toString('utf8', at, at + 1);
    at++;
    if (type === 'N') {
      expect(';');
      return null;
    }
    expect(':');
    if (type === 'b') return until(';') === '1';
    if (type === 'i' || type === 'd') {
      const n = Number(until(';'));
      return Number.isNaN(n) ? fail() : n;
    }
    if (type === 's') {
      const length = Number(until(':'));
      expect('"');
      const s = bytes.toString('utf8', at, at + length);
      at += length;
      expect('"');
      expect(';');
      return s;
    }
    if (type === 'a' || type === 'O') {
      if (type === 'O') {
        until(':'); // class name length
        until(':'); // "ClassName"
      }
      const count = Number(until(':'));
      expect('{');
      const result: { [key: string]: PhpValue } = {};
      for (let i = 0; i < count; i++) {
        const key = value();
        if (typeof key !== 'string' && typeof key !== 'number') fail();
        result[String(key)] = value();
      }
      expect('}');
      return result;
    }
    return fail();
  };
  try {
    const result = value();
    return at === bytes.length ? result : undefined;
  } catch {
    return undefined;
  }
}

/** The photo credit embedded in an attachment's metadata (IPTC credit, else copyright), trimmed; '' when none. */
export function embeddedCredit(serializedMetadata: string | undefined): string {
  if (!serializedMetadata) return '';
  const parsed = parsePhpSerialized(serializedMetadata);
  const imageMeta = parsed && typeof parsed === 'object' ? parsed.image_meta : undefined;
  if (!imageMeta || typeof imageMeta !== 'object') return '';
  for (const field of ['credit', 'copyright']) {
    const v = imageMeta[field];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return '';
}
