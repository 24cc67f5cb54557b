/**
 * What WordPress's own fields say about a post, as the import asks it (../source.ts): whether it comes in (its type,
 * status and password), how the report names it, its byline (Co-Authors Plus, else `dc:creator`), its categories and
 * tags, a `dateline` custom field, its featured image and its old addresses (its link and `/?p=<id>`).
 */
import { htmlToText } from '../html-text.ts';
import type { AuthorRecord, SiteRecord } from '../source-records.ts';
import type { PostFacts, PostFate } from '../source.ts';
import type { PostRecord } from './wxr-records.ts';

/** Only the meta the plan and the second pass read: a post's meta can hold kilobytes of cached embeds. */
export const KEPT_META = ['_thumbnail_id', 'dateline'];

const SKIPPED_STATUS: Record<string, string> = {
  private: 'private: a static site cannot keep it private, so it is not written where a build could publish it',
  trash: 'in the trash',
  'auto-draft': 'an autosave WordPress made, never saved by its author',
  inherit: 'a revision of another post',
};

const TYPE_KINDS: Record<string, string> = { page: 'pages', nav_menu_item: 'menu items' };

/** How a post is named in report lines: its id, its title and where it is in the export. */
export function describePost(post: Pick<PostRecord, 'id' | 'postType' | 'title' | 'line'>): string {
  const title = post.title.trim()
    ? `"${post.title.trim().length > 70 ? `${post.title.trim().slice(0, 69)}…` : post.title.trim()}"`
    : '(no title)';
  return `${post.postType === 'post' ? 'post' : post.postType} ${post.id} ${title} (line ${post.line})`;
}

/** Posts come in; pages, menu items and the rest do not, nor private, password-protected or binned posts. */
export function postFate(post: PostRecord): PostFate {
  if (post.postType !== 'post') {
    const kind = Object.hasOwn(TYPE_KINDS, post.postType) ? TYPE_KINDS[post.postType] : `${post.postType} items`;
    return {
      skip: { kind, ...(post.postType === 'page' && { why: 'skipped: a page, and Gazette has no standalone pages' }) },
    };
  }
  if (post.password !== '')
    return {
      skip: {
        kind: 'posts',
        why: 'skipped: password-protected; a static site cannot ask for a password, so it is not written where a build could publish it',
      },
    };
  const skipped = Object.hasOwn(SKIPPED_STATUS, post.status) ? SKIPPED_STATUS[post.status] : undefined;
  if (skipped || !['publish', 'future', 'draft', 'pending'].includes(post.status))
    return {
      skip: {
        kind: 'posts',
        why: `skipped: ${skipped ?? `its status is "${post.status}", which WordPress does not publish`}`,
      },
    };
  const draft = post.status === 'draft' || post.status === 'pending';
  const was =
    ({ draft: 'a draft', pending: 'pending review', future: 'scheduled' } as const)[post.status] ?? 'published';
  return {
    story: { draft, was, notes: post.status === 'pending' ? ['pending review in WordPress: a draft'] : [] },
  };
}

/** "/2010/08/07/slug/" for the post's old link, relative to the old site's address. */
function oldPath(link: string, siteLink: string): string | undefined {
  try {
    const url = new URL(link);
    const sitePath = new URL(siteLink || link).pathname.replace(/\/?$/, '/');
    const pathname = url.pathname.startsWith(sitePath) ? `/${url.pathname.slice(sitePath.length)}` : url.pathname;
    return `${pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

/** A post's facts for its frontmatter. Its byline is its Co-Authors Plus authors in order when it has any. */
export function postFacts(post: PostRecord, site: SiteRecord): PostFacts {
  const coAuthors = post.terms.filter((t) => t.taxonomy === 'author');
  const byline =
    coAuthors.length > 0
      ? coAuthors.map((t) => ({ login: t.slug.replace(/^cap-/, ''), shown: t.name || t.slug }))
      : [{ login: post.creator, shown: post.creator }];
  const dateline = (post.meta.dateline ?? '').trim();
  const link = oldPath(post.link, site.link);
  return {
    byline,
    categories: post.terms.filter((t) => t.taxonomy === 'category').map((t) => htmlToText(t.name)),
    tags: post.terms.filter((t) => t.taxonomy === 'post_tag').map((t) => htmlToText(t.name)),
    ...(dateline ? { dateline } : {}),
    ...(post.meta._thumbnail_id !== undefined ? { featuredImage: post.meta._thumbnail_id } : {}),
    oldAddresses: [...(link === undefined ? [] : [link]), `/?p=${post.id}`],
  };
}

/** A Co-Authors Plus guest author: a post of type "guest-author" whose meta holds the login and the name. */
export function guestAuthor(post: PostRecord): AuthorRecord | undefined {
  const login = post.meta['cap-user_login'] ?? '';
  const displayName = post.meta['cap-display_name'] ?? '';
  if (!login || !displayName) return undefined;
  return {
    kind: 'author',
    login,
    displayName,
    firstName: post.meta['cap-first_name'] ?? '',
    lastName: post.meta['cap-last_name'] ?? '',
  };
}
