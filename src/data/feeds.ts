/**
 * The site's own feeds (rss.xml, feed.json): its newest published stories (FEED_SIZE, src/lib/archive/feed-size.ts).
 * A section's or a tag's feed takes the newest of its group the same way (src/pages/[section]/rss.xml.ts).
 */
import { feedStories } from '../lib/archive/feed-size.ts';
import { getArticles } from './articles.ts';

export const getSiteFeedArticles = async () => feedStories(await getArticles());
