/**
 * Each field of the content schema as a Sveltia CMS field: the type and rules it has in the schema (schema-shape.ts),
 * with the label, hint and editor from desk-fields.ts. Pure; cms-config.ts puts the fields into the collections.
 */
import type { Field } from '@sveltia/cms';
import { SLUG_PATTERN } from '../article/permalink.ts';
import { BODY_FIELD, type DeskField, DESK_FIELDS } from './desk-fields.ts';
import { deskPattern, type FieldShape } from './schema-shape.ts';

/** The date format the content check requires: "2015-06-11T20:31:00+02:00" (Day.js tokens). */
export const OFFSET_DATE_TIME_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';

/** The custom field type for text with suggestions (src/client/desk-suggest.ts registers it). */
export const SUGGEST_WIDGET = 'gazette-suggest';

/** What the fields offer beyond the schema: values already in use, and the time zones to pick from. */
export type FieldOptions = {
  /** Values already in use, offered as suggestions. */
  suggestions: { section: string[]; dateline: string[]; tags: string[] };
  timeZones: string[];
  defaultTimeZone: string;
};

/** What a slug must look like, as the form says it (SLUG_PATTERN). */
export const SLUG_MESSAGE =
  'Lower-case letters (of any script) and digits, in words joined by single hyphens, like "armed-gunmen-attack" or "حمله-به-میسنی".';

/** The story body: the one desk field that is not frontmatter. */
export function bodyField(): Field {
  return { ...BODY_FIELD, widget: 'markdown', required: true, sanitize_preview: true };
}

/** The desk fields of one collection, in schema order. A field with no entry in desk-fields.ts stops the build. */
export function fieldsOf(
  shapes: Record<string, FieldShape>,
  collection: string,
  options: FieldOptions,
  prefix = '',
): Field[] {
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
  options: FieldOptions,
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
        pattern: [deskPattern(SLUG_PATTERN), SLUG_MESSAGE],
      };
    case 'suggest': {
      const suggestions = options.suggestions[name as keyof FieldOptions['suggestions']] ?? [];
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
  options: FieldOptions,
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
  options: FieldOptions,
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
