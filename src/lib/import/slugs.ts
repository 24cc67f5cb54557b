/**
 * Story slugs and author ids from WordPress's names, under Gazette's rules: lower-case words of any script joined by
 * hyphens, folded in the site's language (src/lib/archive/slug.ts). A slug is part of a permalink that never changes,
 * so it depends only on the post (and the site's language).
 */
import { foldSlug } from '../archive/slug.ts';

/** WordPress percent-encodes non-ASCII slugs ("%e6%97%a5"); a broken escape is kept as written. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The slug for a post: its WordPress slug decoded and folded ("%d8%ad%d9%85%d9%84%d9%87" is "حمله"), else its title
 * folded, else "post-<id>".
 */
export function postSlug(post: { slug: string; title: string; id: string }, language: string): string {
  return (
    foldSlug(decoded(post.slug), language) ||
    foldSlug(post.title, language) ||
    `post-${foldSlug(post.id, language) || '0'}`
  );
}

/** An author's file name: the login folded, else the display name folded, else "author-<n>". */
export function authorId(login: string, displayName: string, n: number, language: string): string {
  return foldSlug(login, language) || foldSlug(displayName, language) || `author-${n}`;
}

/**
 * Hands out unique keys: the first asker of "x" gets "x", the next "x-2", and so on. Keys already taken (by files an
 * editor wrote) are skipped over.
 */
export function uniqueKeys(taken: Iterable<string> = []) {
  const used = new Set(taken);
  return (wanted: string): string => {
    let key = wanted;
    for (let n = 2; used.has(key); n++) key = `${wanted}-${n}`;
    used.add(key);
    return key;
  };
}
