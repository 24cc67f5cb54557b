/**
 * Draws Pagefind results as the search page lists them: headline link, section,
 * date and an excerpt with the matched words marked. Built with DOM calls, not
 * innerHTML, so nothing from the index can become markup but Pagefind's <mark>.
 * The headline and the excerpt take their direction from their own words
 * (dir="auto"): a story in another script than the page's keeps its order.
 */

/** The part of Pagefind's result data the page shows. */
export type ResultData = {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string; date?: string; published?: string };
};

/** Pagefind's excerpt is entity-encoded text with <mark> around matches: keep the text and the marks only. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

export function resultItem(result: ResultData): HTMLLIElement {
  const { title = result.url, section, date, published } = result.meta;
  const link = element('a', '', title);
  link.href = result.url;
  const meta = element('p', 'result-meta');
  if (section) meta.append(element('span', 'result-section', section));
  if (date) {
    const time = element('time', '', date);
    if (published) time.dateTime = published;
    meta.append(time);
  }
  const headline = element('h2', 'result-headline', link);
  const excerpt = element('p', 'result-excerpt', ...excerptNodes(result.excerpt));
  headline.dir = excerpt.dir = 'auto';
  return element('li', 'result', headline, meta, excerpt);
}
