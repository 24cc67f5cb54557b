/**
 * A synthetic WordPress export for the import benchmark: N posts of a news story's length (filler words from
 * corpus.ts, nothing here is a fact), half written in the block editor and half in the classic one, with the things an
 * importer works on: categories and tags (some folding onto one another), several authors, a [caption] in one post in
 * five, a shortcode to leave out in one in twenty, a featured image in one in `imageEvery`, drafts and scheduled
 * posts. Written to a file as it is made, so the benchmark itself stays small. Deterministic from a seed.
 */
import fs from 'node:fs';
import { AUTHORS, prng, SECTIONS, TAGS } from './corpus.ts';

const WORDS =
  'the of to in and said on for was that with by at from police town region government officials report week council market water school road court farmers prices rain aid minister capital district protest talks according residents'.split(
    ' ',
  );

const cdata = (s: string) => `<![CDATA[${s}]]>`;

/** Writes the export; returns its size and how many posts have a featured image (their upload paths). */
export async function writeWxrCorpus(
  file: string,
  n: number,
  imageEvery: number,
): Promise<{ bytes: number; uploads: string[] }> {
  const rand = prng(20151106);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 14) }, () => pick(WORDS));
    return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraphs = (k: number) =>
    Array.from({ length: k }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' '));
  const out = fs.createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  const site = 'https://bench.example.org';
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench Gazette</title>
<link>${site}</link>
<wp:wxr_version>1.2</wp:wxr_version>
${AUTHORS.map(
  (login) =>
    `<wp:author><wp:author_login>${cdata(login)}</wp:author_login><wp:author_display_name>${cdata(
      login
        .split('-')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(' '),
    )}</wp:author_display_name></wp:author>`,
).join('\n')}
`);
  const uploads: string[] = [];
  const start = Date.UTC(2014, 0, 1);
  for (let i = 1; i <= n; i++) {
    const when = new Date(start + Math.floor((i / n) * 10 * 365 * 86_400_000) + Math.floor(rand() * 3_600_000));
    const gmt = when.toISOString().slice(0, 19).replace('T', ' ');
    // The site was on Paris time: an hour ahead in winter, two in summer (close enough for filler).
    const summer = when.getUTCMonth() >= 3 && when.getUTCMonth() <= 9;
    const local = new Date(when.getTime() + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    const slug = `bench-post-${i}`;
    const block = i % 2 === 0;
    const text = paragraphs(5 + Math.floor(rand() * 4));
    let body = block
      ? text.map((p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`).join('\n\n')
      : text.join('\n\n');
    const image = i % imageEvery === 0;
    const upload = `${when.getUTCFullYear()}/${String(when.getUTCMonth() + 1).padStart(2, '0')}/photo-${i}.jpg`;
    if (image) uploads.push(upload);
    if (i % 5 === 0)
      body += `\n\n[caption id="attachment_${n + i}" width="800"]<img src="${site}/wp-content/uploads/${upload}" alt="A filler photograph, number ${i}" /> ${sentence()}[/caption]`;
    if (i % 20 === 0) body += '\n\n[gallery ids="1,2,3"]';
    const status = i % 97 === 0 ? 'draft' : i > n - 3 ? 'future' : 'publish';
    const tags = [pick(TAGS), pick(TAGS), i % 50 === 0 ? 'SAHEL' : pick(TAGS)];
    await write(`<item>
<title>${cdata(`Bench story ${i}: ${sentence().slice(0, 60)}`)}</title>
<link>${site}/${local.slice(0, 4)}/${local.slice(5, 7)}/${slug}/</link>
<dc:creator>${cdata(pick(AUTHORS))}</dc:creator>
<content:encoded>${cdata(body)}</content:encoded>
<excerpt:encoded>${cdata(i % 3 === 0 ? sentence() : '')}</excerpt:encoded>
<wp:post_id>${i}</wp:post_id>
<wp:post_date>${cdata(local)}</wp:post_date>
<wp:post_date_gmt>${cdata(status === 'draft' ? '0000-00-00 00:00:00' : gmt)}</wp:post_date_gmt>
<wp:post_name>${cdata(slug)}</wp:post_name>
<wp:status>${cdata(status)}</wp:status>
<wp:post_type>${cdata('post')}</wp:post_type>
<wp:post_password>${cdata('')}</wp:post_password>
<category domain="category" nicename="x">${cdata(pick(SECTIONS))}</category>
${tags.map((t) => `<category domain="post_tag" nicename="t">${cdata(t)}</category>`).join('\n')}
${image ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${n + i}</wp:meta_value></wp:postmeta>` : ''}
</item>
${image ? `<item><title>photo-${i}</title><wp:post_id>${n + i}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:post_parent>${i}</wp:post_parent><excerpt:encoded>${cdata(sentence())}</excerpt:encoded><wp:attachment_url>${site}/wp-content/uploads/${upload}</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>${cdata(`A filler photograph, number ${i}`)}</wp:meta_value></wp:postmeta></item>\n` : ''}`);
  }
  await write('</channel>\n</rss>\n');
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { bytes: fs.statSync(file).size, uploads };
}
