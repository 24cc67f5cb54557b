/**
 * What the desk can learn from a Zod 4 schema: each field's type, whether an entry must have it, its default, and the
 * rules a form can enforce (a pattern, a minimum length, a range, the list of allowed values, a list's minimum).
 * Read from the JSON Schema Zod itself writes (`z.toJSONSchema`) for what a file may hold (`io: 'input'`, what the
 * form edits), so the content schema stays the one truth and the desk follows it. What the schema does in code (a
 * refine, a transform) has no JSON Schema, so it is invisible here: the field is still found as the input it reads,
 * and the content check says the rest. The result is plain data (JSON).
 */
import { z } from 'astro/zod';

export type FieldShape = {
  kind: 'string' | 'boolean' | 'number' | 'enum' | 'array' | 'object' | 'oneOrMany';
  /** An entry must carry it: neither optional nor defaulted. */
  required: boolean;
  defaultValue?: unknown;
  /** Strings: at least this many characters (after trimming, where the schema trims). */
  minLength?: number;
  /** Strings: a regular expression's source the whole value must match. */
  pattern?: string;
  /** Strings: an absolute URL. */
  url?: boolean;
  /** Numbers: inclusive bounds. */
  min?: number;
  max?: number;
  /** Enums: the allowed values. */
  values?: string[];
  /** Arrays, and a value that may be one item or a list of them (`oneOrMany`): the item's shape. */
  of?: FieldShape;
  /** Arrays: at least this many items. */
  minItems?: number;
  /** Objects: their fields, in schema order. */
  fields?: Record<string, FieldShape>;
};

type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * A pattern as Sveltia reads one: its source, or "/source/flags" when it needs its flags (a Unicode property escape
 * such as the slug's \p{Ll} means nothing without "u"). Sveltia strips only "g" and "y".
 */
export function deskPattern(pattern: RegExp): string {
  const flags = pattern.flags.replace(/[gy]/g, '');
  return flags ? `/${pattern.source}/${flags}` : pattern.source;
}

/** A JSON Schema pattern (ECMA-262, read with Unicode semantics) as Sveltia reads one: with "u" where it needs it. */
const jsonPattern = (source: string) => (/\\[pPu]\{/.test(source) ? deskPattern(new RegExp(source, 'u')) : source);

/** The JSON Schema of what a file may hold; a type JSON cannot express (a date) comes back as `{}`, named below. */
const inputSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** The shape of one field; `required` is its parent object's to say. */
function shapeOfJson(json: JsonSchema, required: boolean, path: string): FieldShape {
  const base = {
    required: required && json.default === undefined,
    ...(json.default !== undefined ? { defaultValue: json.default } : {}),
  };
  if (json.anyOf) return { ...unionShape(json.anyOf as JsonSchema[], path), ...base };
  // Zod writes a union of plain types (`string | number`, a nullable string) as a list of types.
  if (Array.isArray(json.type))
    return {
      ...unionShape(
        json.type.map((type) => ({ type })),
        path,
      ),
      ...base,
    };
  if (json.enum) return { kind: 'enum', ...base, values: json.enum as string[] };
  switch (json.type) {
    case 'string':
      return {
        kind: 'string',
        ...base,
        ...(json.minLength ? { minLength: json.minLength } : {}),
        ...(json.pattern ? { pattern: jsonPattern(json.pattern) } : {}),
        ...(json.format === 'uri' ? { url: true } : {}),
      };
    case 'boolean':
      return { kind: 'boolean', ...base };
    case 'number':
    case 'integer':
      return {
        kind: 'number',
        ...base,
        ...(json.minimum !== undefined ? { min: json.minimum } : {}),
        ...(json.maximum !== undefined ? { max: json.maximum } : {}),
      };
    case 'array':
      return {
        kind: 'array',
        ...base,
        of: shapeOfJson(json.items as JsonSchema, true, `${path}[]`),
        ...(json.minItems ? { minItems: json.minItems } : {}),
      };
    case 'object':
      return { kind: 'object', ...base, fields: fieldsOfJson(json, path) };
    default:
      throw new Error(
        `The desk does not know how to edit ${path ? `the field "${path}"` : 'this field'}, whose JSON Schema is ` +
          `${JSON.stringify(json)} (a type JSON cannot hold, such as a date, is {}); teach src/lib/desk/schema-shape.ts.`,
      );
  }
}

/** An object's fields, in schema order. */
function fieldsOfJson(json: JsonSchema, path: string): Record<string, FieldShape> {
  const required = new Set(json.required ?? []);
  return Object.fromEntries(
    Object.entries((json.properties ?? {}) as Record<string, JsonSchema>).map(([name, field]) => [
      name,
      shapeOfJson(field, required.has(name), path ? `${path}.${name}` : name),
    ]),
  );
}

/** `X | X[]` (a byline of one author or several) is one field that takes a list; other unions are not supported. */
function unionShape(options: JsonSchema[], path: string): FieldShape {
  const shapes = options.map((option) => shapeOfJson(option, true, path));
  const list = shapes.find((o) => o.kind === 'array');
  const single = shapes.find((o) => o.kind !== 'array');
  if (shapes.length === 2 && list && single && list.of?.kind === single.kind) {
    return { kind: 'oneOrMany', required: true, of: single, ...(list.minItems ? { minItems: list.minItems } : {}) };
  }
  throw new Error(
    'The desk edits a union only when it is "one item or a list of them"; teach src/lib/desk/schema-shape.ts.',
  );
}

/** The shape of one schema, as a field of an object would have it (so optional and defaulted are seen). */
export function shapeOf(schema: z.ZodType): FieldShape {
  const json = inputSchema(z.object({ field: schema }));
  return shapeOfJson(json.properties!.field as JsonSchema, json.required?.includes('field') ?? false, '');
}

/** The fields of a collection's schema (an object, possibly refined or transformed as a whole). */
export function collectionFields(schema: z.ZodType): Record<string, FieldShape> {
  const json = inputSchema(schema);
  if (json.type !== 'object') throw new Error('A collection schema must be an object.');
  return fieldsOfJson(json, '');
}
