/**
 * The language an export says its posts are in (WordPress's <language>, "en-US", "fa-IR"), as Gazette writes it on
 * each story: a BCP 47 tag without a region the language does not need ("fa-IR" → "fa", but "zh-TW" stays, since
 * Traditional Chinese is not the default), and nothing at all when it is the site's own language and script
 * (content/site.yaml), as an editor would write it. Plain Node, command line only.
 */
import { languageProblem } from '../i18n/language.ts';

/** `lang` for the imported stories, or why the export's language is left out (a line for the report). */
export function importedLanguage(exported: string | undefined, siteLanguage: string): { lang?: string; note?: string } {
  if (!exported?.trim()) return {};
  const problem = languageProblem(exported.trim());
  if (problem)
    return { note: `the export's language ${problem}: the stories are in the site's language, ${siteLanguage}` };
  const tag = new Intl.Locale(Intl.getCanonicalLocales(exported.trim())[0]).minimize().toString();
  // One language in one script is the site's own, whatever region the export names ("en-US" on an English site).
  const written = (t: string) => {
    const full = new Intl.Locale(t).maximize();
    return `${full.language}-${full.script}`;
  };
  return written(tag) === written(siteLanguage) ? {} : { lang: tag };
}
