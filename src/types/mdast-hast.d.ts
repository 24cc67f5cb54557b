/**
 * The mdast-to-hast convention the Related aside relies on (src/lib/article/related-aside.ts): `data.hName` renames
 * the element and `data.hProperties` sets its attributes. Sätteri honours it; the types used to come with
 * mdast-util-to-hast through remark-rehype, which the site no longer needs.
 */
import 'mdast';

declare module 'mdast' {
  interface Data {
    hName?: string;
    hProperties?: Record<string, unknown>;
  }
}
