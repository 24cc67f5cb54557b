/**
 * The seed article's paragraphs, read from ../shared/seed/article.txt, so the
 * browser tests compare the page with the source text itself.
 */
import fs from 'node:fs';
import path from 'node:path';

const SEED = path.resolve(import.meta.dirname, '../../../shared/seed/article.txt');

export const seedLines = fs.readFileSync(SEED, 'utf8').split('\n');

/** Body paragraphs: after the image credit, before "Follow ...". */
export function seedParagraphs(): string[] {
  const start = seedLines.indexOf('Image via Magharebia/Flickr') + 1;
  const end = seedLines.findIndex((l) => l.startsWith('Follow Pierre Longeray'));
  return seedLines.slice(start, end).filter((l) => l.trim() !== '');
}

export const ARTICLE_PATH = '/2015/06/11/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali/';
