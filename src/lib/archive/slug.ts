/**
 * URL slugs for sections, tags and permalinks, in any script (docs/decisions/045-unicode-urls.md). A slug is part of a
 * public URL, so it must be stable: it depends only on the name as written and on the language of the edition whose
 * URLs it is among, never on which other names exist. Pure, with no Node API: the build, the content check, the
 * importer, and in the browser the desk all fold with it.
 *
 * A Latin-only name folds exactly as it always has, so no existing URL changes: "Misséni" -> "misseni". Any other
 * name keeps its own letters, in NFC, lower-cased, with the differences a reader cannot see folded away:
 * "Россия" -> "россия", "جمهوري اسلامي" -> "جمهوری-اسلامی" on a Persian site, "Ελλάδα" -> "ελλαδα".
 * The path is written decoded in dist/ and nginx's maps, and percent-encoded in every link (src/lib/site/url.ts).
 */

import { ALL_KEPT, letterFormsOf } from './letter-forms.ts';

/** The longest slug, in UTF-8 bytes: a file name on ext4 may hold 255 (85 Chinese characters, 127 Persian letters). */
export const MAX_SLUG_BYTES = 200;

/**
 * What a slug is: lower-case letters of any script (with their marks) and digits, in words joined by single hyphens.
 * No "%", "?", "#" or "/", which Astro would write into a file name that no request reaches. `isSlug` also asks for
 * NFC, at most MAX_SLUG_BYTES, and the fold's own spelling; a Latin-only slug is exactly the old /^[a-z0-9]+(-…)*$/.
 */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]+)*$/u;

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  '&': ' and ',
};

/** The Latin fold, unchanged since Gazette's first slug: "Q&A" -> "q-and-a"; "" when nothing Latin is left. */
function foldLatin(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı&]/g, (c) => SPECIAL[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** One Latin letter (or ASCII digit) with its marks, as the Latin fold writes it; a space where it drops it ("ə"). */
function latinLetter(letter: string): string {
  const folded = letter
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => SPECIAL[c]);
  return /^[a-z0-9]+$/.test(folded) ? folded : ' ';
}

/** A letter or digit outside Latin (and the Common and Inherited characters every script shares). */
const OTHER_SCRIPT = /(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])[\p{L}\p{N}]/u;

