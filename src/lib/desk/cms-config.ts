/**
 * The desk's Sveltia CMS configuration, generated from the content schema's fields (schema-shape.ts): every field
 * the schema has, with the type and rules it has there, and the label, hint and editor from desk-fields.ts. Pure; at
 * build time scripts/desk-config.ts runs it in Node, checks the result against the JSON Schema that @sveltia/cms
 * ships (validate.ts), and the page hands it to the browser as JSON (src/pages/admin/index.astro).
 */
import type { CmsConfig, Field } from '@sveltia/cms';
import { SLUG_PATTERN } from '../article/permalink.ts';
import { BODY_FIELD, type DeskField, DESK_FIELDS, UPDATE_BODY_FIELD } from './desk-fields.ts';
import type { FieldShape } from './schema-shape.ts';
import type { DeskBackend } from './backend.ts';

/** The date format the content check requires: "2015-06-11T20:31:00+02:00" (Day.js tokens). */
export const OFFSET_DATE_TIME_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';

/** The custom field type for text with suggestions (src/client/desk-suggest.ts registers it). */
export const SUGGEST_WIDGET = 'gazette-suggest';

export type DeskOptions = {
  /** Where the content lives, relative to the repository root: "content". */
  contentDir: string;
  /** null when no repository is configured: the page then explains how to set one (backend.ts). */
  backend: DeskBackend | null;
  /** The public site, with its base path: "https://news.example.org/news/". */
  siteUrl: string;
  /** The logo shown on the sign-in page, an absolute path under the base. */
  logo: string;
  /** Values already in use, offered as suggestions. */
  suggestions: { section: string[]; dateline: string[]; tags: string[] };
  timeZones: string[];
  defaultTimeZone: string;
  /** Live stories that get a collection of their updates in the sidebar (live.ts), newest first. */
  liveStories?: LiveDeskStory[];
};

/** A live story as the desk lists its updates: its entry id ("2026/quake"), headline and time zone. */
export type LiveDeskStory = { id: string; headline: string; timeZone: string };

/** Each collection's fields as the schema gives them (schema-shape.ts, collectionFields). */
export type CollectionShapes = {
  articles: Record<string, FieldShape>;
  authors: Record<string, FieldShape>;
  updates: Record<string, FieldShape>;
};

/** Sveltia's configuration, with no backend while no repository is named (backend.ts). */
export type DeskConfig = Omit<CmsConfig, 'backend'> & { backend: DeskBackend | null };

/** A complete configuration for CMS.init, backend included when one is configured. */
export function deskConfig({ articles, authors, updates }: CollectionShapes, options: DeskOptions): DeskConfig {
  const live = options.liveStories ?? [];
  return {
    load_config_file: false,
    backend: options.backend,
    app_title: 'Gazette desk',
    site_url: options.siteUrl,
    logo: { src: options.logo, show_in_header: true },
    // Sveltia needs a site-wide media folder; story images are stored beside their story (the articles collection's
    // own folders below). An image picked from here ("Global Assets") gets a path that is not relative to the story,
    // which the content check refuses ("image.src … does not exist").
    media_folder: `${options.contentDir}/articles`,
    public_folder: '/',
    media_libraries: {
      // File names a URL can carry as they are ("Port of Dakar (1).JPG" -> "port-of-dakar-1.jpg").
      default: { config: { slugify_filename: true } },
      // No stock-photo services: the desk talks to this site and the git host only.
      stock_assets: { providers: [] },
    },
    // Slugs as Gazette writes them: "Misséni" -> "misseni" (SLUG_PATTERN).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    output: {
      // An empty optional field is left out, as an editor writing the file would leave it out.
      omit_empty_optional_fields: true,
      // Every string double-quoted: a date stays the string the content check requires, never a YAML timestamp.
      yaml: { quote: 'double' },
    },
    collections: [
      {
        name: 'articles',
        label: 'Stories',
        label_singular: 'Story',
        description: 'Every story, as Markdown in the repository. Saving commits it; the site is rebuilt from it.',
        icon: 'newspaper',
        folder: `${options.contentDir}/articles`,
        // Filed by the year the story was created in, as the seed is (content/articles/2015/…).
        path: '{{year}}/{{slug}}',
        extension: 'md',
        format: 'yaml-frontmatter',
        identifier_field: 'headline',
        // Made from the headline, editable before the first save only: the permalink never changes after that.
        slug: {
          template: '{{headline}}',
          editable: ['create'],
          hint: ARTICLE_SLUG_HINT,
          pattern: [SLUG_PATTERN.source, SLUG_MESSAGE],
        },
        summary: '{{headline}}',
        sortable_fields: {
          fields: ['published', 'headline', 'section'],
          default: { field: 'published', direction: 'descending' },
        },
        view_filters: [
          { name: 'drafts', label: 'Drafts', field: 'draft', pattern: true },
          { name: 'published', label: 'Published', field: 'draft', pattern: false },
        ],
        view_groups: [{ name: 'section', label: 'Section', field: 'section' }],
        // A story's images go in a folder named after it, beside it (Sveltia's entry-relative folder for a path that
        // ends in {{slug}}: 2026/port-strike.md, 2026/port-strike/photo.jpg), and `image.src` names them relative to
        // the story's file, as astro:assets and the content check read it: "./port-strike/photo.jpg".
        media_folder: '',
        public_folder: './{{slug}}',
        // A published story is never deleted (its permalink must keep working), and a copy would share its slug. Sveltia
        // also deletes, with an entry, every asset in its file's folder, and stories share a folder per year.
        delete: false,
        duplicate: false,
        fields: [...fieldsOf(articles, 'articles', options), bodyField()],
      },
      {
        name: 'authors',
        label: 'Authors',
        label_singular: 'Author',
        icon: 'person',
        folder: `${options.contentDir}/authors`,
        extension: 'yaml',
        format: 'yaml',
        identifier_field: 'name',
        // The file name is the id stories name in their byline, so it is fixed once saved.
        slug: { template: '{{name}}', editable: ['create'], pattern: [SLUG_PATTERN.source, SLUG_MESSAGE] },
        summary: '{{name}}',
        sortable_fields: ['name'],
        // An author still named in a byline must not disappear; the content check would refuse the build.
        delete: false,
        fields: fieldsOf(authors, 'authors', options),
      },
      // Live coverage: each live story's updates folder as a collection of its own, under a divider.
      ...(live.length > 0 ? [{ divider: true as const }] : []),
      ...live.map((story) => liveCollection(story, fieldsOf(updates, 'updates', options), options)),
    ],
  };
}

