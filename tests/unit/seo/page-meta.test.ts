import { expect, test } from 'vitest';
import { type MetaTag, metaTags, robotsFor } from '../../../src/lib/seo/page-meta.ts';

const base = {
  title: 'A headline',
  description: 'A standfirst.',
  canonical: 'https://news.example.org/news/x/',
  siteName: 'Gazette',
  locale: 'en_US',
  image: {
    url: 'https://news.example.org/news/share/x/card.png',
    width: 1200,
    height: 630,
    type: 'image/png',
    alt: 'A card',
  },
};
const article = {
  publishedTime: '2015-06-11T20:31:00+02:00',
  modifiedTime: '2015-06-11T20:31:00+02:00',
  authorUrls: ['https://news.example.org/news/authors/a/'],
  section: 'World',
  tags: ['Mali', 'Sahel'],
  twitterHandle: 'PLongeray',
  republished: true,
};
const get = (tags: MetaTag[], key: string) =>
  tags.filter((t) => ('property' in t ? t.property : t.name) === key).map((t) => t.content);

test('republished stories are kept out of the index; all pages allow large previews', () => {
  expect(robotsFor({ republished: true })).toBe('noindex, follow, max-image-preview:large');
  expect(robotsFor({ republished: false })).toBe('index, follow, max-image-preview:large');
  expect(robotsFor()).toBe('index, follow, max-image-preview:large');
});

test('an article page is og:type article with its dates, author, section and every tag', () => {
  const tags = metaTags({ ...base, article });
  expect(get(tags, 'og:type')).toEqual(['article']);
  expect(get(tags, 'article:published_time')).toEqual([article.publishedTime]);
  expect(get(tags, 'article:author')).toEqual(article.authorUrls);
  expect(get(tags, 'article:tag')).toEqual(['Mali', 'Sahel']);
  expect(get(tags, 'twitter:creator')).toEqual(['@PLongeray']);
  expect(get(tags, 'robots')).toEqual(['noindex, follow, max-image-preview:large']);
});

test('a shared byline gives one article:author per author, in byline order, and the modified time', () => {
  const authorUrls = ['https://news.example.org/news/authors/a/', 'https://news.example.org/news/authors/b/'];
  const tags = metaTags({ ...base, article: { ...article, authorUrls, modifiedTime: '2015-06-12T09:00:00+02:00' } });
  expect(get(tags, 'article:author')).toEqual(authorUrls);
  expect(get(tags, 'article:modified_time')).toEqual(['2015-06-12T09:00:00+02:00']);
});

test('any other page is og:type website, with no article facts or creator', () => {
  const tags = metaTags(base);
  expect(get(tags, 'og:type')).toEqual(['website']);
  expect(tags.some((t) => 'property' in t && t.property.startsWith('article:'))).toBe(false);
  expect(get(tags, 'twitter:creator')).toEqual([]);
});

test('the image is declared with size, type and alt for both Open Graph and Twitter', () => {
  const tags = metaTags(base);
  expect(get(tags, 'og:image')).toEqual([base.image.url]);
  expect(get(tags, 'og:image:width')).toEqual(['1200']);
  expect(get(tags, 'og:image:height')).toEqual(['630']);
  expect(get(tags, 'og:image:type')).toEqual(['image/png']);
  expect(get(tags, 'og:image:alt')).toEqual(['A card']);
  expect(get(tags, 'twitter:card')).toEqual(['summary_large_image']);
  expect(get(tags, 'twitter:image:alt')).toEqual(['A card']);
});

test('og:image:secure_url only for https images', () => {
  expect(get(metaTags(base), 'og:image:secure_url')).toEqual([base.image.url]);
  expect(
    get(metaTags({ ...base, image: { ...base.image, url: 'http://localhost:4321/x.png' } }), 'og:image:secure_url'),
  ).toEqual([]);
});
