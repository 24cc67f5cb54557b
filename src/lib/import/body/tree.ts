/** Small readings of a hast tree that the body's policy, conversion and lede share. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { textOf } from '../html-text.ts';

export const isElement = (node: RootContent | undefined, tag?: string): node is Element =>
  node?.type === 'element' && (tag === undefined || node.tagName === tag);

export function descendants(node: Element, tag: string): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) found.push(child);
    found.push(...descendants(child, tag));
  }
  return found;
}

/** The text of every `tag` element in the tree, in order, empty ones left out. */
export const within = (root: Root, tag: string) =>
  descendants({ type: 'element', tagName: 'div', properties: {}, children: root.children as ElementContent[] }, tag)
    .map(textOf)
    .filter(Boolean);

/** An element's classes, however the parser stored them. */
export const classes = (el: Element): string[] => [el.properties.className ?? []].flat().map(String);
