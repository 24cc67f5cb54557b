/**
 * A photo's credit as its file carries it: WordPress keeps the IPTC/EXIF fields it read from an upload (credit,
 * copyright, caption) in the attachment's `_wp_attachment_metadata`, in PHP's serialize() format. php-serialize reads
 * it (string lengths in UTF-8 bytes, objects of unknown classes as plain values, nothing ever evaluated).
 */
import { unserialize } from 'php-serialize';

/** The value serialized, or undefined when the text is not serialized PHP. */
function unserialized(text: string): unknown {
  try {
    // Not strict: an object of a class this side does not have is read as its properties.
    return unserialize(text, {}, { strict: false });
  } catch {
    return undefined;
  }
}

/** The photo credit embedded in an attachment's metadata (IPTC credit, else copyright), trimmed; '' when none. */
export function embeddedCredit(serializedMetadata: string | undefined): string {
  if (!serializedMetadata) return '';
  const parsed = unserialized(serializedMetadata) as { image_meta?: Record<string, unknown> } | undefined;
  const imageMeta = parsed && typeof parsed === 'object' ? parsed.image_meta : undefined;
  if (!imageMeta || typeof imageMeta !== 'object') return '';
  for (const field of ['credit', 'copyright']) {
    const v = imageMeta[field];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return '';
}
