/**
 * A WordPress post's HTML as a Gazette body in Markdown: block comments and shortcodes out, classic posts given their
 * paragraphs, then HTML -> Markdown with rehype-parse -> rehype-remark -> remark-stringify (README, "Stack": the tree in
 * between is where the body policy is applied and images are swapped for local copies). What Gazette's body policy
 * (src/lib/content/body-policy.ts) refuses is converted (an embedded player becomes a link to it) or left out, and
 * every such change is a note for the report.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Html, Image, Paragraph, PhrasingContent, RootContent as MdastContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { autop } from './autop.ts';
import { textOf } from './html-text.ts';
import { replaceShortcodes } from './shortcodes.ts';
import { escapeMarkup, escapeText } from '../markup/escape.ts';

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
/** Inline HTML the body policy allows and Markdown cannot write: kept as it is. */
const KEPT_INLINE = new Set(['sup', 'sub', 'abbr']);
const SCRIPT_URL = /^(javascript|vbscript|data):/i;

export type BodyImage = { src: string; alt: string };

export type BodyOptions = {
  /** What each image's src becomes: a path relative to the Markdown file, or why it is missing. */
  images: Map<string, { path: string } | { missing: string }>;
};

export type ConvertedBody = {
  markdown: string;
  notes: string[];
  /**
   * The opening of the text, for a standfirst when the post has no excerpt: its first paragraph of a sentence or
   * more, else its first caption, else its first block of text of any kind; '' when it has no text at all.
   */
  lede: string;
};

/**
 * A self-closing block comment, `<!-- wp:page-list {"fontSize":"small"} /-->`: a block with no HTML of its own, which
 * WordPress draws when it shows the page (lists of pages or comments, the post's title, navigation, a reusable block).
 * Its attributes are JSON, in which WordPress escapes "--", so the comment ends at the first "-->".
 */
const DYNAMIC_BLOCK = /<!--\s+wp:([a-z][a-z0-9-]*(?:\/[a-z][a-z0-9-]*)?)\s(?:(?!-->)[\s\S])*?\/-->/g;

/** Block comments, <!--more-->, <!--nextpage--> and shortcodes out; paragraphs in for classic-editor posts. */
export function prepareHtml(content: string): { html: string; notes: string[] } {
  const notes: string[] = [];
  const blocks = /<!--\s*wp:/.test(content);
  if (/<!--nextpage-->/.test(content)) notes.push('its pages (<!--nextpage-->) are joined into one');
  const drawnLive = [...new Set([...content.matchAll(DYNAMIC_BLOCK)].map((m) => `wp:${m[1]}`))];
  if (drawnLive.length > 0)
    notes.push(
      `${drawnLive.length === 1 ? 'a block' : 'blocks'} that WordPress draws only as it shows the post (${drawnLive.join(', ')}) ${drawnLive.length === 1 ? 'is' : 'are'} left out`,
    );
  const shortcodes = replaceShortcodes(content.replace(/<!--[\s\S]*?-->/g, ''));
  notes.push(...shortcodes.notes);
  return { html: blocks ? shortcodes.html : autop(shortcodes.html), notes };
}

const htmlParser = unified().use(rehypeParse, { fragment: true });

/** The HTML as a tree, parsed once: its images are looked up (imageSources), then it is converted (convertBody). */
export function parseBody(html: string): Root {
  return htmlParser.parse(html);
}

/** Every image source in the tree, for the caller to look up before converting. */
export function imageSources(tree: Root): BodyImage[] {
  const found: BodyImage[] = [];
  const walk = (node: Root | ElementContent) => {
    if (node.type === 'element' && node.tagName === 'img') {
      found.push({ src: String(node.properties.src ?? ''), alt: String(node.properties.alt ?? '') });
    }
    if ('children' in node) for (const child of node.children) walk(child as ElementContent);
  };
  walk(tree);
  return found;
}

const isElement = (node: RootContent | undefined, tag?: string): node is Element =>
  node?.type === 'element' && (tag === undefined || node.tagName === tag);

function descendants(node: Element, tag: string): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) found.push(child);
    found.push(...descendants(child, tag));
  }
  return found;
}

function link(url: string): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{ type: 'element', tagName: 'a', properties: { href: url }, children: [{ type: 'text', value: url }] }],
  };
}

