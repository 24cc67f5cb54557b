/**
 * A post's HTML as a Gazette body in Markdown, whichever source it came from (the source's `bodyHtml` has already
 * taken out what is its own, such as WordPress's block comments and shortcodes): rehype-parse -> rehype-remark ->
 * remark-stringify (CONTRIBUTING.md, "Stack"). The tree in between is where the body policy is applied and images are swapped
 * for local copies (policy.ts); the lede for a standfirst is read from it too (lede.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Html, Image, Paragraph, PhrasingContent, RootContent as MdastContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { escapeMarkup, escapeText } from '../../markup/escape.ts';
import { textOf } from '../html-text.ts';
import { lede } from './lede.ts';
import { transform } from './policy.ts';
import { isElement, within } from './tree.ts';

/** Inline HTML the body policy allows and Markdown cannot write: kept as it is. */
const KEPT_INLINE = new Set(['sup', 'sub', 'abbr']);

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
