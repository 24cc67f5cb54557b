/**
 * Gazette's body policy (src/lib/content/body-policy.ts) on a post's HTML tree, before it becomes Markdown: what the
 * policy refuses is converted (an embedded player becomes a link to it) or left out, each change a note for the
 * report; images are swapped for their local copies, and a body with its own <h1> moves its headings down.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { BodyOptions } from './convert.ts';
import { descendants, isElement } from './tree.ts';

/** Elements that run code, style the page or take input: never in a body, and nothing of theirs is kept. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'frame',
  'frameset',
  'svg',
  'canvas',
  'math',
  'map',
  'area',
  'param',
  'track',
]);
/** Elements that embed another page or a player: a link to what they show is kept when they name it. */
const EMBEDS = new Set(['iframe', 'embed', 'object', 'video', 'audio']);
const SCRIPT_URL = /^(javascript|vbscript|data):/i;

function link(url: string): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{ type: 'element', tagName: 'a', properties: { href: url }, children: [{ type: 'text', value: url }] }],
  };
}

/** The body policy on the HTML tree, and local images for remote ones. */
export function transform(tree: Root, options: BodyOptions, note: (line: string) => void): void {
  const headings = descendants(
    { type: 'element', tagName: 'div', properties: {}, children: tree.children as ElementContent[] },
    'h1',
  );
  // The headline is the page's only <h1>; a body that has its own moves every heading down one level.
  const shift = headings.length > 0 ? 1 : 0;

  const visit = (el: Element): ElementContent[] => {
    const tag = el.tagName;
    for (const name of Object.keys(el.properties)) {
      if (/^on/i.test(name)) note(`the inline event handler ${name.toLowerCase()}="…" on <${tag}> is left out`);
    }
    if (DROPPED.has(tag)) {
      note(`<${tag}> is left out: the body policy does not allow it`);
      return [];
    }
    if (EMBEDS.has(tag)) {
      const sourceChild = descendants(el, 'source')[0];
      const src = String(el.properties.src ?? el.properties.data ?? sourceChild?.properties.src ?? '');
      if (/^https?:\/\//i.test(src)) {
        note(`<${tag}> (a player or another page embedded) is shown as a link to ${new URL(src).hostname}`);
        return [link(src)];
      }
      note(`<${tag}> is left out: the body policy does not allow it, and it names nothing to link to`);
      return [];
    }
    if (tag === 'a') {
      const href = String(el.properties.href ?? '').replace(/[\u0000-\u0020]/g, '');
      const only = el.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      // A link around a photo leads to the photo's file on the old site; the page shows the photo itself.
      const aroundImage = only.length === 1 && isElement(only[0], 'img');
      if (SCRIPT_URL.test(href))
        note(`a link to a ${href.split(':')[0].toLowerCase()}: URL is left out (its text kept)`);
      if (SCRIPT_URL.test(href) || aroundImage || href === '') return walk(el.children);
    }
    if (tag === 'figure') {
      // A block-editor embed: the URL of a tweet or a video on its own, which WordPress swaps for the player.
      const className = String(el.properties.className ?? '');
      if (/wp-block-embed/.test(className))
        note('an embedded post or video (a block-editor embed) is shown as a link to it');
    }
    if (tag === 'img') {
      const found = options.images.get(String(el.properties.src ?? ''));
      if (!found || 'missing' in found) return [];
      return [
        {
          type: 'element',
          tagName: 'img',
          properties: { src: found.path, alt: String(el.properties.alt ?? '') },
          children: [],
        },
      ];
    }
    if (tag === 'figure') {
      const nested = descendants(el, 'figure');
      if (nested.length > 0) {
        // A block gallery: a figure of figures. Each photo is kept as its own figure, the gallery's caption after them.
        const caption = el.children.filter((c) => isElement(c, 'figcaption'));
        return walk([...nested, ...caption.map((c) => ({ ...(c as Element), tagName: 'p' }))]);
      }
      const kept = walk(el.children);
      const hasImage = kept.some(
        (c) =>
          isElement(c as RootContent, 'img') ||
          (isElement(c as RootContent) && descendants(c as Element, 'img').length > 0),
      );
      // A caption without its photo would describe nothing, and a credit would name a photo that is not there.
      if (!hasImage && descendants(el, 'img').length > 0) return [];
      return [{ ...el, children: kept }];
    }
    const heading = /^h([1-6])$/.exec(tag);
    if (heading && shift)
      return [{ ...el, tagName: `h${Math.min(6, Number(heading[1]) + shift)}`, children: walk(el.children) }];
    return [{ ...el, children: walk(el.children) }];
  };
  let inLinkOrCode = 0;
  const walk = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child) => {
      if (child.type === 'comment') return [];
      if (child.type === 'text') return inLinkOrCode ? [child] : linkedUrls(child.value);
      if (child.type !== 'element') return [child];
      const code = /^(a|pre|code|kbd|samp)$/.test(child.tagName);
      if (code) inLinkOrCode++;
      try {
        return visit(child);
      } finally {
        if (code) inLinkOrCode--;
      }
    });
  tree.children = walk(tree.children as ElementContent[]);
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]*[^\s<>".,:;'!?)\]]/g;

/** Bare URLs in text as links, as the Markdown renderer would make them anyway (and WordPress, for one on its own line). */
function linkedUrls(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    if (m.index > at) out.push({ type: 'text', value: text.slice(at, m.index) });
    out.push({ type: 'element', tagName: 'a', properties: { href: m[0] }, children: [{ type: 'text', value: m[0] }] });
    at = m.index + m[0].length;
  }
  if (at === 0) return [{ type: 'text', value: text }];
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}