/** The collection of a live story's updates: its name, from the story's entry id ("live-2026-quake"). */
export const liveCollectionName = (storyId: string) => `live-${storyId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * One live story's updates, the files of its updates folder (`<story>.updates/`, src/lib/content/schema/update.ts),
 * as a collection of their own. Sveltia's `folder` is a literal path, and a collection of every story's updates could
 * neither be filtered by folder nor file a new update under its story (docs/desk.md, "Live coverage"), so each live
 * story gets one, generated with the site. A new update is named by the UTC moment it is created
 * ("20261031-142530.md"), its id in the page's anchors; it is never deleted from the desk.
 */
function liveCollection(story: LiveDeskStory, fields: Field[], options: DeskOptions) {
  return {
    name: liveCollectionName(story.id),
    label: `Live: ${story.headline}`,
    label_singular: 'Update',
    description: `Updates to the live story "${story.headline}". Saving one commits it; it is on the page, and on readers' open pages, once the site is built.`,
    icon: 'bolt',
    folder: `${options.contentDir}/articles/${story.id}.updates`,
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
    // An update is never deleted (its address may have been shared), and a copy would repeat it.
    delete: false,
    duplicate: false,
    fields: [...fields, { ...UPDATE_BODY_FIELD, widget: 'markdown', required: true, sanitize_preview: true }],
  };
}

const SLUG_MESSAGE = 'Lower-case letters and digits joined by single hyphens, like "armed-gunmen-attack".';
const ARTICLE_SLUG_HINT =
  'Made from the headline. It becomes the permalink and cannot be changed after the first save.';

function bodyField(): Field {
  return { ...BODY_FIELD, widget: 'markdown', required: true, sanitize_preview: true };
}

/** The desk fields of one collection, in schema order. A field with no entry in desk-fields.ts stops the build. */
function fieldsOf(shapes: Record<string, FieldShape>, collection: string, options: DeskOptions, prefix = ''): Field[] {
  const desk = DESK_FIELDS[collection];
  return Object.entries(shapes).map(([name, shape]) => {
    const path = `${prefix}${name}`;
    const entry = desk[path];
    if (!entry)
      throw new Error(
        `The ${collection} field "${path}" has no entry in src/lib/desk/desk-fields.ts: give it a label there.`,
      );
    return fieldOf(name, path, shape, entry, collection, options);
  });
}

