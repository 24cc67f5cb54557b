/**
 * What a page's HTML asks the browser to fetch, and what of that holds up the
 * first render, read with parse5 as the browser's preload scanner would.
 */
import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export type StylesheetRef = { href: string; blocking: boolean };
export type ScriptRef = { src?: string; inline?: string; module: boolean; blocking: boolean };
export type ImageRef = { src: string; width?: string; height?: string; reservesSpace: boolean };

/** What a page's HTML refers to, as the browser's preload scanner would see it. */
export type PageRefs = {
  stylesheets: StylesheetRef[];
  inlineStyles: string[];
  scripts: ScriptRef[];
  images: ImageRef[];
  /** `<link rel="preload" as="font">` and friends: fetched before render. */
  preloads: { href: string; as: string }[];
};

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function textOf(el: Element): string {
  return el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

/** A media query the browser will not apply on load (print, or explicitly none) does not block render. */
function mediaBlocks(media: string | undefined): boolean {
  if (!media) return true;
  const m = media.trim().toLowerCase();
  return !(m === 'print' || m === 'not all' || m === 'none');
}

function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    // <template> contents are inert: nothing in them is fetched.
    if (child.tagName !== 'template') yield* elements(child);
  }
}

/**
 * Reads a page's HTML for the things that cost a request or hold up rendering.
 * Classic scripts without async/defer block the parser; module scripts are
 * deferred by default. A stylesheet blocks rendering unless its media is
 * print/none or it is disabled.
 */
export function pageRefs(html: string): PageRefs {
  const refs: PageRefs = { stylesheets: [], inlineStyles: [], scripts: [], images: [], preloads: [] };
  for (const el of elements(parse(html))) {
    const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (el.tagName === 'link' && rel.includes('stylesheet')) {
      const href = attr(el, 'href');
      if (href)
        refs.stylesheets.push({ href, blocking: mediaBlocks(attr(el, 'media')) && attr(el, 'disabled') === undefined });
    } else if (el.tagName === 'link' && rel.includes('preload')) {
      const href = attr(el, 'href');
      if (href) refs.preloads.push({ href, as: attr(el, 'as') ?? '' });
    } else if (el.tagName === 'style') {
      refs.inlineStyles.push(textOf(el));
    } else if (el.tagName === 'script') {
      const type = (attr(el, 'type') ?? '').toLowerCase();
      const module = type === 'module';
      // JSON, import maps and other data blocks are not executed.
      if (type && !module && !/^(text|application)\/(x-)?(java|ecma)script$/.test(type)) continue;
      const src = attr(el, 'src');
      const deferred = module || attr(el, 'async') !== undefined || attr(el, 'defer') !== undefined;
      refs.scripts.push(src ? { src, module, blocking: !deferred } : { inline: textOf(el), module, blocking: false });
    } else if (el.tagName === 'img') {
      const width = attr(el, 'width');
      const height = attr(el, 'height');
      refs.images.push({ src: attr(el, 'src') ?? '', width, height, reservesSpace: Boolean(width && height) });
    }
  }
  return refs;
}
