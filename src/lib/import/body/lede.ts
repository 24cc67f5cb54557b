/**
 * A post's opening words, for a standfirst when it has no excerpt (write-story.ts): its first paragraph of a sentence
 * or more, else its first paragraph, else its first caption, else its first block of text of any kind.
 */
import type { Root, RootContent } from 'hast';
import { classes, within } from './tree.ts';

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
export function lede(tree: Root, firstCaption: string): string {
  const paragraphs = within(tree, 'p');
  return (
    paragraphs.find((p) => p.split(/\s+/).length >= 8) ?? paragraphs[0] ?? (firstCaption || textBlocks(tree)[0] || '')
  );
}

/** Up to two sentences and 60 words of a paragraph, for a standfirst: a post without an excerpt starts with its lede. */
export function standfirstFrom(text: string): string {
  const sentences = text.match(/[^.!?]+[.!?]+["'”’)]*\s*|[^.!?]+$/g) ?? [text];
  let out = sentences.slice(0, 2).join('').trim();
  const words = out.split(/\s+/);
  if (words.length > 60)
    out = `${words
      .slice(0, 60)
      .join(' ')
      .replace(/[,;:]$/, '')}…`;
  return out;
}
