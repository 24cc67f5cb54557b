/**
 * Checks JSON-LD against schema.org's own vocabulary (tests/fixtures/schemaorg/, release 30.0, vendored), offline:
 * every `@type` is a schema.org class; every property exists, is not superseded, and belongs to one of the node's
 * types or their superclasses (`domainIncludes`); every value fits what the property takes (`rangeIncludes`): a node
 * by its type and the types' subclasses (then checked in turn), a literal by the data type it can be read as (a URL
 * absolute http(s), a DateTime with its UTC offset, a Date, a Number, Text anything). Only tests use it.
 *
 * It reads the vocabulary, not Google's rich-result rules: those add requirements of their own (an image size, a
 * logo), which the structured-data tests check where Gazette follows them.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SCHEMA_ORG_VOCABULARY = path.resolve(
  import.meta.dirname,
  '../fixtures/schemaorg/schemaorg-current-https.jsonld',
);

type Property = { domains: string[]; ranges: string[]; supersededBy: string[] };
export type Vocabulary = {
  classes: Map<string, string[]>;
  properties: Map<string, Property>;
  isA: (type: string, ancestor: string) => boolean;
};

type Ref = { '@id': string };
const strip = (id: string) => id.replace(/^(schema:|https?:\/\/schema\.org\/)/, '');
const list = <T>(value: T | T[] | undefined | null): T[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];
const ids = (value: Ref | Ref[] | undefined) => list(value).map((r) => strip(r['@id']));

let loaded: Vocabulary | undefined;

/** The vocabulary, read once per process (19 ms). */
export function schemaOrg(file = SCHEMA_ORG_VOCABULARY): Vocabulary {
  if (loaded && file === SCHEMA_ORG_VOCABULARY) return loaded;
  const graph = JSON.parse(fs.readFileSync(file, 'utf8'))['@graph'] as Record<string, any>[];
  const classes = new Map<string, string[]>();
  const properties = new Map<string, Property>();
  for (const node of graph) {
    if (!String(node['@id']).startsWith('schema:')) continue;
    const types = list<string>(node['@type']);
    const name = strip(node['@id']);
    if (types.includes('rdfs:Class')) classes.set(name, ids(node['rdfs:subClassOf']));
    if (types.includes('rdf:Property'))
      properties.set(name, {
        domains: ids(node['schema:domainIncludes']),
        ranges: ids(node['schema:rangeIncludes']),
        supersededBy: ids(node['schema:supersededBy']),
      });
  }
  const isA = (type: string, ancestor: string, seen = new Set<string>()): boolean => {
    if (type === ancestor) return true;
    if (seen.has(type)) return false;
    seen.add(type);
    return (classes.get(type) ?? []).some((parent) => isA(parent, ancestor, seen));
  };
  const vocabulary = { classes, properties, isA: (type: string, ancestor: string) => isA(type, ancestor) };
  if (file === SCHEMA_ORG_VOCABULARY) loaded = vocabulary;
  return vocabulary;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** ISO 8601 with its offset: schema.org allows a DateTime without one, but a time with no zone is not an instant. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const TIME = /^\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

function literalFits(value: unknown, ranges: string[], isA: Vocabulary['isA']): boolean {
  return ranges.some((range) => {
    if (typeof value === 'boolean') return isA(range, 'Boolean');
    if (typeof value === 'number') return isA(range, 'Number') || isA(range, 'Text');
    if (typeof value !== 'string') return false;
    if (isA(range, 'URL')) return URL.canParse(value) && /^https?:/.test(value);
    if (isA(range, 'Text')) return true;
    if (isA(range, 'DateTime')) return DATE_TIME.test(value);
    if (isA(range, 'Date')) return DATE.test(value);
    if (isA(range, 'Time')) return TIME.test(value);
    if (isA(range, 'Number')) return /^-?\d+(\.\d+)?$/.test(value);
    return false;
  });
}

/**
 * Values Gazette writes that the vocabulary does not list, each with why it stays: `path` is the problem's path with
 * list indexes left out ("$.publisher.logo.width").
 */
export const ALLOWED: { path: string; why: string }[] = [
  // schema.org ranges an ImageObject's width and height over QuantitativeValue or Distance; Google's Article and logo
  // examples give plain numbers of pixels, which every consumer reads.
  { path: '$.publisher.logo.width', why: "Google's examples give a number of pixels" },
  { path: '$.publisher.logo.height', why: "Google's examples give a number of pixels" },
];

/** Every problem of `root` against the vocabulary, each "<path>: <what is wrong>"; none when it is valid. */
export function checkJsonLd(root: Record<string, unknown>, vocabulary = schemaOrg()): string[] {
  const { classes, properties, isA } = vocabulary;
  const problems: string[] = [];
  const visit = (node: Record<string, unknown>, at: string) => {
    const types = list(node['@type'] as string | string[]).map(strip);
    if (types.length === 0 && !('@id' in node)) problems.push(`${at}: a node with no @type`);
    for (const type of types) if (!classes.has(type)) problems.push(`${at}: @type ${type} is not a schema.org class`);
    for (const [key, raw] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      const here = `${at}.${key}`;
      const property = properties.get(key);
      if (!property) {
        problems.push(`${here}: no such schema.org property`);
        continue;
      }
      if (property.supersededBy.length > 0) problems.push(`${here}: superseded by ${property.supersededBy.join(', ')}`);
      if (types.length > 0 && !types.some((t) => property.domains.some((d) => isA(t, d))))
        problems.push(`${here}: not a property of ${types.join('/')} (it belongs to ${property.domains.join(', ')})`);
      list(raw).forEach((value, i) => {
        const item = Array.isArray(raw) ? `${here}[${i}]` : here;
        if (value && typeof value === 'object') {
          const valueTypes = list((value as Record<string, unknown>)['@type'] as string | string[]).map(strip);
          if (valueTypes.length > 0 && !valueTypes.some((t) => property.ranges.some((r) => isA(t, r))))
            problems.push(`${item}: a ${valueTypes.join('/')} where ${property.ranges.join(' or ')} is expected`);
          visit(value as Record<string, unknown>, item);
        } else if (!literalFits(value, property.ranges, isA)) {
          problems.push(`${item}: ${JSON.stringify(value)} is not a ${property.ranges.join(' or ')}`);
        }
      });
    }
  };
  visit(root, '$');
  return problems.filter((p) => !ALLOWED.some((a) => p.split(':')[0].replace(/\[\d+\]/g, '') === a.path));
}
