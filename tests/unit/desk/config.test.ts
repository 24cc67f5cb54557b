/**
 * The desk's configuration generator (src/lib/desk/): the schema's fields and the desk's mapping cover each other,
 * every kind of field the schema has becomes the right Sveltia field with the rules a form can hold, and the result
 * is what Sveltia's own JSON Schema accepts.
 */
import type { Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { SLUG_PATTERN } from '../../../src/lib/article/permalink.ts';
import { deskConfig, type DeskOptions } from '../../../src/lib/desk/cms-config.ts';
import { OFFSET_DATE_TIME_FORMAT, SUGGEST_WIDGET } from '../../../src/lib/desk/cms-fields.ts';
import { DESK_FIELDS } from '../../../src/lib/desk/desk-fields.ts';
import { collectionFields, type FieldShape, shapeOf } from '../../../src/lib/desk/schema-shape.ts';
import { configProblems } from '../../../src/lib/desk/validate.ts';
import { schemaShapes } from '../../../src/lib/desk/generate.ts';

const shapes = schemaShapes();

const OPTIONS: DeskOptions = {
  contentDir: 'content',
  backend: { name: 'github', repo: 'newsroom/gazette', auth_methods: ['token'] },
  siteUrl: 'https://news.example.org/news/',
  logo: '/news/favicon.svg',
  suggestions: { section: ['World'], dateline: ['Paris, FR'], tags: ['Mali', 'Sahel'] },
  timeZones: ['Europe/Paris', 'UTC'],
  defaultTimeZone: 'Europe/Paris',
  liveStories: [{ id: '2026/storm', headline: 'Storm: live', timeZone: 'Europe/Paris' }],
};
const config = deskConfig(shapes, OPTIONS);
const collection = (name: string) =>
  config.collections!.find((c) => 'name' in c && c.name === name) as { fields: Field[]; [k: string]: any };

/** Every field path of a collection's schema ("image.alt"), nested objects and lists of objects included. */
function schemaPaths(fields: Record<string, FieldShape>, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([name, shape]) => {
    const nested =
      shape.kind === 'object'
        ? shape.fields
        : shape.kind === 'array' && shape.of?.kind === 'object'
          ? shape.of.fields
          : undefined;
    return [`${prefix}${name}`, ...(nested ? schemaPaths(nested, `${prefix}${name}.`) : [])];
  });
}

/** A generated field by its path: "image.src", "corrections.date". */
function field(collectionName: string, path: string): any {
  let fields: Field[] = collection(collectionName).fields;
  let found: any;
  for (const name of path.split('.')) {
    found = fields.find((f) => f.name === name);
    if (!found) throw new Error(`no desk field ${path}`);
    fields = found.fields ?? [];
  }
  return found;
}

