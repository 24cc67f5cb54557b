import { expect, test } from 'vitest';
import { foldSlug, reservedReason } from '../../../src/lib/archive/slug.ts';
import { DEFAULT_SECTIONS } from '../../../src/lib/content/schema/site.ts';
import { orderSections } from '../../../src/lib/site/navigation.ts';

const sections = (...slugs: string[]) => slugs.map((slug) => ({ slug }));
const slugs = (list: { slug: string }[]) => list.map((s) => s.slug);

test('sections in the configured order, then the others A to Z; configured ones without stories left out', () => {
  const ordered = orderSections(sections('africa', 'obituaries', 'world', 'letters', 'sport'), [
    'World',
    'Sport',
    'Politics',
    'Africa',
  ]);
  expect(slugs(ordered)).toEqual(['world', 'sport', 'africa', 'letters', 'obituaries']);
});

test('configured names match by slug, as their URLs do', () => {
  expect(slugs(orderSections(sections('cote-d-ivoire', 'world'), ['Côte d’Ivoire', 'world']))).toEqual([
    'cote-d-ivoire',
    'world',
  ]);
  // In any script, folded in the site's language: Arabic yeh and Persian yeh are one letter to a Persian reader.
  expect(slugs(orderSections(sections('جهان', 'ایران'), ['ايران', 'جهان'], 'fa'))).toEqual(['ایران', 'جهان']);
});

test('the default order names each section once, and none takes another route’s URL', () => {
  const folded = DEFAULT_SECTIONS.map((name) => foldSlug(name, 'en'));
  expect(new Set(folded).size).toBe(folded.length);
  expect(folded.filter((s) => s === '' || reservedReason(s))).toEqual([]);
});
