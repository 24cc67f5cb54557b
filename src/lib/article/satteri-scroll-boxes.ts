import type { HastPluginDefinition } from 'satteri';

/**
 * Code blocks and tables scroll inside their own box instead of widening the page (a long line of code made an
 * imported story 1,432 px wide on a 375 px phone). The CSS that lets them scroll is the article layout's; this makes
 * each box a keyboard stop, since a box that scrolls but cannot be focused cannot be scrolled without a pointer
 * (WCAG 2.1.1; axe's scrollable-region-focusable). A table is wrapped, as a table itself does not scroll.
 */
export function satteriScrollBoxes(): HastPluginDefinition {
  return {
    name: 'gazette-scroll-boxes',
    element: {
      filter: ['pre', 'table'],
      visit(node, ctx) {
        if (node.tagName === 'pre') ctx.setProperty(node, 'tabIndex', 0);
        else ctx.wrapNode(node, { raw: '<div class="table-scroll" tabindex="0"></div>' });
      },
    },
  };
}
