/**
 * WXR's elements, as sax reports them, made into records (wxr-records.ts): the channel's title, link and version, its
 * authors and terms, and its items as posts and attachments with their terms, meta and comments. Elements are matched
 * by their prefixed names (`wp:post_id`), as WordPress's own importer parses them; every WordPress version since
 * WXR 1.0 writes the same prefixes. The streaming and the errors are wxr-reader.ts's.
 */
import type sax from 'sax';
import type { AttachmentRecord, ItemTerm, PostRecord, WxrRecord } from './wxr-records.ts';

/** Elements of an item or channel child whose text is a field; everything else is structure. */
type Fields = Record<string, string>;

type Item = { fields: Fields; terms: ItemTerm[]; meta: Record<string, string>; comments: number; line: number };

const ITEM_FIELDS = new Set([
  'title',
  'link',
  'dc:creator',
  'content:encoded',
  'excerpt:encoded',
  'wp:post_id',
  'wp:post_date',
  'wp:post_date_gmt',
  'wp:post_name',
  'wp:status',
  'wp:post_parent',
  'wp:post_type',
  'wp:post_password',
  'wp:attachment_url',
]);
// A first pass leaves out post bodies, the bulk of an export; excerpts (attachments' captions) are short and kept.
const BODY_FIELDS = new Set(['content:encoded']);

/** The channel's groups (an author, a category, a tag, a term), each a record from its fields. */
const GROUPS: Record<string, (group: Fields) => WxrRecord> = {
  'wp:author': (g) => ({
    kind: 'author',
    login: g['wp:author_login'] ?? '',
    displayName: g['wp:author_display_name'] ?? '',
    firstName: g['wp:author_first_name'] ?? '',
    lastName: g['wp:author_last_name'] ?? '',
  }),
  'wp:category': (g) => ({
    kind: 'term',
    taxonomy: 'category',
    slug: g['wp:category_nicename'] ?? '',
    name: g['wp:cat_name'] ?? '',
    description: g['wp:category_description'] ?? '',
  }),
  'wp:tag': (g) => ({
    kind: 'term',
    taxonomy: 'post_tag',
    slug: g['wp:tag_slug'] ?? '',
    name: g['wp:tag_name'] ?? '',
    description: g['wp:tag_description'] ?? '',
  }),
  'wp:term': (g) => ({
    kind: 'term',
    taxonomy: g['wp:term_taxonomy'] ?? '',
    slug: g['wp:term_slug'] ?? '',
    name: g['wp:term_name'] ?? '',
    description: g['wp:term_description'] ?? '',
  }),
};

/** What the reader asks of the elements once the file is read: whether it was an export, and how many items. */
export type WxrElements = { isExport: () => boolean; items: () => number };

/**
 * Sets the parser's handlers so that each record is passed to `emit` as its closing tag is read: the site first
 * (before the first author, term or item), then the rest in file order. `bodies: false` leaves post bodies out.
 */
export function readElements(parser: sax.SAXParser, bodies: boolean, emit: (record: WxrRecord) => void): WxrElements {
  const stack: string[] = [];
  let text = '';
  let collecting = false;
  let sawRss = false;
  let wxrVersion = '';
  let site: { title: string; link: string; language?: string } = { title: '', link: '' };
  let siteSent = false;
  let group: Fields | undefined; // the wp:author / wp:category / wp:tag / wp:term being read
  let item: Item | undefined;
  let meta: { key: string; value: string } | undefined;
  let term: { taxonomy: string; slug: string } | undefined;
  let items = 0;

  parser.onopentag = (node) => {
    const name = node.name;
    const parent = stack[stack.length - 1];
    stack.push(name);
    text = '';
    collecting = true;
    if (stack.length === 1) {
      sawRss = name === 'rss';
      return;
    }
    if (parent === 'channel') {
      if (name === 'item' || Object.hasOwn(GROUPS, name)) {
        if (!siteSent) emit({ kind: 'site', ...site });
        siteSent = true;
      }
      if (name === 'item') item = { fields: {}, terms: [], meta: {}, comments: 0, line: parser.line + 1 };
      else if (Object.hasOwn(GROUPS, name)) group = {};
    } else if (item && parent === 'item') {
      if (name === 'category') {
        const attrs = node.attributes as Record<string, string>;
        term = { taxonomy: attrs.domain ?? 'category', slug: attrs.nicename ?? '' };
      } else if (name === 'wp:postmeta') meta = { key: '', value: '' };
      else if (name === 'wp:comment') item.comments++;
      else if (!bodies && BODY_FIELDS.has(name)) collecting = false;
    }
  };

  const onText = (t: string) => {
    if (collecting) text += t;
  };
  parser.ontext = onText;
  parser.oncdata = onText;

  parser.onclosetag = (name) => {
    stack.pop();
    const parent = stack[stack.length - 1];
    const value = name === 'content:encoded' ? text : text.trim();
    if (parent === 'channel') {
      if (name === 'title') site = { ...site, title: value };
      else if (name === 'link') site = { ...site, link: value };
      else if (name === 'language') site = { ...site, language: value };
      else if (name === 'wp:wxr_version') wxrVersion = value;
      else if (group && Object.hasOwn(GROUPS, name)) {
        emit(GROUPS[name](group));
        group = undefined;
      } else if (item && name === 'item') {
        emit(itemRecord(item));
        items++;
        item = undefined;
      }
    } else if (group && stack.length >= 3 && stack[stack.length - 2] === 'channel') {
      group[name] = value;
    } else if (item && parent === 'item') {
      if (name === 'category' && term) {
        item.terms.push({ ...term, name: value });
        term = undefined;
      } else if (name === 'wp:postmeta' && meta) {
        if (meta.key !== '') item.meta[meta.key] = meta.value;
        meta = undefined;
      } else if (ITEM_FIELDS.has(name)) item.fields[name] = value;
    } else if (meta && parent === 'wp:postmeta') {
      if (name === 'wp:meta_key') meta.key = value;
      else if (name === 'wp:meta_value') meta.value = value;
    }
    text = '';
    collecting = true;
  };

  return { isExport: () => sawRss && wxrVersion !== '', items: () => items };
}

function itemRecord(item: Item): PostRecord | AttachmentRecord {
  const f = (name: string) => item.fields[name] ?? '';
  if (f('wp:post_type') === 'attachment') {
    return {
      kind: 'attachment',
      id: f('wp:post_id'),
      title: f('title'),
      url: f('wp:attachment_url'),
      caption: f('excerpt:encoded'),
      meta: item.meta,
      parent: f('wp:post_parent'),
      line: item.line,
    };
  }
  return {
    kind: 'post',
    id: f('wp:post_id'),
    postType: f('wp:post_type') || 'post',
    status: f('wp:status'),
    title: f('title'),
    link: f('link'),
    creator: f('dc:creator'),
    date: f('wp:post_date'),
    dateGmt: f('wp:post_date_gmt'),
    slug: f('wp:post_name'),
    password: f('wp:post_password'),
    content: f('content:encoded'),
    excerpt: f('excerpt:encoded'),
    terms: item.terms,
    meta: item.meta,
    comments: item.comments,
    line: item.line,
  };
}