describe('the schema and the desk cover each other', () => {
  test.each(['articles', 'authors', 'updates'] as const)(
    '%s: every schema field has a desk entry, and every desk entry a schema field',
    (name) => {
      expect(Object.keys(DESK_FIELDS[name]).sort()).toEqual(schemaPaths(shapes[name]).sort());
    },
  );

  test.each([
    ['articles', 'articles'],
    ['authors', 'authors'],
    ['updates', 'live-2026-storm'],
  ] as const)(
    '%s: the generated form has every schema field, in schema order, and only them',
    (name, collectionName) => {
      const generated = collection(collectionName)
        .fields.map((f) => f.name)
        .filter((f) => f !== 'body');
      expect(generated).toEqual(Object.keys(shapes[name]));
    },
  );

  test('a schema field without a desk entry stops the generator, naming it', () => {
    const withExtra = {
      ...shapes,
      articles: { ...shapes.articles, embargo: { kind: 'string', required: false } as FieldShape },
    };
    expect(() => deskConfig(withExtra, OPTIONS)).toThrow(
      'The articles field "embargo" has no entry in src/lib/desk/desk-fields.ts',
    );
  });

  test('the story body is the one desk field that is not frontmatter', () => {
    expect(collection('articles').fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', required: true });
  });
});

test('the generated configuration is valid against the JSON Schema @sveltia/cms ships', () => {
  expect(configProblems(config)).toEqual([]);
  // GitLab with PKCE, and the unconfigured desk checked with the offline backend, are valid too.
  const gitlab = {
    name: 'gitlab' as const,
    repo: 'newsroom/desk/gazette',
    auth_type: 'pkce' as const,
    app_id: 'abc',
    auth_methods: ['oauth' as const, 'token' as const],
  };
  expect(configProblems(deskConfig(shapes, { ...OPTIONS, backend: gitlab }))).toEqual([]);
  expect(
    configProblems({ ...deskConfig(shapes, { ...OPTIONS, backend: null }), backend: { name: 'test-repo' } }),
  ).toEqual([]);
});

test("the validator reports what Sveltia's schema refuses", () => {
  const broken = {
    ...config,
    collections: [{ ...collection('authors'), fields: [{ name: 'name', widget: 'string', minlength: 'two' }] }],
  };
  expect(configProblems(broken).length).toBeGreaterThan(0);
  expect(configProblems({ ...config, backend: { name: 'github' } }).join('\n')).toContain('repo');
});

describe('every kind of field in the schema', () => {
  test.each([
    // path, what the schema has, the Sveltia field it becomes
    [
      'headline',
      'required trimmed text',
      { widget: 'string', required: true, pattern: ['\\S', 'This must not be blank.'] },
    ],
    [
      'standfirst',
      'text on several lines, which a draft file may lack but the desk asks for',
      { widget: 'text', required: true },
    ],
    [
      'slug',
      'text with a pattern, filled on the first save',
      { widget: 'string', readonly: true, required: false, pattern: [`/${SLUG_PATTERN.source}/u`, expect.any(String)] },
    ],
    [
      'author',
      'one reference or a list of them, which a draft file may lack but the desk asks for',
      { widget: 'relation', collection: 'authors', value_field: '{{slug}}', multiple: true, min: 1, required: true },
    ],
    [
      'published',
      'a date-time string with its offset',
      { widget: 'datetime', format: OFFSET_DATE_TIME_FORMAT, required: true },
    ],
    ['updated', 'an optional date-time', { widget: 'datetime', required: false }],
    [
      'timeZone',
      'a refined string: an IANA zone',
      { widget: 'select', options: ['Europe/Paris', 'UTC'], default: 'Europe/Paris' },
    ],
    [
      'dateline',
      'optional text with suggestions',
      { widget: SUGGEST_WIDGET, suggestions: ['Paris, FR'], required: false },
    ],
    ['section', 'text with suggestions', { widget: SUGGEST_WIDGET, suggestions: ['World'] }],
    ['image', 'an optional object', { widget: 'object', required: false }],
    ['image.src', 'an image path, relative to the story', { widget: 'image', required: true, choose_url: false }],
    ['image.caption', 'optional text', { widget: 'text', required: false }],
    ['places', 'an optional list of objects with a minimum', { widget: 'list', required: false, min: 1 }],
    ['places.lat', 'a number in a range', { widget: 'number', value_type: 'float', min: -90, max: 90 }],
    ['places.role', 'an enum', { widget: 'select', options: ['event', 'capital', 'city'] }],
    [
      'related.url',
      'an http(s) URL',
      { widget: 'string', type: 'url', pattern: ['^https?://\\S+$', expect.any(String)] },
    ],
    ['ageBanner', 'a boolean that defaults to true', { widget: 'boolean', default: true, required: false }],
    ['draft', 'a boolean that defaults to false', { widget: 'boolean', default: false, required: false }],
  ])('%s (%s)', (path, _, expected) => {
    expect(field('articles', path)).toMatchObject(expected);
  });

  test('tags: a list of text with suggestions, empty allowed (the schema defaults it)', () => {
    expect(field('articles', 'tags')).toMatchObject({
      widget: 'list',
      required: false,
      field: { widget: SUGGEST_WIDGET, suggestions: ['Mali', 'Sahel'] },
    });
  });

  test('corrections: a list of date and text that can only grow at its end', () => {
    expect(field('articles', 'corrections')).toMatchObject({
      widget: 'list',
      required: false,
      allow_remove: false,
      allow_reorder: false,
      allow_duplicate: false,
      add_to_top: false,
    });
    expect(field('articles', 'corrections.date')).toMatchObject({
      widget: 'datetime',
      format: OFFSET_DATE_TIME_FORMAT,
    });
    // No other list is append-only.
    expect(field('articles', 'related').allow_remove).toBeUndefined();
  });

  test('authors: a name, and a handle with its pattern', () => {
    expect(field('authors', 'name')).toMatchObject({ widget: 'string', required: true });
    expect(field('authors', 'twitter')).toMatchObject({
      widget: 'string',
      required: false,
      pattern: ['^[A-Za-z0-9_]{1,15}$', expect.any(String)],
    });
  });
});

describe('the collections', () => {
  test('stories: filed by year, slug from the headline and editable only before the first save, images beside the story', () => {
    expect(collection('articles')).toMatchObject({
      folder: 'content/articles',
      path: '{{year}}/{{slug}}',
      format: 'yaml-frontmatter',
      slug: {
        template: '{{headline}}',
        editable: ['create'],
        pattern: [`/${SLUG_PATTERN.source}/u`, expect.any(String)],
      },
      media_folder: '',
      public_folder: './{{slug}}',
      delete: false,
      duplicate: false,
    });
  });

  test('authors: one YAML file each, named by a slug that is fixed once saved, never deleted from the desk', () => {
    expect(collection('authors')).toMatchObject({
      folder: 'content/authors',
      extension: 'yaml',
      format: 'yaml',
      slug: { editable: ['create'] },
      delete: false,
    });
  });

  test('strings are written double-quoted, so a date stays the quoted string the content check requires', () => {
    expect(config.output).toEqual({ omit_empty_optional_fields: true, yaml: { quote: 'double' } });
  });

  test("a live story's updates: its updates folder, a new update named by the moment it is made, newest first, never deleted", () => {
    const names = config.collections!.map((c) => ('divider' in c ? '---' : c.name));
    expect(names).toEqual(['articles', 'authors', '---', 'live-2026-storm']);
    expect(collection('live-2026-storm')).toMatchObject({
      label: 'Live: Storm: live',
      label_singular: 'Update',
      folder: 'content/articles/2026/storm.updates',
      extension: 'md',
      format: 'yaml-frontmatter',
      slug: { template: '{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}', editable: false },
      sortable_fields: { fields: ['published'], default: { field: 'published', direction: 'descending' } },
      delete: false,
      duplicate: false,
    });
    expect(field('live-2026-storm', 'published')).toMatchObject({
      widget: 'datetime',
      format: OFFSET_DATE_TIME_FORMAT,
      default: '{{now}}',
      required: true,
    });
    expect(field('live-2026-storm', 'author')).toMatchObject({ widget: 'relation', collection: 'authors', min: 1 });
    expect(field('live-2026-storm', 'key')).toMatchObject({ widget: 'boolean', default: false });
    expect(field('live-2026-storm', 'corrections')).toMatchObject({ allow_remove: false, allow_reorder: false });
    expect(collection('live-2026-storm').fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    // With no live story there is no divider and no collection of updates.
    const quiet = deskConfig(shapes, { ...OPTIONS, liveStories: [] });
    expect(quiet.collections!.map((c) => ('divider' in c ? '---' : c.name))).toEqual(['articles', 'authors']);
  });

  test('no stock-photo service, and the site and base path the desk links to', () => {
    expect(config.media_libraries).toMatchObject({ stock_assets: { providers: [] } });
    expect(config).toMatchObject({ site_url: 'https://news.example.org/news/', logo: { src: '/news/favicon.svg' } });
  });
});

describe("shapeOf reads each Zod 4 type the desk edits, from Zod's own JSON Schema", () => {
  test.each([
    ['a trimmed, non-empty string', z.string().trim().min(1), { kind: 'string', required: true, minLength: 1 }],
    ['a string with a pattern', z.string().regex(/^a+$/), { kind: 'string', pattern: '^a+$' }],
    ['a URL', z.url({ protocol: /^https?$/ }), { kind: 'string', url: true }],
    // What a schema does in code has no JSON Schema: the form edits the value it reads, the content check the rest.
    ['a refined string, as the string it refines', z.string().refine(() => true), { kind: 'string', required: true }],
    [
      'a string transformed after parsing, as the string it reads',
      z.string().transform((s) => s.length),
      { kind: 'string', required: true },
    ],
    ['a bounded number', z.number().min(-1).max(1), { kind: 'number', min: -1, max: 1 }],
    ['an enum', z.enum(['a', 'b']), { kind: 'enum', values: ['a', 'b'] }],
    ['a boolean with a default', z.boolean().default(true), { kind: 'boolean', required: false, defaultValue: true }],
    [
      'an optional object',
      z.strictObject({ a: z.string() }).optional(),
      { kind: 'object', required: false, fields: { a: { kind: 'string', required: true } } },
    ],
    ['a list with a minimum', z.array(z.string()).min(2), { kind: 'array', minItems: 2, of: { kind: 'string' } }],
    [
      'one or a list',
      z.union([z.string(), z.array(z.string()).min(1)]),
      { kind: 'oneOrMany', minItems: 1, of: { kind: 'string' } },
    ],
  ])('%s', (_, schema, expected) => {
    expect(shapeOf(schema)).toMatchObject(expected);
  });

  test('a type the desk cannot edit is named, so the generator is taught rather than guessing', () => {
    expect(() => shapeOf(z.date())).toThrow('The desk does not know how to edit this field');
    expect(() => collectionFields(z.object({ born: z.date() }))).toThrow(
      'The desk does not know how to edit the field "born", whose JSON Schema is {}',
    );
    expect(() => shapeOf(z.union([z.string(), z.number()]))).toThrow('one item or a list of them');
    expect(() => collectionFields(z.string())).toThrow('must be an object');
  });
});
