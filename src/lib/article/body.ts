/**
 * A story's body as HTML, rendered from its Markdown when its page is rendered: the content store keeps no rendered
 * bodies (src/lib/content/article-loader.ts), so the page reads the body from the file (src/lib/content/reader.ts) and
 * hands it here. Build time, in Astro.
 */
import { fillBodyImages } from './body-images.ts';
import { markdownToHtml } from './markdown.ts';

/** How a photo in the body is drawn: from its address as written in the Markdown and its alt text, to an `<img>`. */
export type BodyImageRenderer = (image: { src: string; alt: string }) => Promise<string>;

/** The body's Markdown as HTML, each photo in it drawn by `renderImage`. */
export async function storyBodyHtml(markdown: string, renderImage: BodyImageRenderer): Promise<string> {
  return fillBodyImages(await markdownToHtml(markdown), renderImage);
}
