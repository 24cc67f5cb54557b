/**
 * The JSON Feed 1.1: the same newest stories and summaries as rss.xml, with every author and, for a changed story,
 * date_modified (src/data/feeds.ts).
 */
import type { APIRoute } from 'astro';
import { mainEdition } from '../data/editions.ts';
import { editionJsonFeed } from '../data/feeds.ts';

export const GET: APIRoute = ({ site }) => editionJsonFeed(mainEdition(), site);
