/** A tag's RSS feed: its newest stories, as summaries (src/data/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { mainEdition } from '../../../data/editions.ts';
import { tagFeedPaths, tagRss } from '../../../data/feeds.ts';

export const getStaticPaths = (() => tagFeedPaths([mainEdition()])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => tagRss(site, props as Parameters<typeof tagRss>[1]);
