/**
 * The site's editions (content/site.yaml): the main one in the site's language at /, and one for each further
 * language at /<tag>/ (/fa/, /zh-hans/), each with its own front page, sections, tags, feeds and search. A story is
 * in the edition of its language, or the main one when its language has none. The date archives and the authors'
 * pages are the whole site's, in the main edition's language. Build time.
 */
import { type Translator, translator } from '../lib/i18n/translator.ts';
import { siteHref } from '../lib/site/base.ts';
import { siteSettings } from '../lib/site/settings.ts';
import type { Article } from './articles.ts';
import { storyLanguage } from './language.ts';

export type Edition = {
  /** The edition's language. */
  i18n: Translator;
  /** Its path under the base: "" for the main edition, "fa" for /fa/ (the base tag in lower case). */
  prefix: string;
  main: boolean;
};

let all: Edition[] | undefined;

/** Every edition, the main one first. */
export function editions(): Edition[] {
  all ??= [
    { i18n: translator(siteSettings().language), prefix: '', main: true },
    ...siteSettings().languages.map((tag) => {
      const i18n = translator(tag);
      return { i18n, prefix: i18n.base.toLowerCase(), main: false };
    }),
  ];
  return all;
}

export const mainEdition = (): Edition => editions()[0];

/** The edition whose path is `prefix` ("fa"), for an edition's routes. */
export function editionAt(prefix: string): Edition {
  const edition = editions().find((e) => e.prefix === prefix);
  if (!edition)
    throw new Error(`No edition at /${prefix}/: content/site.yaml lists ${siteSettings().languages.join(', ')}`);
  return edition;
}

/** The edition that lists `article`: its language's, or the main one. */
export function editionOf(article: Article): Edition {
  const { base } = storyLanguage(article);
  return editions().find((e) => !e.main && e.i18n.base === base) ?? mainEdition();
}

/** A URL in `edition`: editionHref(fa, 'tags') is "/fa/tags/" under the base path. */
export const editionHref = (edition: Edition, ...parts: string[]) =>
  edition.prefix ? siteHref(edition.prefix, ...parts) : siteHref(...parts);
