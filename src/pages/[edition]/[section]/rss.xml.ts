/** A further edition's section feed, /fa/<section>/rss.xml (src/data/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editions } from '../../../data/editions.ts';
import { sectionFeedPaths, sectionRss } from '../../../data/feeds.ts';

export const getStaticPaths = (() => sectionFeedPaths(editions().filter((e) => !e.main))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => sectionRss(site, props as Parameters<typeof sectionRss>[1]);
