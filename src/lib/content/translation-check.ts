/**
 * The content check's rule for \`translationKey\`: a key links one story per language, so a page can name each of its
 * translations (hreflang) without choosing between two. Pure; check.ts runs it over the stories that are valid.
 */
import type { CheckedStory } from './check-file.ts';

/** Two stories of one language cannot both be a translation of the same story: each page names one per language. */
export function checkTranslations(articles: readonly CheckedStory[], siteLanguage: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of articles) {
    if (!data.translationKey) continue;
    const lang = new Intl.Locale(data.lang ?? siteLanguage).baseName;
    const key = `${data.translationKey}\u0000${lang}`;
    const first = seen.get(key);
    if (first)
      problems.push(
        `${file}: translationKey "${data.translationKey}" is also ${first}'s, in the same language (${lang}); a key links one story per language`,
      );
    else seen.set(key, file);
  }
  return problems;
}
