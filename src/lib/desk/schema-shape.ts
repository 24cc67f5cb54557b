/**
 * What the desk can learn from a Zod 4 schema: each field's type, whether an entry must have it, its default, and the
 * rules a form can enforce (a pattern, a minimum length, a range, the list of allowed values, a list's minimum).
 * Read from Zod's own definitions (`_zod.def`, the introspection surface Zod 4 exposes), so the content schema stays
 * the one truth and the desk follows it. Anything the schema does in code (a refine, a transform) is invisible here:
 * the field is still found, and `checkedInCode` says the content check has more to say than the form can.
 * The result is plain data (JSON), so it can be computed in one process and used in another.
 */

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
  /** The schema transforms or refines the value in code, which a form cannot see (a date's offset, a zone's name). */
  checkedInCode?: boolean;
};

type Def = { type: string; [key: string]: any };
type Zod = { _zod: { def: Def } };

const defOf = (schema: unknown): Def => {
  const def = (schema as Zod | undefined)?._zod?.def;
  if (!def) throw new Error('Not a Zod 4 schema: the desk reads Zod 4 definitions (_zod.def).');
  return def;
};

const checksOf = (def: Def): Def[] => (def.checks ?? []).map((c: Zod) => c._zod.def);

/** The shape of one schema node; `required` is decided by the wrappers around it (optional, default). */
export function shapeOf(schema: unknown): FieldShape {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return { ...shapeOf(def.innerType), required: false };
    case 'default':
      return { ...shapeOf(def.innerType), required: false, defaultValue: def.defaultValue };
    case 'pipe': {
      // A transform after the input (a date string parsed into { date, offset }): the form edits the input.
      const input = shapeOf(def.in);
      return defOf(def.out).type === 'transform' ? { ...input, checkedInCode: true } : input;
    }
    case 'string':
      return stringShape(def);
    case 'boolean':
      return { kind: 'boolean', required: true };
    case 'number':
      return numberShape(def);
    case 'enum':
      return { kind: 'enum', required: true, values: Object.values(def.entries as Record<string, string>) };
    case 'array': {
      const minItems = checksOf(def).find((c) => c.check === 'min_length')?.minimum;
      return { kind: 'array', required: true, of: shapeOf(def.element), ...(minItems ? { minItems } : {}) };
    }
    case 'object':
      return {
        kind: 'object',
        required: true,
        fields: Object.fromEntries(
          Object.entries(def.shape as Record<string, unknown>).map(([name, s]) => [name, shapeOf(s)]),
        ),
        ...(checksOf(def).some((c) => c.check === 'custom') ? { checkedInCode: true } : {}),
      };
    case 'union':
      return unionShape(def);
    default:
      throw new Error(
        `The desk does not know how to edit a Zod "${def.type}" field; teach src/lib/desk/schema-shape.ts.`,
      );
  }
}

/**
 * A pattern as Sveltia reads one: its source, or "/source/flags" when it needs its flags (a Unicode property escape
 * such as the slug's \p{Ll} means nothing without "u"). Sveltia strips only "g" and "y".
 */
export function deskPattern(pattern: RegExp): string {
  const flags = pattern.flags.replace(/[gy]/g, '');
  return flags ? `/${pattern.source}/${flags}` : pattern.source;
}

function stringShape(def: Def): FieldShape {
  const shape: FieldShape = { kind: 'string', required: true };
  // z.url() is a string whose own definition carries the format.
  if (def.format === 'url') shape.url = true;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') shape.minLength = c.minimum;
    if (c.check === 'string_format' && c.format === 'regex') shape.pattern = deskPattern(c.pattern as RegExp);
    if (c.check === 'string_format' && c.format === 'url') shape.url = true;
    if (c.check === 'custom') shape.checkedInCode = true;
  }
  return shape;
}

function numberShape(def: Def): FieldShape {
  const shape: FieldShape = { kind: 'number', required: true };
  for (const c of checksOf(def)) {
    if (c.check === 'greater_than') shape.min = c.value;
    if (c.check === 'less_than') shape.max = c.value;
  }
  return shape;
}

/** `X | X[]` (a byline of one author or several) is one field that takes a list; other unions are not supported. */
function unionShape(def: Def): FieldShape {
  const options = (def.options as unknown[]).map(shapeOf);
  const list = options.find((o) => o.kind === 'array');
  const single = options.find((o) => o.kind !== 'array');
  if (options.length === 2 && list && single && list.of?.kind === single.kind) {
    return { kind: 'oneOrMany', required: true, of: single, ...(list.minItems ? { minItems: list.minItems } : {}) };
  }
  throw new Error(
    'The desk edits a union only when it is "one item or a list of them"; teach src/lib/desk/schema-shape.ts.',
  );
}

/** The fields of a collection's schema (an object, possibly refined as a whole). */
export function collectionFields(schema: unknown): Record<string, FieldShape> {
  const shape = shapeOf(schema);
  if (shape.kind !== 'object' || !shape.fields) throw new Error('A collection schema must be an object.');
  return shape.fields;
}
