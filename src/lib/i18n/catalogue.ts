/**
 * The interface's words, one message catalogue per language in src/i18n/<tag>.json: flat JSON, each key an ICU
 * MessageFormat message, the format translators' tools (Crowdin, Weblate, FormatJS) read. English (en.json) is the
 * source and has every key. A language's messages come from its most specific catalogue ("pt-BR", then "pt"), and a
 * key a catalogue lacks falls back to English: the build says which (`missingMessages`), and a test fails for a
 * shipped catalogue that lacks one. Messages are compiled once and formatted by intl-messageformat (FormatJS), whose
 * plurals are Intl.PluralRules' (Arabic's six forms) and whose numbers are the language's numerals. Plain Node and build.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';

/** The source language: its catalogue has every key, and every other falls back to it. */
export const SOURCE_LANGUAGE = 'en';

export type Messages = Record<string, string>;

/** Where the catalogues are: src/i18n/ under the project (the working directory, as builds and scripts run). */
export const catalogueDir = (root: string = process.cwd()) => path.join(root, 'src', 'i18n');

const files = new Map<string, Messages | null>();

/** One catalogue file's messages, or null when there is none for `tag`. */
export function readCatalogue(tag: string, dir = catalogueDir()): Messages | null {
  const file = path.join(dir, `${tag}.json`);
  let messages = files.get(file);
  if (messages === undefined) {
    messages = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Messages) : null;
    files.set(file, messages);
  }
  return messages;
}

/** Every catalogue shipped, by its tag. */
export function shippedCatalogues(dir = catalogueDir()): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** The catalogues a language reads, most specific first: "zh-Hans-CN" → zh-Hans-CN, zh-Hans, zh; then English. */
export function catalogueChain(base: string): string[] {
  const subtags = base.split('-');
  const chain = subtags.map((_, i) => subtags.slice(0, subtags.length - i).join('-'));
  return [...chain.filter((t) => t !== SOURCE_LANGUAGE), SOURCE_LANGUAGE];
}

const missing = new Set<string>();

/** "fa: article.related" for each key a language fell back to English for, as the build reports them. */
export const missingMessages = (): string[] => [...missing].sort();

/** The message `key` has in the language whose base tag is `base`, and the catalogue it came from. */
export function messageOf(base: string, key: string, dir = catalogueDir()): { message: string; from: string } {
  for (const tag of catalogueChain(base)) {
    const message = readCatalogue(tag, dir)?.[key];
    if (message !== undefined) {
      if (tag === SOURCE_LANGUAGE && base.split('-')[0] !== SOURCE_LANGUAGE && !missing.has(`${base}: ${key}`)) {
        missing.add(`${base}: ${key}`);
        console.warn(`[i18n] ${base}: no message "${key}" in src/i18n/; English used`);
      }
      return { message, from: tag };
    }
  }
  throw new Error(`src/i18n/${SOURCE_LANGUAGE}.json has no message "${key}": add it there first`);
}

const compiled = new Map<string, IntlMessageFormat>();

/** Formats `key` for the language `tag` (its numerals and plural rules), with `values`. */
export function formatMessage(tag: string, base: string, key: string, values?: Record<string, unknown>): string {
  const id = `${tag}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    const { message, from } = messageOf(base, key);
    try {
      format = new IntlMessageFormat(message, tag);
    } catch (error) {
      throw new Error(
        `src/i18n/${from}.json: the message "${key}" is not valid ICU MessageFormat: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
    compiled.set(id, format);
  }
  return String(format.format(values as Record<string, string | number>));
}

const digests = new Map<string, string>();

/**
 * A digest of every message the language `base` reads (its catalogues and English), for the cache keys of the pages
 * in it: a page shows the interface's words, so a changed word renders again the pages in that language, and only them.
 */
export function messagesDigest(base: string, dir = catalogueDir()): string {
  let digest = digests.get(base);
  if (digest === undefined) {
    const hash = createHash('sha256');
    for (const tag of catalogueChain(base))
      hash
        .update(tag)
        .update('\0')
        .update(JSON.stringify(readCatalogue(tag, dir)));
    digest = hash.digest('hex').slice(0, 32);
    digests.set(base, digest);
  }
  return digest;
}
