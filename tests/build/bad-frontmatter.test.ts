import { describeBadContent, file } from '../support/bad-content.ts';

/** Each fixture breaks one field; the build must stop and say which file and which field, in words. */
const cases: [name: string, message: string][] = [
  ['missing-headline', `${file('missing-headline')}: headline is required and must be text`],
  [
    'missing-byline',
    `${file('missing-byline')}: author is required: the file name (without extension) of an entry in authors/, or a list of them in byline order`,
  ],
  [
    'empty-byline',
    `${file('empty-byline')}: author must not be empty: the file name (without extension) of an entry in authors/`,
  ],
  [
    'date-without-offset',
    `${file('date-without-offset')}: published: "2020-03-01T09:00:00" is not an ISO 8601 date-time with a UTC offset; write it like "2015-06-11T20:31:00+02:00"`,
  ],
  [
    'unquoted-date',
    `${file('unquoted-date')}: published must be a quoted ISO 8601 date-time with a UTC offset, like "2015-06-11T20:31:00+02:00"`,
  ],
  ['unknown-time-zone', `${file('unknown-time-zone')}: timeZone must be an IANA time zone name, like "Europe/Paris"`],
  ['tags-not-a-list', `${file('tags-not-a-list')}: tags must be a list, like [Mali, Sahel]`],
  ['impossible-date', `${file('impossible-date')}: published: "2021-02-29T09:00:00+01:00" is not a real date and time`],
  ['empty-dateline', `${file('empty-dateline')}: dateline must not be empty`],
  ['image-without-alt', `${file('image-without-alt')}: image.alt is required and must be text`],
  ['image-without-credit', `${file('image-without-credit')}: image.credit is required and must be text`],
  [
    'unknown-field',
    `${file('unknown-field')}: unknown field "kicker"; the fields an entry may have are listed in src/lib/content/schema/`,
  ],
  [
    'malformed-yaml',
    `${file('malformed-yaml')}: the frontmatter is not valid YAML at line 10, column 1: unexpected end of the stream within a flow collection`,
  ],
];

describeBadContent('bad frontmatter', cases);
