/**
 * The fixture with sections, tags and permalinks in other scripts (tests/fixtures/unicode-urls), and where its pages
 * are, decoded, relative to the base path. Its site language is English, so the Persian names fold to the Arabic
 * yeh (ايران); its story slugs are written as the editor wrote them (a Persian yeh in حمله-به-میسنی).
 */
export const UNICODE_CONTENT = 'tests/fixtures/unicode-urls';

export const UNICODE_PATHS = {
  persianStory: '/2015/06/11/حمله-به-میسنی/',
  persianCard: '/share/2015/06/11/حمله-به-میسنی/card.png',
  chineseStory: '/2026/10/31/长江大桥/',
  persianSection: '/ايران/',
  chineseSection: '/中国/',
  russianTag: '/tags/россия/',
  hindiTag: '/tags/भारत/',
  greekTag: '/tags/ελλαδα/',
  persianTag: '/tags/كتاب-ها/',
  /** The Persian story's old address, decoded, and as the story writes it (lower-case escapes, as WordPress did). */
  alias: '/1394/03/21/حمله-به-میسنی/',
} as const;

export const UNICODE_ALIAS_AS_WRITTEN =
  '/1394/03/21/%d8%ad%d9%85%d9%84%d9%87-%d8%a8%d9%87-%d9%85%db%8c%d8%b3%d9%86%db%8c/';