/** The body policy on the HTML tree, and local images for remote ones. */
function transform(tree: Root, options: BodyOptions, note: (line: string) => void): void {
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

/** "*&#x20;word*" reads badly: spaces at the edges of emphasis move outside it, where Markdown needs no escape. */
function spacesOutsideEmphasis(node: any): void {
  if (!node.children) return;
  const out: any[] = [];
  for (const child of node.children) {
    spacesOutsideEmphasis(child);
    if (['emphasis', 'strong', 'delete'].includes(child.type) && child.children.length > 0) {
      const first = child.children[0];
      const last = child.children[child.children.length - 1];
      const lead = first.type === 'text' ? /^\s+/.exec(first.value)?.[0] : undefined;
      if (lead) first.value = first.value.slice(lead.length);
      const trail = last.type === 'text' ? /\s+$/.exec(last.value)?.[0] : undefined;
      if (trail) last.value = last.value.slice(0, -trail.length);
      if (lead) out.push({ type: 'text', value: lead });
      out.push(child);
      if (trail) out.push({ type: 'text', value: trail });
    } else out.push(child);
  }
  node.children = out;
}

/** rehype-remark handlers for what Markdown has no syntax for. */
const handlers = {
  // A photo with its caption: <figure>, the image in Markdown (so Astro optimises it), and <figcaption>.
  figure(state: any, node: Element): MdastContent[] {
    const nodes = state.all(node) as MdastContent[];
    const images: Image[] = [];
    const collect = (n: any) => {
      if (n.type === 'image') images.push(n);
      if (n.children) n.children.forEach(collect);
    };
    nodes.forEach(collect);
    const caption = node.children.find((c) => isElement(c as RootContent, 'figcaption')) as Element | undefined;
    const text = caption ? textOf(caption) : '';
    if (images.length !== 1) return nodes;
    const paragraph: Paragraph = { type: 'paragraph', children: [images[0]] };
    if (!text) return [paragraph];
    const open: Html = { type: 'html', value: '<figure>' };
    const close: Html = { type: 'html', value: `<figcaption>${escapeText(text)}</figcaption>\n</figure>` };
    return [open, paragraph, close];
  },
  ...Object.fromEntries(
    [...KEPT_INLINE].map((tag) => [
      tag,
      (state: any, node: Element): PhrasingContent[] => {
        const title =
          tag === 'abbr' && node.properties.title ? ` title="${escapeMarkup(String(node.properties.title))}"` : '';
        return [
          { type: 'html', value: `<${tag}${title}>` },
          ...(state.all(node) as PhrasingContent[]),
          { type: 'html', value: `</${tag}>` },
        ];
      },
    ]),
  ),
};

const toMarkdown = unified()
  .use(rehypeRemark, { handlers })
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-', listItemIndent: 'one' });

const within = (root: Root, tag: string) =>
  descendants({ type: 'element', tagName: 'div', properties: {}, children: root.children as ElementContent[] }, tag)
    .map(textOf)
    .filter(Boolean);

const classes = (el: Element): string[] => [el.properties.className ?? []].flat().map(String);

/** Elements that start a block of text of their own: text on either side of one is another block. */
const TEXT_BLOCK =
  /^(address|article|aside|blockquote|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)$/;

/**
 * Every block of text in the tree, in order, each on one line: a heading, a code block, a verse, preformatted text,
 * a list item, or text standing on its own (a Custom HTML block's `<b>Hello World</b>`). A block that is only a URL
 * (an embed shown as a link) says nothing of the story and is left out.
 */
export function textBlocks(tree: Root): string[] {
  const blocks: string[] = [];
  let run = '';
  const flush = (verse = false) => {
    // A verse's lines, run together, are quoted as verse is in prose: "Write a verse / Code is poetry".
    const lines = verse ? run.split('\n') : [run];
    const text = lines
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' / ');
    if (text && !/^https?:\/\/\S*$/i.test(text)) blocks.push(text);
    run = '';
  };
  let inVerse = 0;
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') run += node.value;
    else if (node.type === 'element' && node.tagName === 'br') run += inVerse ? '\n' : ' ';
    else if (node.type === 'element' || node.type === 'root') {
      const block = node.type === 'element' && TEXT_BLOCK.test(node.tagName);
      const verse = node.type === 'element' && classes(node).includes('wp-block-verse');
      if (block) flush();
      if (verse) inVerse++;
      for (const child of node.children) walk(child);
      if (verse) inVerse--;
      if (block) flush(verse);
    }
  };
  walk(tree);
  flush();
  return blocks;
}

/**
 * A post's opening words: the first paragraph of eight words or more (not a bold "Headings" line), else the first
 * paragraph, else the first caption (looked for before a missing photo takes its caption with it), else the first
 * block of text of any kind (a heading, code, a verse, preformatted text), so a post with text always has a lede.
 */
function lede(tree: Root, firstCaption: string): string {
  const paragraphs = within(tree, 'p');
  return (
    paragraphs.find((p) => p.split(/\s+/).length >= 8) ?? paragraphs[0] ?? (firstCaption || textBlocks(tree)[0] || '')
  );
}

/** The post's tree (parseBody of prepareHtml's HTML) as Markdown, with a note for each thing left out or changed. */
export async function convertBody(tree: Root, options: BodyOptions): Promise<ConvertedBody> {
  const notes: string[] = [];
  const note = (line: string) => {
    if (!notes.includes(line)) notes.push(line);
  };
  const firstCaption = within(tree, 'figcaption')[0] ?? '';
  transform(tree, options, note);
  const mdast = await toMarkdown.run(tree as any);
  spacesOutsideEmphasis(mdast);
  const markdown = String(toMarkdown.stringify(mdast as any)).trim();
  return { markdown: markdown === '' ? '' : `${markdown}\n`, notes, lede: lede(tree, firstCaption) };
}
