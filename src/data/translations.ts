/**
 * The translations of a story: every published story with the same `translationKey` (as Hugo links them), one per
 * language, each with what a "Read in:" link and an hreflang alternate need. Worked out once per build. Build time.
 */
import { type Article, articleHref, getArticles } from './articles.ts';
import { siteLanguage, storyLanguage } from './language.ts';
import { perContent } from '../lib/incremental/generation.ts';

export type Translation = {
  /** The page's base language tag ("fa", "zh-Hans"): hreflang and the link's lang. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Open Graph's locale for og:locale:alternate: "fa_IR". */
  ogLocale: string;
  /** The language's name in itself: "فارسی". */
  name: string;
  /** Site-relative URL. */
  href: string;
  /** This story itself: hreflang lists it, "Read in:" does not link it. */
  current: boolean;
  /** The version hreflang's x-default points to: the one in the site's language, else the first published. */
  isDefault: boolean;
};

// Once per build, and again after each update of the warm publisher (src/lib/incremental/generation.ts).
const translationsByKey: () => Promise<Map<string, Article[]>> = perContent(() =>
  getArticles().then((all) => {
    const groups = new Map<string, Article[]>();
    for (const a of all) {
      const key = a.data.translationKey;
      if (key) groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    return groups;
  }),
);

/** The story's translations, itself included, in the order of their languages' tags; none when it has no other. */
export async function getTranslations(article: Article): Promise<Translation[]> {
  const key = article.data.translationKey;
  const group = key ? ((await translationsByKey()).get(key) ?? []) : [];
  if (group.length < 2) return [];
  const site = siteLanguage().base;
  const sorted = [...group].sort((a, b) => storyLanguage(a).base.localeCompare(storyLanguage(b).base));
  const fallback =
    sorted.find((a) => storyLanguage(a).base === site) ??
    [...group].sort((a, b) => a.data.published.date.getTime() - b.data.published.date.getTime())[0];
  return sorted.map((a) => {
    const language = storyLanguage(a);
    return {
      lang: language.base,
      dir: language.dir,
      ogLocale: language.ogLocale,
      name: language.ownName,
      href: articleHref(a),
      current: a.id === article.id,
      isDefault: a === fallback,
    };
  });
}
