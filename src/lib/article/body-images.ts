/**
 * Photos in a story's body: Markdown images whose address is a file beside the story (`![alt](./photo.jpg)`), as the
 * WordPress import writes a `[caption]`. Astro's Markdown marks each with a placeholder for astro:assets to fill;
 * the article page renders its own body (body.ts), so it fills them itself. Pure; build time and tests.
 */
import { unescapeAttribute } from '../markup/escape.ts';

/** `![alt](address "title")`, the address bare or in angle brackets (where it may hold spaces). */
const MARKDOWN_IMAGE = /!\[(?:[^\]\\]|\\.)*\]\(\s*(?:<([^>]*)>|([^\s)]+))(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;

/** Whether an address names a file on disk rather than a URL (`https:`, `data:`, `//host`) or the site's own `/path`. */
export const isLocalImage = (address: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(address);

/** The local image addresses a Markdown body uses, each once, in order. */
export function localBodyImages(markdown: string): string[] {
  const found = [...markdown.matchAll(MARKDOWN_IMAGE)].map((m) => m[1] ?? m[2]).filter(isLocalImage);
  return [...new Set(found)];
}

/** The attributes Astro's Markdown leaves on a local image for astro:assets: `{ src, alt, index }`. */
type Placeholder = { src: string; alt: string };

const PLACEHOLDER = /<img __ASTRO_IMAGE_="([^"]*)"\s*\/?>/g;

/**
 * The body's HTML with each local image's placeholder replaced by what `render` makes of it. `render` is given the
 * address as written and the alt text.
 */
export async function fillBodyImages(html: string, render: (image: Placeholder) => Promise<string>): Promise<string> {
  const placeholders = [...html.matchAll(PLACEHOLDER)];
  if (placeholders.length === 0) return html;
  const rendered = await Promise.all(
    placeholders.map((m) => {
      const { src, alt } = JSON.parse(unescapeAttribute(m[1])) as Placeholder;
      return render({ src, alt: alt ?? '' });
    }),
  );
  let i = 0;
  return html.replace(PLACEHOLDER, () => rendered[i++]);
}