/** Any decimal digit as its ASCII digit: Arabic-Indic "٣", Persian "۳" and Devanagari "३" are all "3". */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  // Unicode encodes each script's decimal digits (Numeric_Type=Decimal) as a run of ten, zero first.
  let zero = code;
  while (code - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

/** A name with a letter or digit outside Latin: its own letters kept, the differences a reader cannot see folded. */
function foldAnyScript(name: string, forms: Record<string, string>): string {
  let s = name.normalize('NFKC'); // presentation forms ("ﻻ"), full-width letters, ligatures: their base letters
  // "&" between Latin words reads "and", as the Latin fold writes it; anywhere else it only separates words.
  s = s.replace(/(?<=[\p{Script=Latin}0-9][^\p{L}\p{N}]*)&(?=[^\p{L}\p{N}]*[\p{Script=Latin}0-9])/gu, ' and ');
  // ZWNJ separates words, as a space does: Persian typists write "کتاب‌ها" and "کتاب ها" for one word.
  s = s.replace(/\u200C/g, ' ');
  // Invisible: tatweel, format characters (ZWJ, ZWSP, soft hyphen, bidi marks, embeddings and isolates, BOM), and
  // variation selectors.
  s = s.replace(/[\u0640\p{Cf}\p{Variation_Selector}]/gu, '');
  s = s.replace(/\p{Nd}/gu, asciiDigit);
  s = s.replace(/[يىیكکۀ]/g, (c) => forms[c] ?? c);
  // Greek accents are optional (capitals drop them): stripped, as the Latin fold strips Latin ones.
  s = s.replace(/\p{Script=Greek}\p{M}*/gu, (g) => g.normalize('NFD').replace(/\p{M}/gu, ''));
  s = s.replace(/[\p{Script=Latin}0-9]\p{M}*/gu, latinLetter);
  s = s.toLowerCase().normalize('NFC');
  // Words: letters (with their marks) and digits; everything else (spaces, punctuation, symbols) is between them.
  return (s.match(/(?:[\p{Ll}\p{Lm}\p{Lo}\p{Nd}]\p{M}*)+/gu) ?? []).join('-');
}

function utf8Bytes(s: string): number {
  let bytes = 0;
  for (const c of s) {
    const code = c.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** At most MAX_SLUG_BYTES: whole words while they fit, else the first word cut before a letter, never inside one. */
function capped(slug: string): string {
  if (utf8Bytes(slug) <= MAX_SLUG_BYTES) return slug;
  const words = slug.split('-');
  let kept = words[0];
  for (const word of words.slice(1)) {
    if (utf8Bytes(`${kept}-${word}`) > MAX_SLUG_BYTES) break;
    kept = `${kept}-${word}`;
  }
  if (utf8Bytes(kept) <= MAX_SLUG_BYTES) return kept;
  let cut = '';
  for (const cluster of kept.match(/\P{M}\p{M}*/gu) ?? []) {
    if (utf8Bytes(cut + cluster) > MAX_SLUG_BYTES) break;
    cut += cluster;
  }
  return cut;
}

/** Whether `name` has no letter or digit outside Latin (and the Common and Inherited characters): it folds as ever. */
export function isLatinName(name: string): boolean {
  return !OTHER_SCRIPT.test(name);
}

function fold(name: string, forms: Record<string, string>): string {
  if (!OTHER_SCRIPT.test(name)) return capped(foldLatin(name));
  const slug = foldAnyScript(name, forms);
  // Only Latin and shared characters left ("٢٠٢٤" is "2024"): what the Latin fold makes of it, as it would next time.
  return capped(OTHER_SCRIPT.test(slug) ? slug : foldLatin(slug));
}

/**
 * The slug of a section or tag name (and of a headline, for a new story's permalink) in an edition whose language is
 * `language` (content/site.yaml's `language` for the main edition): "Misséni" -> "misseni", "Q&A" -> "q-and-a",
 * "中国" -> "中国", "भारत" -> "भारत", "COVID-19 در ایران" -> "covid-19-در-ایران". "" when the name has no letter or
 * digit at all ("!!!"). Folding a slug again gives the same slug.
 */
export function foldSlug(name: string, language: string): string {
  return fold(name, letterFormsOf(language));
}

/**
 * Whether `slug` is a slug as Gazette writes it, in any edition: the pattern, NFC, at most MAX_SLUG_BYTES, and
 * already folded (no accents on Latin or Greek letters, ASCII digits, nothing invisible). Which of the Arabic-script
 * letter forms it uses is the edition's business, so either is accepted.
 */
export function isSlug(slug: string): boolean {
  return (
    SLUG_PATTERN.test(slug) &&
    slug === slug.normalize('NFC') &&
    utf8Bytes(slug) <= MAX_SLUG_BYTES &&
    fold(slug, ALL_KEPT) === slug
  );
}

/** `slug` as Gazette would write it (see isSlug), for a message that says what to write instead. */
export function foldedSlug(slug: string): string {
  return fold(slug, ALL_KEPT);
}

/**
 * What a site's URLs depend on (content/site.yaml): the main edition's `language`, which names fold in, and the further
 * editions' `languages`, whose front pages take /<tag>/.
 */
export type SlugSite = { language: string; languages?: readonly string[] };

/**
 * First path segments other routes own, so a section (published at /<slug>/) may not take them.
 * Names with a dot (rss.xml, feed.json, robots.txt) can never be a slug and need no entry;
 * tests/unit/archive/slug.test.ts fails when a route is added under src/pages/ or public/ without one.
 */
export const RESERVED_SEGMENTS: Record<string, string> = {
  authors: "the authors' pages",
  page: "the front page's later pages (/page/2/)",
  tags: 'the tags index and tag pages',
  share: 'the share images',
  search: 'the search page',
  pagefind: 'the search index',
  admin: "the editors' desk",
};

/**
 * Where a further edition lives: /fa/, /zh-hans/, the base of its tag (content/site.yaml `languages`) in lower case,
 * as Pagefind names its index.
 */
export function editionSegment(tag: string): string {
  return new Intl.Locale(Intl.getCanonicalLocales(tag)[0]).baseName.toLowerCase();
}

/**
 * Why a section slug cannot be a top-level URL, or undefined when it can. `editions` are the site's further editions
 * (content/site.yaml `languages`), each at /<tag>/.
 */
export function reservedReason(slug: string, editions: readonly string[] = []): string | undefined {
  if (/^\d+$/.test(slug)) return 'the date archives (/2015/, /2015/06/) and the 404 page';
  const edition = editions.find((tag) => editionSegment(tag) === slug);
  if (edition) return `the front page of the "${edition}" edition (content/site.yaml, languages)`;
  return Object.hasOwn(RESERVED_SEGMENTS, slug) ? RESERVED_SEGMENTS[slug] : undefined;
}
