/** What a page's layout hands every component it renders (src/lib/i18n/translator.ts). */
declare namespace App {
  interface Locals {
    /** The page's language: its messages, dates, numbers and direction. Set by the page's layout. */
    i18n: import('./lib/i18n/translator.ts').Translator;
  }
}
