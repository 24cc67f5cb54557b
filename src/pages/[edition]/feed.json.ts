/** A further edition's JSON Feed, /fa/feed.json (src/data/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { furtherEditionPaths } from '../../data/edition-pages.ts';
import type { Edition } from '../../data/editions.ts';
import { editionJsonFeed } from '../../data/feeds.ts';

export const getStaticPaths = (() => furtherEditionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = ({ site, props }) => editionJsonFeed(props.edition, site);
