/**
 * The RSS 2.0 feed: every published article, newest first, as a summary (the
 * standfirst) linking to the page. Summaries, not full text: the stories are
 * republished, and the page is where the reader meets the source note.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleHref, getArticles, getAuthor } from '../data/articles.ts';
import { articleShareImageSize, shareImageHref } from '../data/share-images.ts';
import { SITE } from '../lib/site/identity.ts';
import { SHARE_FORMATS } from '../lib/share-card/layout.ts';
import { absoluteUrl } from '../lib/site/url.ts';

const base = import.meta.env.BASE_URL;
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The feed needs `site` (SITE_URL) for absolute links.');
  const origin = site.origin;
  const abs = (href: string) => absoluteUrl(origin, '/', href);
  const articles = await getArticles();
  const items = await Promise.all(
    articles.map(async (article) => {
      const { data } = article;
      const author = await getAuthor(article);
      const image = abs(shareImageHref(article, 'card'));
      const bytes = await articleShareImageSize(article, 'card');
      const { width, height } = SHARE_FORMATS.card;
      const credit = data.source ? ` Originally published by ${data.source.publisher}.` : '';
      return {
        title: data.headline,
        link: abs(articleHref(article)),
        pubDate: data.published.date,
        description: `${data.standfirst}${credit}`,
        categories: [data.section, ...data.tags],
        enclosure: { url: image, length: bytes, type: 'image/png' },
        customData: [
          `<dc:creator>${xml(author.data.name)}</dc:creator>`,
          `<media:content url="${xml(image)}" medium="image" type="image/png" width="${width}" height="${height}"/>`,
        ].join(''),
      };
    }),
  );
  return rss({
    title: SITE.name,
    description: SITE.tagline,
    site: absoluteUrl(origin, base),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', media: 'http://search.yahoo.com/mrss/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${SITE.lang}</language><atom:link href="${xml(absoluteUrl(origin, base, 'rss.xml'))}" rel="self" type="application/rss+xml"/>`,
    items,
  });
};
