/**
 * Entries written the way an editor writes them by hand (docs/editors.md; the seed is the model): the
 * fields in the seed's order, plain scalars where YAML allows them and double quotes where it does not, dates quoted,
 * short lists on one line. Every file is read back with js-yaml, the parser Astro and the content check use, and must
 * give back exactly the data it was written from.
 */
import { dump, load } from 'js-yaml';
import { isDeepStrictEqual } from 'node:util';

export type ArticleFields = {
  headline: string;
  /** A draft may lack it (an imported post with no text); the content check warns until it is written. */
  standfirst?: string;
  slug: string;
  /** Empty for a draft whose byline named no author: the field is left out, never filled in. */
  author: string[];
  published: string;
  timeZone: string;
  /** The story's language, when it is not the site's. */
  lang?: string;
  /** Only when it is a fact: WordPress keeps none, so most imported stories have none. */
  dateline?: string;
  section: string;
  tags: string[];
  image?: { src: string; alt: string; credit: string; caption?: string };
  source?: { publisher: string; url: string };
  aliases: string[];
  draft?: boolean;
};

/** Plain scalars YAML would read back as something other than the same string. */
const NOT_PLAIN =
  /^(?:[-?:,[\]{}#&*!|>'"%@`\s]|$)|[\s:]$|: |\s#|[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|^(?:true|false|yes|no|on|off|null|y|n|~)$/i;
const NUMBER_OR_DATE = /^[-+.]?\d|^\.(?:inf|nan)$/i;
/** In a flow list ("[a, b]") commas and brackets end a scalar too. */
const NOT_FLOW_PLAIN = /[,[\]{}]/;

/** A string as YAML writes it: plain when it reads back as itself, else double-quoted. */
export function yamlString(value: string, flow = false): string {
  if (!NOT_PLAIN.test(value) && !NUMBER_OR_DATE.test(value) && !(flow && NOT_FLOW_PLAIN.test(value))) return value;
  // JSON's escapes are YAML's; the two line separators are escaped too, for editors that break lines at them.
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function list(key: string, values: string[]): string[] {
  if (values.length === 0) return [];
  const inline = `${key}: [${values.map((v) => yamlString(v, true)).join(', ')}]`;
  if (inline.length <= 100) return [inline];
  return [`${key}:`, ...values.map((v) => `  - ${yamlString(v)}`)];
}

/** A comment line: whatever it quotes, a line break cannot end the comment and start YAML. */
const comment = (line: string) => `# ${line.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')}`;

/**
 * The Markdown file: frontmatter opening with comments (a draft's reason first, then where it came from), then the
 * body.
 */
export function articleFile(fields: ArticleFields, comments: string[], body: string): string {
  const lines = [
    '---',
    ...comments.map(comment),
    `headline: ${yamlString(fields.headline)}`,
    ...(fields.standfirst !== undefined ? [`standfirst: ${yamlString(fields.standfirst)}`] : []),
    `slug: ${fields.slug}`,
    ...(fields.author.length === 0
      ? []
      : [
          fields.author.length === 1
            ? `author: ${yamlString(fields.author[0])}`
            : `author: [${fields.author.map((a) => yamlString(a, true)).join(', ')}]`,
        ]),
    `published: ${JSON.stringify(fields.published)}`,
    `timeZone: ${yamlString(fields.timeZone)}`,
    ...(fields.lang !== undefined ? [`lang: ${yamlString(fields.lang)}`] : []),
    ...(fields.dateline !== undefined ? [`dateline: ${yamlString(fields.dateline)}`] : []),
    `section: ${yamlString(fields.section)}`,
    ...list('tags', fields.tags),
  ];
  if (fields.image) {
    lines.push(
      'image:',
      `  src: ${yamlString(fields.image.src)}`,
      `  alt: ${yamlString(fields.image.alt)}`,
      `  credit: ${yamlString(fields.image.credit)}`,
    );
    if (fields.image.caption) lines.push(`  caption: ${yamlString(fields.image.caption)}`);
  }
  if (fields.source)
    lines.push(
      'source:',
      `  publisher: ${yamlString(fields.source.publisher)}`,
      `  url: ${yamlString(fields.source.url)}`,
    );
  if (fields.aliases.length > 0) lines.push('aliases:', ...fields.aliases.map((a) => `  - ${yamlString(a)}`));
  if (fields.draft) lines.push('draft: true');
  lines.push('---');
  const yaml = lines.slice(1, -1).join('\n');
  assertReadsBack(yaml, fields);
  return `${lines.join('\n')}\n${body === '' ? '' : `\n${body}`}`;
}

/** An author file: `name`, as content/authors/pierre-longeray.yaml has it. */
export function authorFile(name: string, provenance: string[]): string {
  const yaml = `name: ${yamlString(name)}`;
  const data = load(yaml) as { name: string };
  if (data.name !== name) throw new Error(`author name ${JSON.stringify(name)} does not read back from YAML`);
  return `${provenance.map((line) => `# ${line}\n`).join('')}${yaml}\n`;
}

function assertReadsBack(yaml: string, fields: ArticleFields): void {
  const expected: Record<string, unknown> = {
    ...fields,
    author: fields.author.length === 1 ? fields.author[0] : fields.author,
  };
  if (fields.author.length === 0) delete expected.author;
  if (fields.tags.length === 0) delete expected.tags;
  if (fields.aliases.length === 0) delete expected.aliases;
  for (const key of Object.keys(expected)) if (expected[key] === undefined) delete expected[key];
  if (expected.image && (expected.image as { caption?: string }).caption === undefined) {
    const { caption: _, ...image } = expected.image as { caption?: string };
    expected.image = image;
  }
  const read = load(yaml);
  if (!isDeepStrictEqual(read, expected)) {
    throw new Error(`the frontmatter written for "${fields.slug}" does not read back as written:\n${dump(read)}`);
  }
}
