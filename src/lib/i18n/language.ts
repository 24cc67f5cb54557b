/**
 * What a BCP 47 language tag tells every part of the site, worked out once per tag from Intl and CLDR (Node's full
 * ICU): the base tag for `lang` and `hreflang` (without the -u- extensions that only choose a calendar or numerals),
 * the script's direction, the forms machines want (Open Graph's ll_CC, RSS's and Google News' codes, Pagefind's
 * index key) and the language's name in itself, for a "Read in" link. Pure: build time, config time and plain Node.
 */

export type Language = {
  /** As written: "fa", "ar-EG", "zh-Hans", "en-u-ca-persian", canonicalised ("zh-hans" → "zh-Hans"). */
  tag: string;
  /** Without extensions, for `lang`, `hreflang`, JSON-LD `inLanguage` and JSON Feed: "en", "zh-Hans". */
  base: string;
  /** "rtl" for Arabic, Persian, Hebrew, Urdu…; "ltr" otherwise. */
  dir: 'ltr' | 'rtl';
  /** Open Graph's `og:locale`: "en_US", "fa_IR", "zh_CN"; Arabic without a region is Facebook's "ar_AR". */
  ogLocale: string;
  /** Google News' `<news:language>` and RSS's `<language>`: the ISO 639 code, but "zh-cn"/"zh-tw" for Chinese. */
  newsLanguage: string;
  /** Pagefind's index for this language: the base tag in lower case, as Pagefind reads `<html lang>`. */
  searchLanguage: string;
  /** The language's name in itself: "English", "فارسی", "русский", "简体中文". */
  ownName: string;
};

/**
 * Why `tag` cannot be a site's or a story's language, or undefined when it can. A tag must be well-formed BCP 47 and
 * one Intl has locale data for: a language without CLDR data would have its dates and numbers silently printed in
 * another language's style.
 */
export function languageProblem(tag: unknown): string | undefined {
  const example = 'a BCP 47 language tag, like "en", "fa", "ar-EG", "zh-Hans" or "en-u-ca-persian"';
  if (typeof tag !== 'string' || tag.trim() === '') return `must be ${example}`;
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return `"${tag}" is not ${example}`;
  }
  // new Intl.Locale accepts "english" (a five-to-eight letter language subtag is well-formed); no such language exists.
  if (!/^[a-z]{2,3}$/.test(new Intl.Locale(canonical).language)) return `"${tag}" is not ${example}`;
  if (Intl.DateTimeFormat.supportedLocalesOf(canonical).length === 0)
    return `"${tag}" is a language this build has no locale data for (Intl/CLDR), so its dates could not be printed in it`;
  return undefined;
}

const known = new Map<string, Language>();

/** The facts of a tag `languageProblem` accepts. */
export function language(tag: string): Language {
  let facts = known.get(tag);
  if (!facts) {
    const locale = new Intl.Locale(Intl.getCanonicalLocales(tag)[0]);
    const base = locale.baseName;
    const info =
      (locale as { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } }).getTextInfo?.() ??
      (locale as { textInfo?: { direction: string } }).textInfo;
    const maximal = locale.maximize();
    const chinese = locale.language === 'zh' ? (maximal.script === 'Hant' ? 'zh-tw' : 'zh-cn') : undefined;
    facts = {
      tag: locale.toString(),
      base,
      dir: info?.direction === 'rtl' ? 'rtl' : 'ltr',
      ogLocale:
        locale.language === 'ar' && !locale.region ? 'ar_AR' : `${locale.language}_${locale.region ?? maximal.region}`,
      newsLanguage: chinese ?? locale.language,
      searchLanguage: base.toLowerCase(),
      ownName: new Intl.DisplayNames([base], { type: 'language' }).of(base) ?? base,
    };
    known.set(tag, facts);
  }
  return facts;
}
