/**
 * The site's RSS 2.0 feed: the main edition's newest FEED_SIZE stories, as summaries (src/data/feeds.ts). Readers
 * poll it, so it carries what is new, not the archive: the sitemap lists every permalink.
 */
import type { APIRoute } from 'astro';
import { mainEdition } from '../data/editions.ts';
import { editionRss } from '../data/feeds.ts';

export const GET: APIRoute = ({ site }) => editionRss(mainEdition(), site);
