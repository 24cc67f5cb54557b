/**
 * The one way Gazette turns facts into a key: JSON with object keys sorted, hashed. Page cache keys (page-key.ts) and
 * the share cards' content addresses (src/lib/share-card/render-cache.ts) both use it, so "equal facts, equal key"
 * means the same thing in both. Plain Node (no Vite), since the share-card cache runs beside worker threads.
 */
import { createHash } from 'node:crypto';

/** sha256 of bytes, as hex: how a file's or an image's bytes enter a key. */
export const bytesDigest = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * JSON with object keys sorted (by code unit), so two equal values always give the same text. A field that is
 * undefined or a function is left out, as JSON.stringify leaves it; a Date is its instant; bytes are their digest,
 * so a key holds an image's hash, not the image. Written directly rather than by sorting a copy and calling
 * JSON.stringify: on large sites the copy was a noticeable part of a one-edit build's CPU profile (docs/performance.md).
 */
export function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value instanceof Uint8Array) return JSON.stringify(bytesDigest(value));
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`).join(',')}}`;
  }
  return value === undefined || typeof value === 'function' ? 'null' : JSON.stringify(value);
}

/** A 32-hex-digit key of `value`: equal values (whatever the order of their object keys) give equal keys. */
export function stableHash(value: unknown): string {
  return bytesDigest(stableJson(value)).slice(0, 32);
}