function fieldOf(
  name: string,
  path: string,
  shape: FieldShape,
  desk: DeskField,
  collection: string,
  options: DeskOptions,
): Field {
  const base = {
    name,
    label: desk.label,
    ...(desk.hint ? { hint: desk.hint } : {}),
    required: desk.requiredInDesk ?? shape.required,
  };
  switch (desk.editor) {
    case 'datetime':
      // The picker works in the browser's zone; the save rules re-express the instant in the story's own zone.
      return {
        ...base,
        widget: 'datetime',
        format: OFFSET_DATE_TIME_FORMAT,
        ...(desk.now ? { default: '{{now}}' } : {}),
      };
    case 'authors':
      return {
        ...base,
        widget: 'relation',
        collection: 'authors',
        value_field: '{{slug}}',
        search_fields: ['name'],
        display_fields: ['name'],
        multiple: true,
        min: shape.minItems ?? 1,
      };
    case 'image':
      return {
        ...base,
        widget: 'image',
        choose_url: false,
        accept: 'image/jpeg,image/png,image/webp,image/avif,image/gif,image/svg+xml',
      };
    case 'timeZone':
      return {
        ...base,
        widget: 'select',
        options: options.timeZones,
        default: options.defaultTimeZone,
        dropdown_threshold: 1,
      };
    case 'slug':
      // Filled from the entry's slug by the save rules on the first save, and read-only in the form.
      return {
        ...base,
        widget: 'string',
        required: false,
        readonly: true,
        pattern: [SLUG_PATTERN.source, SLUG_MESSAGE],
      };
    case 'suggest': {
      const suggestions = options.suggestions[name as keyof DeskOptions['suggestions']] ?? [];
      const suggest = { ...textRules(shape.kind === 'array' ? shape.of! : shape), widget: SUGGEST_WIDGET, suggestions };
      if (shape.kind === 'array') {
        return {
          ...base,
          widget: 'list',
          required: false,
          field: { name: 'value', label: desk.label, required: true, ...suggest },
        };
      }
      return { ...base, ...suggest };
    }
    case 'text':
      return { ...base, widget: 'text', ...textRules(shape) };
    default:
      return fieldOfShape(base, path, shape, collection, options, desk);
  }
}

/** The rules a text input can enforce: not blank after trimming, a pattern, a URL. */
function textRules(shape: FieldShape): { pattern?: [string, string] } {
  if (shape.pattern) return { pattern: [shape.pattern, 'This does not have the form the field needs; see the hint.'] };
  if (shape.url) return { pattern: ['^https?://\\S+$', 'An absolute http(s) URL, like "https://example.org/page".'] };
  if (shape.minLength) return { pattern: ['\\S', 'This must not be blank.'] };
  return {};
}

type Base = { name: string; label: string; hint?: string; required: boolean };

function fieldOfShape(
  base: Base,
  path: string,
  shape: FieldShape,
  collection: string,
  options: DeskOptions,
  desk?: DeskField,
): Field {
  switch (shape.kind) {
    case 'string':
      return { ...base, widget: 'string', ...(shape.url ? { type: 'url' as const } : {}), ...textRules(shape) };
    case 'boolean':
      return {
        ...base,
        widget: 'boolean',
        required: false,
        ...(typeof shape.defaultValue === 'boolean' ? { default: shape.defaultValue } : {}),
      };
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: 'float',
        ...(shape.min !== undefined ? { min: shape.min } : {}),
        ...(shape.max !== undefined ? { max: shape.max } : {}),
      };
    case 'enum':
      return { ...base, widget: 'select', options: shape.values! };
    case 'object':
      return { ...base, widget: 'object', fields: fieldsOf(shape.fields!, collection, options, `${path}.`) };
    case 'array':
      return listOf(base, path, shape, collection, options, desk?.appendOnly ?? false);
    default:
      throw new Error(
        `The ${collection} field "${path}" (${shape.kind}) needs an editor in src/lib/desk/desk-fields.ts.`,
      );
  }
}

/** A list of objects, or of plain values. An append-only list (corrections) can only grow, at its end. */
function listOf(
  base: Base,
  path: string,
  shape: FieldShape,
  collection: string,
  options: DeskOptions,
  appendOnly: boolean,
): Field {
  const item = shape.of!;
  const rules = {
    ...(shape.minItems ? { min: shape.minItems } : {}),
    ...(appendOnly ? { allow_remove: false, allow_reorder: false, allow_duplicate: false, add_to_top: false } : {}),
  };
  // An empty list may be left out when the schema defaults it.
  const required = base.required && !!shape.minItems;
  if (item.kind === 'object') {
    const fields = fieldsOf(item.fields!, collection, options, `${path}.`);
    return {
      ...base,
      required,
      widget: 'list',
      collapsed: 'auto',
      summary: `{{fields.${fields[0].name}}}`,
      fields,
      ...rules,
    };
  }
  return {
    ...base,
    required,
    widget: 'list',
    field: fieldOfShape({ name: 'value', label: base.label, required: true }, path, item, collection, options),
    ...rules,
  };
}
