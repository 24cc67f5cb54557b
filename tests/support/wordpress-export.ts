/**
 * Small WordPress exports (WXR 1.2) written by the tests themselves, with only what each test is about: the shape
 * WordPress's own exporter writes (wp-admin/includes/export.php), CDATA and all.
 */
export type WxrAuthor = { login: string; displayName?: string; firstName?: string; lastName?: string };
export type WxrItem = {
  id: number;
  title?: string;
  type?: string;
  status?: string;
  /** Wall-clock "2015-06-11 20:31:00"; `dateGmt` defaults to it (a site on UTC). */
  date?: string;
  dateGmt?: string;
  slug?: string;
  link?: string;
  creator?: string;
  content?: string;
  excerpt?: string;
  password?: string;
  /** [domain, nicename, name]: "category", "post_tag", "author" (Co-Authors Plus). */
  terms?: [string, string, string][];
  meta?: Record<string, string>;
  attachmentUrl?: string;
  parent?: number;
};

export const SITE = 'https://old.example.org';

const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

function item(i: WxrItem): string {
  const date = i.date ?? '2015-06-11 20:31:00';
  const slug = i.slug ?? `post-${i.id}`;
  const type = i.type ?? 'post';
  const link = i.link ?? `${SITE}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/${slug}/`;
  return `
    <item>
      <title>${cdata(i.title ?? `Story ${i.id}`)}</title>
      <link>${link}</link>
      <pubDate>Thu, 11 Jun 2015 18:31:00 +0000</pubDate>
      <dc:creator>${cdata(i.creator ?? 'ada')}</dc:creator>
      <guid isPermaLink="false">${SITE}/?p=${i.id}</guid>
      <description></description>
      <content:encoded>${cdata(i.content ?? `<p>The text of story ${i.id}, long enough to be a lede of a story.</p>`)}</content:encoded>
      <excerpt:encoded>${cdata(i.excerpt ?? '')}</excerpt:encoded>
      <wp:post_id>${i.id}</wp:post_id>
      <wp:post_date>${cdata(date)}</wp:post_date>
      <wp:post_date_gmt>${cdata(i.dateGmt ?? date)}</wp:post_date_gmt>
      <wp:comment_status>${cdata('open')}</wp:comment_status>
      <wp:post_name>${cdata(slug)}</wp:post_name>
      <wp:status>${cdata(i.status ?? (type === 'attachment' ? 'inherit' : 'publish'))}</wp:status>
      <wp:post_parent>${i.parent ?? 0}</wp:post_parent>
      <wp:menu_order>0</wp:menu_order>
      <wp:post_type>${cdata(type)}</wp:post_type>
      <wp:post_password>${cdata(i.password ?? '')}</wp:post_password>
      <wp:is_sticky>0</wp:is_sticky>${i.attachmentUrl ? `\n      <wp:attachment_url>${cdata(i.attachmentUrl)}</wp:attachment_url>` : ''}
${(i.terms ?? [['category', 'world', 'World']]).map(([domain, nicename, name]) => `      <category domain="${domain}" nicename="${nicename}">${cdata(name)}</category>`).join('\n')}
${Object.entries(i.meta ?? {})
  .map(
    ([key, value]) =>
      `      <wp:postmeta>\n        <wp:meta_key>${cdata(key)}</wp:meta_key>\n        <wp:meta_value>${cdata(value)}</wp:meta_value>\n      </wp:postmeta>`,
  )
  .join('\n')}
    </item>`;
}

/** A whole export: the channel, its authors, then the items. */
export function wxr(options: {
  authors?: WxrAuthor[];
  items: WxrItem[];
  title?: string;
  link?: string;
  /** The channel's <language>, as WordPress writes the site's locale: "en-US" unless given. */
  language?: string;
}): string {
  const authors = options.authors ?? [{ login: 'ada', displayName: 'Ada Ndiaye' }];
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
  <channel>
    <title>${options.title ?? 'The Old Example'}</title>
    <link>${options.link ?? SITE}</link>
    <description>A test export</description>
    <language>${options.language ?? 'en-US'}</language>
    <wp:wxr_version>1.2</wp:wxr_version>
    <wp:base_site_url>${SITE}</wp:base_site_url>
    <wp:base_blog_url>${options.link ?? SITE}</wp:base_blog_url>
${authors
  .map(
    (a, n) =>
      `    <wp:author><wp:author_id>${n + 1}</wp:author_id><wp:author_login>${cdata(a.login)}</wp:author_login><wp:author_email>${cdata(`${a.login}@example.org`)}</wp:author_email><wp:author_display_name>${cdata(a.displayName ?? '')}</wp:author_display_name><wp:author_first_name>${cdata(a.firstName ?? '')}</wp:author_first_name><wp:author_last_name>${cdata(a.lastName ?? '')}</wp:author_last_name></wp:author>`,
  )
  .join('\n')}
${options.items.map(item).join('\n')}
  </channel>
</rss>
`;
}
