/**
 * A story's body as HTML, rendered from its file when its page is rendered: the content store keeps no rendered
 * bodies (src/lib/content/article-loader.ts). Build time, in Astro.
 */
import { readArticleBody } from '../content/reader.ts';
import { fillBodyImages } from './body-images.ts';
import { markdownToHtml } from './markdown.ts';

/** How a photo in the body is drawn: from its address as written in the Markdown and its alt text, to an `<img>`. */
export type BodyImageRenderer = (image: { src: string; alt: string }) => Promise<string>;

/** `file` is the entry's path, relative to the project root as the content store records it. */
export async function storyBodyHtml(file: string, renderImage: BodyImageRenderer): Promise<string> {
  return fillBodyImages(await markdownToHtml(readArticleBody(file).body), renderImage);
}
