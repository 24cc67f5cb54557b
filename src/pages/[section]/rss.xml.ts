/** A section's RSS feed: its newest stories, as summaries (src/data/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { mainEdition } from '../../data/editions.ts';
import { sectionFeedPaths, sectionRss } from '../../data/feeds.ts';

export const getStaticPaths = (() => sectionFeedPaths([mainEdition()])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => sectionRss(site, props as Parameters<typeof sectionRss>[1]);
