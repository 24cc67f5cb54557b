/** A further edition's tag feed, /fa/tags/<tag>/rss.xml (src/data/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editions } from '../../../../data/editions.ts';
import { tagFeedPaths, tagRss } from '../../../../data/feeds.ts';

export const getStaticPaths = (() => tagFeedPaths(editions().filter((e) => !e.main))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => tagRss(site, props as Parameters<typeof tagRss>[1]);
