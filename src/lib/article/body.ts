/**
 * A story's body as HTML, rendered from its file when its page is rendered: the content store keeps no rendered
 * bodies (src/lib/content/article-loader.ts). Build time, in Astro.
 */
import { readArticleBody } from '../content/reader.ts';
import { markdownToHtml } from './markdown.ts';

/** `file` is the entry's path, relative to the project root as the content store records it. */
export async function storyBodyHtml(file: string): Promise<string> {
  return markdownToHtml(readArticleBody(file).body);
}
