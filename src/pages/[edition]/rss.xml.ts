/** A further edition's RSS feed, /fa/rss.xml: its newest stories, in its language (src/data/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { furtherEditionPaths } from '../../data/edition-pages.ts';
import type { Edition } from '../../data/editions.ts';
import { editionRss } from '../../data/feeds.ts';

export const getStaticPaths = (() => furtherEditionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = ({ site, props }) => editionRss(props.edition, site);
