/**
 * The second pass, one post at a time: its body converted, its images found and given file names beside the story,
 * and the Markdown file an editor would have written. Nothing is written here; the caller stages the files.
 */
import path from 'node:path';
import { articleFile, type ArticleFields } from './article-file.ts';
import { convertBody, imageSources, parseBody } from './body/convert.ts';
import { standfirstFrom } from './body/lede.ts';
import { hasMarkup, htmlToText } from './html-text.ts';
import { type MediaLookup, safeFileName } from './media.ts';
import type { PlannedStory } from './plan/plan.ts';
import type { SourceAttachment, SourcePost } from './source-records.ts';
import type { ImportSource } from './source.ts';

export type StoryOptions = {
  timeZone: string;
  /** The stories' language when it is not the site's (imported-language.ts): the export's <language>. */
  lang?: string;
  /** The credit for photos whose export names none (their embedded IPTC credit); without it they are left out. */
  imageCredit?: string;
  republished?: { publisher: string };
};

/** A file to stage: text, or a copy of a media file. Paths are relative to the content directory. */
export type StagedFile = { file: string; text: string } | { file: string; copyOf: string };

export type WrittenStory = {
  files: StagedFile[];
  /** The story's state as written: a post that cannot be published as it is comes in as a draft. */
  state: PlannedStory['state'];
  /** Why it is a draft (or what a draft still lacks), as the file's comment and the report say it. */
  unfinished: string[];
  /** Things of the post not carried over. */
  lost: string[];
  /** Changes made on the way. */
  changed: string[];
};

/**
 * The comment an unfinished story's file opens with, right after `---`: why it is a draft and what finishing it
 * takes, so the editor who opens it in the desk reads it first.
 */
export function draftComment(
  story: Pick<PlannedStory, 'was'>,
  unfinished: readonly string[],
  sourceName = 'WordPress',
): string {
  const why = unfinished.join('; ');
  return story.was === 'published' || story.was === 'scheduled'
    ? `Imported as a draft: ${why}. Finish it and remove draft to publish.`
    : `A draft in ${sourceName}, still to finish: ${why}. Finish it and remove draft to publish.`;
}

/** The story's files: a post with nothing to make a standfirst from comes in as a draft, never left behind. */
export async function writeStory<P extends SourcePost, A extends SourceAttachment>(
  source: ImportSource<P, A>,
  post: P,
  story: PlannedStory,
  attachments: ReadonlyMap<string, A>,
  media: MediaLookup,
  options: StoryOptions,
): Promise<WrittenStory> {
  const lost: string[] = [];
  const changed = [...story.notes];
  const files: StagedFile[] = [];
  const mediaDir = story.file.replace(/\.md$/, '');
  const taken = new Map<string, string>();
  /** "./slug/photo.jpg" for a local file, the same name for the same file, a new one for a different file. */
  const place = (file: string): string => {
    const existing = [...taken].find(([, source]) => source === file)?.[0];
    if (existing) return `./${path.basename(mediaDir)}/${existing}`;
    let name = safeFileName(path.basename(file));
    for (let n = 2; taken.has(name); n++) name = safeFileName(path.basename(file)).replace(/(\.[^.]*)?$/, `-${n}$1`);
    taken.set(name, file);
    files.push({ file: `${mediaDir}/${name}`, copyOf: file });
    return `./${path.basename(mediaDir)}/${name}`;
  };

  const prepared = source.bodyHtml(post);
  lost.push(...prepared.notes);
  const images = new Map<string, { path: string } | { missing: string }>();
  const tree = parseBody(prepared.html);
  for (const { src } of imageSources(tree)) {
    if (images.has(src)) continue;
    const found = await media.find(src);
    if ('file' in found) images.set(src, { path: place(found.file) });
    else {
      images.set(src, found);
      lost.push(`an image in the body is left out: ${found.missing}`);
    }
  }
  const body = await convertBody(tree, { images });
  lost.push(...body.notes);

  if (hasMarkup(story.titleHtml)) changed.push(`the HTML in its title is dropped: the headline is "${story.headline}"`);
  let standfirst = htmlToText(post.excerpt);
  if (!standfirst) {
    standfirst = standfirstFrom(body.lede);
    if (standfirst) changed.push('it has no excerpt: the standfirst is the opening of its text');
  }
  const unfinished = [...story.unfinished];
  if (!standfirst) unfinished.push('it has neither an excerpt nor any text to make a standfirst from');
  const state = unfinished.length > 0 ? 'draft' : story.state;

  let image: ArticleFields['image'];
  const attachment = story.thumbnailId ? attachments.get(story.thumbnailId) : undefined;
  if (story.thumbnailId && !attachment)
    lost.push(`its featured image (attachment ${story.thumbnailId}) is not in the export: no main image`);
  if (attachment) {
    const found = await media.find(attachment.url);
    const about = source.image(attachment);
    const { alt } = about;
    const credit = about.credit || options.imageCredit?.trim() || '';
    if ('missing' in found) lost.push(`its featured image is left out, and no credit is shown: ${found.missing}`);
    else if (!alt)
      lost.push(
        `its featured image (${path.basename(found.file)}) is left out: the export gives it no alt text, which every Gazette image needs`,
      );
    else if (!credit)
      lost.push(
        `its featured image (${path.basename(found.file)}) is left out: the export names no credit for it; pass --image-credit if the newsroom holds the rights`,
      );
    else {
      const { caption } = about;
      image = { src: place(found.file), alt, credit, ...(caption ? { caption } : {}) };
    }
  }

  const fields: ArticleFields = {
    headline: story.headline,
    ...(standfirst ? { standfirst } : {}),
    slug: story.slug,
    author: story.authors,
    published: story.published,
    timeZone: options.timeZone,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(story.dateline ? { dateline: story.dateline } : {}),
    section: story.section,
    tags: story.tags,
    ...(image ? { image } : {}),
    ...(options.republished ? { source: { publisher: options.republished.publisher, url: story.link } } : {}),
    aliases: story.aliases,
    ...(state === 'draft' ? { draft: true } : {}),
  };
  const comments = [
    ...(unfinished.length > 0 ? [draftComment(story, unfinished, source.name)] : []),
    `Imported from ${source.name}, post ${post.id}: ${story.link}`,
  ];
  files.unshift({ file: story.file, text: articleFile(fields, comments, body.markdown) });
  return { files, state, unfinished, lost, changed };
}
