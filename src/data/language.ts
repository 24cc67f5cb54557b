/**
 * Which language each page speaks: a story's page its own (`lang`, else the site's), every other page the site's
 * (content/site.yaml). The site's name, tagline and section order come from the same file. Build time.
 */
import { type Translator, translator } from '../lib/i18n/translator.ts';
import { siteSettings } from '../lib/site/settings.ts';
import type { Article } from './articles.ts';

/** The site's settings (content/site.yaml): its name, tagline, language and section order. */
export const site = () => siteSettings();

/** The site's own language: the front page's, the archive's and every story's without a `lang`. */
export const siteLanguage = (): Translator => translator(siteSettings().language);

/** A story's language: its `lang`, or the site's. */
export const storyLanguage = (article: Article): Translator => translator(article.data.lang ?? siteSettings().language);

/**
 * What a teaser or a link says about the language of what it points to when that differs from the page's: its
 * `lang` and `dir` for the element, so a screen reader switches voice and the text runs the right way.
 */
export function languageMark(of: Translator, on: Translator): { lang: string; dir: 'ltr' | 'rtl' } | undefined {
  return of.base === on.base ? undefined : { lang: of.base, dir: of.dir };
}
