/**
 * The WordPress eXtended RSS (WXR) reader: streams an export with sax and yields plain records (records.ts), one at a
 * time, so a 10,000-post export never sits in memory whole. It knows WXR's shape and nothing about Gazette.
 *
 * Elements are matched by their prefixed names (`wp:post_id`), as WordPress's own importer parses them; every
 * WordPress version since WXR 1.0 writes the same prefixes.
 */
import fs from 'node:fs';
import sax from 'sax';
import type { AttachmentRecord, ItemTerm, PostRecord, ReadProgress, SourceRecord } from './records.ts';

/** An export that is not well-formed XML, or not a WordPress export at all. Nothing has been written when it is thrown. */
export class ExportError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  constructor(file: string, line: number, column: number, reason: string) {
    super(line > 0 ? `${file}, line ${line}, column ${column}: ${reason}` : `${file}: ${reason}`);
    this.name = 'ExportError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

export type ReadOptions = {
  /** Keep post bodies. A first pass that only needs ids, dates and terms leaves them out. */
  bodies?: boolean;
  onProgress?: (progress: ReadProgress) => void;
};

/** Elements of an item or channel child whose text is a field; everything else is structure. */
type Fields = Record<string, string>;

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

/** sax's messages end with "\nLine: …\nColumn: …\nChar: …"; the first line is the reason. */
function reasonOf(error: Error): string {
  const first = error.message.split('\n')[0].trim();
  return `the export is not well-formed XML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/**
 * Every record in a WXR file, in file order: the site first, then authors and terms, then posts and attachments.
 * Throws ExportError with the line and the reason for malformed XML, and for XML that is not a WordPress export.
 */
export async function* readWxr(file: string, options: ReadOptions = {}): AsyncGenerator<SourceRecord> {
  const bodies = options.bodies ?? true;
  const totalBytes = fs.statSync(file).size;
  const queue: SourceRecord[] = [];
  // Strict XML: an HTML entity such as &nbsp; outside CDATA is an error, as in every XML parser WordPress's importer
  // uses. sax has the option (lib/sax.js); its type definitions lack it.
  const saxOptions: sax.SAXOptions & { strictEntities: boolean } = { position: true, strictEntities: true };
  const parser = sax.parser(true, saxOptions);
  let failure: ExportError | undefined;
  parser.onerror = (error) => {
    failure ??= new ExportError(file, parser.line + 1, parser.column, reasonOf(error));
  };

  const stack: string[] = [];
  let text = '';
  let collecting = false;
  let sawRss = false;
  let wxrVersion = '';
  let site = { title: '', link: '' };
  let siteSent = false;
  let group: Fields | undefined; // the wp:author / wp:category / wp:tag / wp:term being read
  let item:
    { fields: Fields; terms: ItemTerm[]; meta: Record<string, string>; comments: number; line: number } | undefined;
  let meta: { key: string; value: string } | undefined;
  let term: { taxonomy: string; slug: string } | undefined;
  let items = 0;

  const sendSite = () => {
    if (siteSent) return;
    siteSent = true;
    queue.push({ kind: 'site', title: site.title, link: site.link });
  };

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
      if (['item', 'wp:author', 'wp:category', 'wp:tag', 'wp:term'].includes(name)) sendSite();
      if (name === 'item') item = { fields: {}, terms: [], meta: {}, comments: 0, line: parser.line + 1 };
      else if (name.startsWith('wp:') && ['wp:author', 'wp:category', 'wp:tag', 'wp:term'].includes(name)) group = {};
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
      else if (name === 'wp:wxr_version') wxrVersion = value;
      else if (group && name === 'wp:author') {
        queue.push({
          kind: 'author',
          login: group['wp:author_login'] ?? '',
          displayName: group['wp:author_display_name'] ?? '',
          firstName: group['wp:author_first_name'] ?? '',
          lastName: group['wp:author_last_name'] ?? '',
        });
        group = undefined;
      } else if (group && name === 'wp:category') {
        queue.push({
          kind: 'term',
          taxonomy: 'category',
          slug: group['wp:category_nicename'] ?? '',
          name: group['wp:cat_name'] ?? '',
          description: group['wp:category_description'] ?? '',
        });
        group = undefined;
      } else if (group && name === 'wp:tag') {
        queue.push({
          kind: 'term',
          taxonomy: 'post_tag',
          slug: group['wp:tag_slug'] ?? '',
          name: group['wp:tag_name'] ?? '',
          description: group['wp:tag_description'] ?? '',
        });
        group = undefined;
      } else if (group && name === 'wp:term') {
        queue.push({
          kind: 'term',
          taxonomy: group['wp:term_taxonomy'] ?? '',
          slug: group['wp:term_slug'] ?? '',
          name: group['wp:term_name'] ?? '',
          description: group['wp:term_description'] ?? '',
        });
        group = undefined;
      } else if (item && name === 'item') {
        queue.push(itemRecord(item));
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

  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  let first = true;
  for await (const chunk of stream as AsyncIterable<string>) {
    parser.write(first ? chunk.replace(/^\uFEFF/, '') : chunk);
    first = false;
    if (failure) throw failure;
    while (queue.length > 0) yield queue.shift() as SourceRecord;
    options.onProgress?.({ bytesRead: stream.bytesRead, totalBytes, items });
  }
  parser.close();
  if (failure) throw failure;
  while (queue.length > 0) yield queue.shift() as SourceRecord;
  if (!sawRss || wxrVersion === '') {
    throw new ExportError(
      file,
      0,
      0,
      'this is XML, but not a WordPress export: it has no <rss><channel> with a <wp:wxr_version>',
    );
  }
}

function itemRecord(item: {
  fields: Fields;
  terms: ItemTerm[];
  meta: Record<string, string>;
  comments: number;
  line: number;
}): PostRecord | AttachmentRecord {
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
