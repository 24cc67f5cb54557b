/**
 * The second pass, one post at a time: its body converted, its images found and given file names beside the story,
 * and the Markdown file an editor would have written. Nothing is written here; the caller stages the files.
 */
import path from 'node:path';
import { articleFile, type ArticleFields } from './article-file.ts';
import { convertBody, imageSources, parseBody, prepareHtml } from './body.ts';
import { hasMarkup, htmlToText } from './html-text.ts';
import { type MediaLookup, safeFileName } from './media.ts';
import { embeddedCredit } from './php-serialized.ts';
import type { PlannedStory } from './plan.ts';
import type { AttachmentRecord, PostRecord } from './records.ts';

export type StoryOptions = {
  timeZone: string;
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

/** Up to two sentences and 60 words of a paragraph, for a standfirst: a post without an excerpt starts with its lede. */
export function standfirstFrom(text: string): string {
  const sentences = text.match(/[^.!?]+[.!?]+["'”’)]*\s*|[^.!?]+$/g) ?? [text];
  let out = sentences.slice(0, 2).join('').trim();
  const words = out.split(/\s+/);
  if (words.length > 60)
    out = `${words
      .slice(0, 60)
      .join(' ')
      .replace(/[,;:]$/, '')}…`;
  return out;
}

/**
 * The comment an unfinished story's file opens with, right after `---`: why it is a draft and what finishing it
 * takes, so the editor who opens it in the desk reads it first.
 */
export function draftComment(story: Pick<PlannedStory, 'was'>, unfinished: readonly string[]): string {
  const why = unfinished.join('; ');
  return story.was === 'published' || story.was === 'scheduled'
    ? `Imported as a draft: ${why}. Finish it and remove draft to publish.`
    : `A draft in WordPress, still to finish: ${why}. Finish it and remove draft to publish.`;
}

/** The story's files: a post with nothing to make a standfirst from comes in as a draft, never left behind. */
export async function writeStory(
  post: PostRecord,
  story: PlannedStory,
  attachments: ReadonlyMap<string, AttachmentRecord>,
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

  const prepared = prepareHtml(post.content);
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
    const alt = htmlToText(attachment.meta._wp_attachment_image_alt ?? '');
    const credit = embeddedCredit(attachment.meta._wp_attachment_metadata) || options.imageCredit?.trim() || '';
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
      const caption = htmlToText(attachment.caption);
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
    ...(story.dateline ? { dateline: story.dateline } : {}),
    section: story.section,
    tags: story.tags,
    ...(image ? { image } : {}),
    ...(options.republished ? { source: { publisher: options.republished.publisher, url: story.link } } : {}),
    aliases: story.aliases,
    ...(state === 'draft' ? { draft: true } : {}),
  };
  const comments = [
    ...(unfinished.length > 0 ? [draftComment(story, unfinished)] : []),
    `Imported from WordPress, post ${post.id}: ${story.link}`,
  ];
  files.unshift({ file: story.file, text: articleFile(fields, comments, body.markdown) });
  return { files, state, unfinished, lost, changed };
}
