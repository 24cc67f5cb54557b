/**
 * Which Arabic-script letters are one letter to a reader of the edition's language, and how that language writes it:
 * the one part of the slug fold (slug.ts) that depends on the language. Pure; build, scripts and the browser.
 */

/**
 * Arabic-script letters a reader of the language cannot tell apart, written as the edition's language writes them
 * (ICANN's Root Zone LGR for the Arabic script lists them as variants; NFC does not unify them). Persian writes ی and
 * ک, and Urdu and Sorani Kurdish share them; Arabic, and every site whose language is not written in Arabic script,
 * ي and ك. "ۀ" is written as ه with hamza above, the sequence Persian Wikipedia and most keyboards give. Pashto,
 * Sindhi and Uyghur keep them all: there, ي, ی, ى, ك and ک are different letters.
 */
const PERSIAN_FORMS: Record<string, string> = { ي: 'ی', ى: 'ی', ك: 'ک', ۀ: 'ه\u0654' };
const URDU_FORMS: Record<string, string> = { ي: 'ی', ى: 'ی', ك: 'ک' };
const ARABIC_FORMS: Record<string, string> = { ی: 'ي', ى: 'ي', ک: 'ك', ۀ: 'ه\u0654' };
/** Every form kept as written: where these are different letters, and for a slug whose edition is not known. */
export const ALL_KEPT: Record<string, string> = {};
const FORMS_BY_LANGUAGE: Record<string, Record<string, string>> = {
  fa: PERSIAN_FORMS,
  ur: URDU_FORMS,
  ckb: URDU_FORMS,
  ps: ALL_KEPT,
  sd: ALL_KEPT,
  ug: ALL_KEPT,
};

/** The Arabic-script letter forms of an edition in `language` (a BCP 47 tag): each letter to the one written. */
export function letterFormsOf(language: string): Record<string, string> {
  let primary: string;
  try {
    primary = new Intl.Locale(language).language;
  } catch {
    primary = language.split('-')[0].toLowerCase();
  }
  return FORMS_BY_LANGUAGE[primary] ?? ARABIC_FORMS;
}
