import { expect, test } from 'vitest';
import { newsArticle, serializeJsonLd } from '../../../src/lib/seo/structured-data.ts';

const input = {
  url: 'https://news.example.org/news/2015/06/11/x/',
  headline: 'A headline',
  description: 'A standfirst.',
  images: ['https://i/16x9.png', 'https://i/4x3.png', 'https://i/1x1.png'],
  datePublished: '2015-06-11T20:31:00+02:00',
  dateModified: '2015-06-12T09:00:00+02:00',
  authors: [{ name: 'A Writer', url: 'https://news.example.org/news/authors/a/', sameAs: ['https://twitter.com/a'] }],
  publisher: {
    name: 'Gazette',
    url: 'https://news.example.org/news/',
    logo: { url: 'https://news.example.org/news/icon-512.png', width: 512, height: 512 },
  },
  dateline: 'Paris, FR',
  section: 'World',
  keywords: ['Mali'],
  inLanguage: 'en',
  isBasedOn: 'https://www.vice.com/en/article/a39w54/x',
};

test('a NewsArticle with the properties Google reads, typed', () => {
  const ld = newsArticle(input) as any;
  expect(ld['@type']).toBe('NewsArticle');
  expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': input.url });
  expect(ld.image).toEqual(input.images);
  expect(ld.author).toEqual([
    { '@type': 'Person', name: 'A Writer', url: input.authors[0].url, sameAs: ['https://twitter.com/a'] },
  ]);
  expect(ld.publisher['@type']).toBe('NewsMediaOrganization');
  expect(ld.publisher.logo).toEqual({ '@type': 'ImageObject', ...input.publisher.logo });
  expect(ld.locationCreated).toEqual({ '@type': 'Place', name: 'Paris, FR' });
  expect(ld.dateline).toBe('Paris, FR');
  expect(ld.isBasedOn).toBe(input.isBasedOn);
});

test('a story without a dateline claims no place: neither dateline nor locationCreated', () => {
  const ld = newsArticle({ ...input, dateline: undefined });
  expect(ld).not.toHaveProperty('dateline');
  expect(ld).not.toHaveProperty('locationCreated');
  expect(ld).toMatchObject({ datePublished: input.datePublished, dateModified: input.dateModified });
});

test('a shared byline is a list of Person in byline order, and corrections are CorrectionComments', () => {
  const second = { name: 'B Writer', url: 'https://news.example.org/news/authors/b/', sameAs: [] };
  const corrections = [
    { text: 'An earlier version gave the wrong date.', datePublished: '2015-06-12T10:00:00+02:00' },
    { text: 'An earlier version misspelt a name.', datePublished: '2015-06-13T10:00:00+02:00' },
  ];
  const ld = newsArticle({ ...input, authors: [...input.authors, second], corrections }) as any;
  expect(ld.author.map((p: any) => [p['@type'], p.name, p.url])).toEqual([
    ['Person', 'A Writer', input.authors[0].url],
    ['Person', 'B Writer', second.url],
  ]);
  expect(ld.dateModified).toBe(input.dateModified);
  expect(ld.correction).toEqual(corrections.map((c) => ({ '@type': 'CorrectionComment', ...c })));
});

test('a story never corrected has no correction property', () => {
  expect(newsArticle({ ...input, corrections: [] })).not.toHaveProperty('correction');
});

test('an original story has no isBasedOn', () => {
  expect(newsArticle({ ...input, isBasedOn: undefined })).not.toHaveProperty('isBasedOn');
});

test.each([
  ['a closing script tag', 'Breaking </script><script>alert(1)</script>'],
  ['an upper-case closing tag', '</SCRIPT >'],
  ['an HTML comment opener', '<!-- <script>'],
  ['ampersands and line separators', 'R&D \u2028 next'],
])('%s in any field cannot end the script element, and parses back unchanged', (_what, nasty) => {
  const data = newsArticle({ ...input, headline: nasty, description: nasty, dateline: nasty, keywords: [nasty] });
  const json = serializeJsonLd(data);
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(json)).toEqual(data);
});
