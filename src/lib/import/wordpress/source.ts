/**
 * WordPress as a source of an import (../source.ts): a WXR export read twice with the streaming reader, its records
 * as the rest of the import takes them (a Co-Authors Plus guest author is an author; terms are read from the items
 * that carry them), and WordPress's answers to the import's questions about each post and photo.
 */
import { htmlToText } from '../html-text.ts';
import type { SourceRecord } from '../source-records.ts';
import type { ImportSource } from '../source.ts';
import { prepareHtml } from './post-html.ts';
import { importDate } from './post-dates.ts';
import { embeddedCredit } from './credit.ts';
import { describePost, guestAuthor, KEPT_META, postFacts, postFate } from './posts.ts';
import type { AttachmentRecord, PostRecord } from './wxr-records.ts';
import { mediaPath } from './uploads.ts';
import { readWxr } from './wxr-reader.ts';

/** A WordPress export (Tools > Export), read from `file`. */
export function wordpressSource(file: string): ImportSource<PostRecord, AttachmentRecord> {
  return {
    name: 'WordPress',
    label: `WordPress export ${file}`,
    async *records({ bodies, onProgress }): AsyncGenerator<SourceRecord<PostRecord, AttachmentRecord>> {
      for await (const record of readWxr(file, { bodies, onProgress })) {
        if (record.kind === 'term') continue;
        if (record.kind === 'post' && record.postType === 'guest-author') {
          const guest = guestAuthor(record);
          if (guest) yield guest;
        } else if (record.kind === 'post' && !bodies) {
          // The first pass keeps a few facts of each post; bodies, excerpts and most meta wait for the second.
          const meta = Object.fromEntries(KEPT_META.filter((k) => k in record.meta).map((k) => [k, record.meta[k]]));
          yield { ...record, content: '', excerpt: '', meta };
        } else yield record;
      }
    },
    describe: describePost,
    fate: postFate,
    published: (post, timeZone) =>
      importDate(post.date, post.dateGmt, timeZone) ?? { undated: `it has no date (post_date "${post.date}")` },
    facts: postFacts,
    bodyHtml: (post) => prepareHtml(post.content),
    image: (attachment) => ({
      alt: htmlToText(attachment.meta._wp_attachment_image_alt ?? ''),
      caption: htmlToText(attachment.caption),
      credit: embeddedCredit(attachment.meta._wp_attachment_metadata),
    }),
    mediaPath,
  };
}
