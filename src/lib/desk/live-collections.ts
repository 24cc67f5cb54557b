/**
 * Live coverage in the desk: each live story's updates folder (`<story>.updates/`, src/lib/content/schema/update.ts)
 * as a collection of its own, under a divider after the stories and authors. Sveltia's `folder` is a literal path, and
 * a collection of every story's updates could neither be filtered by folder nor file a new update under its story
 * (docs/desk.md, "Live coverage"), so each live story gets one, generated with the site. Pure; cms-config.ts adds them.
 */
import type { Field } from '@sveltia/cms';
import { UPDATE_BODY_FIELD } from './desk-fields.ts';

/** A live story as the desk lists its updates: its entry id ("2026/quake"), headline and time zone. */
export type LiveDeskStory = { id: string; headline: string; timeZone: string };

/** The collection of a live story's updates: its name, from the story's entry id ("live-2026-quake"). */
export const liveCollectionName = (storyId: string) => `live-${storyId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * One collection per live story, `fields` the update schema's as desk fields, after a divider; none, and no divider,
 * when nothing is live. A new update is named by the UTC moment it is made ("20261031-142530.md"), its id in the
 * page's anchors; it is never deleted from the desk (its address may have been shared), nor copied.
 */
export function liveCollections(stories: readonly LiveDeskStory[], fields: Field[], contentDir: string) {
  if (stories.length === 0) return [];
  return [
    { divider: true as const },
    ...stories.map((story) => ({
      name: liveCollectionName(story.id),
      label: `Live: ${story.headline}`,
      label_singular: 'Update',
      description: `Updates to the live story "${story.headline}". Saving one commits it; it is on the page, and on readers' open pages, once the site is built.`,
      icon: 'bolt',
      folder: `${contentDir}/articles/${story.id}.updates`,
      extension: 'md',
      format: 'yaml-frontmatter' as const,
      identifier_field: 'headline',
      slug: { template: '{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}', editable: false },
      summary: '{{published}} {{headline}}',
      sortable_fields: { fields: ['published'], default: { field: 'published', direction: 'descending' as const } },
      view_filters: [
        { name: 'key', label: 'Key events', field: 'key', pattern: true },
        { name: 'pinned', label: 'Pinned', field: 'pinned', pattern: true },
      ],
      delete: false,
      duplicate: false,
      fields: [...fields, { ...UPDATE_BODY_FIELD, widget: 'markdown', required: true, sanitize_preview: true }],
    })),
  ];
}
