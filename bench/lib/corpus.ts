/**
 * Synthetic newsroom content for build benchmarks: N articles with valid
 * frontmatter, a body of a news story's length (the seed is ~580 words), inline
 * "Related:" lines that link to other articles of the corpus, and a main image
 * for a fraction of them. Deterministic from a seed, so runs compare.
 *
 * The text is made-up filler words; nothing here is a fact about the world.
 */
import fs from 'node:fs';
import path from 'node:path';

const WORDS = (
  'the a of to in and said on for was that with by at from police army town region government officials attack ' +
  'group security forces ministry local residents report statement week council election border market water ' +
  'school hospital road bridge court judge trial witness farmers harvest prices rain drought aid convoy camp ' +
  'spokesman minister president capital province district mayor protest strike union workers talks agreement ' +
  'according told reporters after before during while since until more than about near across under over ' +
  'several two three four dozen hundreds thousands people families children soldiers officers vehicles'
).split(' ');

export const AUTHORS = [
  'ada-okafor',
  'bruno-silva',
  'chen-wei',
  'dana-kovac',
  'emil-haddad',
  'farah-nasser',
  'goran-ilic',
  'hana-sato',
];
export const SECTIONS = ['World', 'Africa', 'Politics', 'Business', 'Science', 'Culture', 'Sport', 'Opinion'];
/** Topics, a few with diacritics so slugs fold (Misséni -> misseni); the first ones come up most. */
export const TAGS = (
  'Sahel|Elections|Trade|Climate|Mali|Misséni|Côte d’Ivoire|Health|Energy|Migration|Courts|Water|Farming|Schools|' +
  'Security|Borders|Markets|Aid|Protests|Transport|Mining|Fisheries|Drought|Floods|Telecoms|Football|Music|Film|' +
  'Books|São Tomé|Banking|Housing|Labour|Budget|Census|Roads|Ports|Rail|Tourism|Heritage'
).split('|');

/** The corpus spans about ten years whatever its size, so it has the date archives of a real newsroom. */
const SPAN_HOURS = 10 * 365 * 24;

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function sentence(rand: () => number): string {
  const words = Array.from({ length: between(rand, 8, 22) }, () => pick(rand, WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

function paragraph(rand: () => number): string {
  return Array.from({ length: between(rand, 2, 4) }, () => sentence(rand)).join(' ');
}

export const slugOf = (i: number) => `bench-story-${String(i).padStart(6, '0')}`;
export const sourceUrlOf = (i: number) => `https://example.org/news/${slugOf(i)}`;

export type SyntheticArticle = { file: string; markdown: string; image?: { file: string; seed: number } };

/**
 * Article i of n. Every `imageEvery`-th article has a main image (0 = none).
 * Dates run back from 2025 over about ten years, whole hours apart, in UTC, so permalinks never clash.
 * One to three tags, drawn so that the first tags are common and the last rare, like a newsroom's.
 */
export function syntheticArticle(i: number, n: number, imageEvery: number, seed = 1): SyntheticArticle {
  const rand = prng(seed * 1_000_003 + i);
  const stepHours = Math.max(1, Math.floor(SPAN_HOURS / Math.max(n, 1)));
  const published = new Date(Date.UTC(2025, 0, 1) - i * stepHours * 3_600_000).toISOString().replace('.000Z', 'Z');
  const tags = [
    ...new Set(Array.from({ length: between(rand, 1, 3) }, () => TAGS[Math.floor(rand() ** 2 * TAGS.length)])),
  ];
  const title = sentence(rand).slice(0, -1);
  const related = [1, 2].map((k) => (i + k * 7919) % n).filter((j) => j !== i);
  const hasImage = imageEvery > 0 && i % imageEvery === 0;
  const frontmatter = [
    '---',
    `headline: ${JSON.stringify(title)}`,
    `standfirst: ${JSON.stringify(sentence(rand))}`,
    `slug: ${slugOf(i)}`,
    `author: ${AUTHORS[i % AUTHORS.length]}`,
    `published: "${published}"`,
    'timeZone: UTC',
    `dateline: ${JSON.stringify(`${pick(rand, ['Bamako', 'Dakar', 'Paris', 'Lagos', 'Nairobi'])}, XX`)}`,
    `section: ${pick(rand, SECTIONS)}`,
    `tags: ${JSON.stringify(tags)}`,
    ...(hasImage
      ? [
          'image:',
          `  src: ./${slugOf(i)}.png`,
          '  alt: A generated colour field',
          '  credit: "Image: Gazette benchmark"',
        ]
      : []),
    ...(related.length > 0
      ? ['related:', ...related.flatMap((j) => [`  - title: Story ${j}`, `    url: ${sourceUrlOf(j)}`])]
      : []),
    'source:',
    '  publisher: Example Wire',
    `  url: ${sourceUrlOf(i)}`,
    '---',
  ];
  const paragraphs = Array.from({ length: between(rand, 12, 18) }, () => paragraph(rand));
  if (related.length > 0) paragraphs.splice(4, 0, `Related: [Story ${related[0]}](${sourceUrlOf(related[0])})`);
  paragraphs.splice(
    2,
    0,
    `The *statement* said that **talks** would resume, [according to officials](https://example.org/statement/${i}).`,
  );
  return {
    file: `articles/${String(i % 100).padStart(2, '0')}/${slugOf(i)}.md`,
    markdown: `${frontmatter.join('\n')}\n\n${paragraphs.join('\n\n')}\n`,
    image: hasImage ? { file: `articles/${String(i % 100).padStart(2, '0')}/${slugOf(i)}.png`, seed: i } : undefined,
  };
}

export function authorYaml(id: string): string {
  const name = id
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
  return `name: ${name}\n`;
}

/**
 * Writes the corpus under `dir` (articles/ and authors/), with PNG images made
 * by `makeImage`. Refuses a directory that looks like the project's content/.
 */
export async function writeCorpus(
  dir: string,
  n: number,
  imageEvery: number,
  makeImage: (seed: number) => Promise<Buffer>,
): Promise<{ articles: number; images: number; bytes: number }> {
  if (path.basename(path.resolve(dir)) === 'content')
    throw new Error(`Refusing to write a benchmark corpus into ${dir}`);
  let images = 0;
  let bytes = 0;
  for (const id of AUTHORS) {
    fs.mkdirSync(path.join(dir, 'authors'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'authors', `${id}.yaml`), authorYaml(id));
  }
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(i, n, imageEvery);
    fs.mkdirSync(path.dirname(path.join(dir, a.file)), { recursive: true });
    fs.writeFileSync(path.join(dir, a.file), a.markdown);
    bytes += Buffer.byteLength(a.markdown);
    if (a.image) {
      fs.writeFileSync(path.join(dir, a.image.file), await makeImage(a.image.seed));
      images += 1;
    }
  }
  return { articles: n, images, bytes };
}
