/**
 * The desk's Sveltia CMS configuration, generated from the content schema's fields (schema-shape.ts): the site-wide
 * settings and the two collections, stories and authors, whose fields are every field the schema has (cms-fields.ts),
 * and, under a divider, a collection of updates for each live story (live-collections.ts).
 * Pure; at build time generate.ts runs it, checks the result against the JSON Schema that @sveltia/cms ships
 * (validate.ts), and the page hands it to the browser as JSON (src/pages/admin/index.astro).
 */
import type { CmsConfig } from '@sveltia/cms';
import { SLUG_PATTERN } from '../article/permalink.ts';
import type { DeskBackend } from './backend.ts';
import { bodyField, type FieldOptions, fieldsOf, SLUG_MESSAGE } from './cms-fields.ts';
import { liveCollections, type LiveDeskStory } from './live-collections.ts';
import { deskPattern, type FieldShape } from './schema-shape.ts';

export type DeskOptions = FieldOptions & {
  /** Where the content lives, relative to the repository root: "content". */
  contentDir: string;
  /** null when no repository is configured: the page then explains how to set one (backend.ts). */
  backend: DeskBackend | null;
  /** The public site, with its base path: "https://news.example.org/news/". */
  siteUrl: string;
  /** The logo shown on the sign-in page, an absolute path under the base. */
  logo: string;
  /** Live stories that get a collection of their updates in the sidebar (in-use.ts, liveDeskStories), newest first. */
  liveStories?: LiveDeskStory[];
};

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
    // File names in ASCII, as Gazette writes Latin slugs: "Misséni" -> "misseni". A story's permalink slug is folded
    // from this (or, for a headline in another script, from the headline) by the save rules (save-rules.ts).
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
          pattern: [deskPattern(SLUG_PATTERN), SLUG_MESSAGE],
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
        slug: { template: '{{name}}', editable: ['create'], pattern: [deskPattern(SLUG_PATTERN), SLUG_MESSAGE] },
        summary: '{{name}}',
        sortable_fields: ['name'],
        // An author still named in a byline must not disappear; the content check would refuse the build.
        delete: false,
        fields: fieldsOf(authors, 'authors', options),
      },
      ...liveCollections(options.liveStories ?? [], fieldsOf(updates, 'updates', options), options.contentDir),
    ],
  };
}

const ARTICLE_SLUG_HINT =
  'Made from the headline. It becomes the permalink and cannot be changed after the first save.';
