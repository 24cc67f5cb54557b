/**
 * What the desk decides outside Sveltia's form: the save rules (slug, dates in the story's zone), which repository it
 * commits to, and which sections, datelines, tags and zones it offers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { deskBackend } from '../../../src/lib/desk/backend.ts';
import { liveDeskStories, valuesInUse } from '../../../src/lib/desk/in-use.ts';
import { firstSlug, saveRules } from '../../../src/lib/desk/save-rules.ts';
import { foldSlug } from '../../../src/lib/archive/slug.ts';
import { scratchDir } from '../../support/scratch.ts';

describe("saveRules: a live update's dates in its story's zone", () => {
  const zones = { 'live-2026-storm': 'Europe/Paris' };
  test("published and corrections are re-expressed in the story's zone, whatever the editor's browser's", () => {
    expect(
      saveRules(
        'live-2026-storm',
        {
          published: '2026-10-31T09:30:00-04:00',
          corrections: [{ date: '2026-10-31T15:00:00+01:00', text: 'a' }],
        },
        '20261031-133000',
        'en',
        zones,
      ),
    ).toEqual([{ path: ['published'], value: '2026-10-31T14:30:00+01:00' }]);
  });
  test('a collection whose zone is not known gets no patches, and an update never gets a slug field', () => {
    expect(saveRules('live-2026-other', { published: '2026-10-31T09:30:00-04:00' }, 'x', 'en', zones)).toEqual([]);
    expect(saveRules('live-2026-storm', { published: '2026-10-31T14:30:00+01:00' }, 'x', 'en', zones)).toEqual([]);
  });
});

describe('saveRules', () => {
  const story = { headline: 'H', timeZone: 'Europe/Paris', published: '2026-10-20T09:30:00-04:00' };

  test('a new story gets the slug Sveltia made from its headline; a saved one keeps its own', () => {
    expect(saveRules('articles', { ...story, slug: '' }, 'port-strike', 'en')).toContainEqual({
      path: ['slug'],
      value: 'port-strike',
    });
    expect(
      saveRules('articles', { ...story, slug: 'first-slug' }, 'port-strike', 'en').find((p) => p.path[0] === 'slug'),
    ).toBeUndefined();
  });

  test('the first slug is folded as Gazette folds every slug, from the headline when it is in another script', () => {
    // Sveltia's file-name slug, adjusted or not, folded: what it may hold that a slug may not is made a hyphen.
    expect(firstSlug('Port Strike', 'port_strike~2', 'en')).toBe('port-strike-2');
    // Sveltia's ASCII file name keeps nothing of another script (or transliterates it): the headline is folded.
    expect(firstSlug('حمله به ميسني', '3f2a9c1b7d4e', 'fa')).toBe('حمله-به-میسنی');
    expect(firstSlug('COVID-19 در ایران', 'covid-19', 'fa')).toBe('covid-19-در-ایران');
    expect(firstSlug('Выборы в Москве', 'vybory-v-moskve', 'ru')).toBe('выборы-в-москве');
    expect(firstSlug('Ελλάδα', 'ellada', 'en')).toBe(foldSlug('Ελλάδα', 'en'));
    expect(saveRules('articles', { ...story, headline: '中国', slug: '' }, 'a1b2', 'zh-Hans')).toContainEqual({
      path: ['slug'],
      value: '中国',
    });
  });

  test("every date is the same instant in the story's zone, with the offset that zone had then", () => {
    const patches = saveRules(
      'articles',
      {
        ...story,
        slug: 's',
        updated: '2026-10-20T14:00:00Z',
        // Paris is on winter time (+01:00) from 25 October 2026.
        corrections: [
          { date: '2026-10-30T10:00:00-04:00', text: 'a' },
          { date: '2026-10-31T12:00:00+01:00', text: 'b' },
        ],
      },
      's',
      'en',
    );
    expect(patches).toEqual([
      { path: ['published'], value: '2026-10-20T15:30:00+02:00' },
      { path: ['updated'], value: '2026-10-20T16:00:00+02:00' },
      { path: ['corrections', 0, 'date'], value: '2026-10-30T15:00:00+01:00' },
    ]);
  });

  test('what the content check must name is left for it: a malformed date, an unknown zone', () => {
    expect(saveRules('articles', { ...story, slug: 's', published: '20 Oct 2026' }, 's', 'en')).toEqual([]);
    expect(saveRules('articles', { ...story, slug: 's', timeZone: 'Mars/Olympus' }, 's', 'en')).toEqual([]);
  });

  test('authors are saved as they are', () => {
    expect(saveRules('authors', { name: 'Ada Ndiaye' }, 'ada-ndiaye', 'en')).toEqual([]);
  });
});

describe('deskBackend', () => {
  test('no repository named: no backend, and the page says how to name one', () => {
    expect(deskBackend({})).toBeNull();
  });

  test('GitHub: the repository, from GITHUB_REPOSITORY in Actions; a token unless an OAuth worker is named', () => {
    expect(deskBackend({ GITHUB_REPOSITORY: 'newsroom/gazette' })).toEqual({
      name: 'github',
      repo: 'newsroom/gazette',
      auth_methods: ['token'],
    });
    expect(
      deskBackend({
        GAZETTE_DESK_REPO: 'a/b',
        GAZETTE_DESK_BRANCH: 'desk',
        GAZETTE_DESK_AUTH_URL: 'https://auth.example.workers.dev/x',
      }),
    ).toEqual({
      name: 'github',
      repo: 'a/b',
      branch: 'desk',
      base_url: 'https://auth.example.workers.dev',
      auth_methods: ['oauth', 'token'],
    });
  });

  test('GitLab: PKCE when an application id is given, no server involved', () => {
    expect(
      deskBackend({
        GAZETTE_DESK_BACKEND: 'gitlab',
        GAZETTE_DESK_REPO: 'group/sub/project',
        GAZETTE_DESK_GITLAB_APP_ID: 'abc',
      }),
    ).toEqual({
      name: 'gitlab',
      repo: 'group/sub/project',
      auth_type: 'pkce',
      app_id: 'abc',
      auth_methods: ['oauth', 'token'],
    });
    // GITHUB_REPOSITORY says nothing about a GitLab project.
    expect(deskBackend({ GAZETTE_DESK_BACKEND: 'gitlab', GITHUB_REPOSITORY: 'a/b' })).toBeNull();
  });

  test.each([
    [
      { GAZETTE_DESK_BACKEND: 'bitbucket', GAZETTE_DESK_REPO: 'a/b' },
      'GAZETTE_DESK_BACKEND must be "github" or "gitlab"',
    ],
    [{ GAZETTE_DESK_REPO: 'just-a-name' }, 'GAZETTE_DESK_REPO must name a repository as "owner/repo"'],
    [{ GAZETTE_DESK_REPO: 'a/b/c' }, 'GAZETTE_DESK_REPO must name a repository as "owner/repo"'],
    [
      { GAZETTE_DESK_REPO: 'a/b', GAZETTE_DESK_AUTH_URL: 'http://auth.example' },
      'GAZETTE_DESK_AUTH_URL must be an https URL',
    ],
  ])('%j is refused with a message naming the variable', (env, message) => {
    expect(() => deskBackend(env)).toThrow(message);
  });
});

test('valuesInUse: most used first, then alphabetically, skipping files that do not parse', () => {
  const root = scratchDir('desk-in-use');
  const story = (name: string, frontmatter: string) => {
    fs.mkdirSync(path.join(root, 'articles'), { recursive: true });
    // Published at 10:00 UTC, written with the offset the story's zone had (Paris +01:00 in January, Dakar +00:00).
    const published = frontmatter.includes('Europe/Paris') ? '2026-01-02T11:00:00+01:00' : '2026-01-02T10:00:00Z';
    const head = `headline: H\nstandfirst: S.\nslug: ${name.replace('.md', '')}\nauthor: ann\npublished: "${published}"`;
    fs.writeFileSync(path.join(root, 'articles', name), `---\n${head}\n${frontmatter}\n---\nText.\n`);
  };
  story('a.md', 'section: World\ndateline: Paris, FR\ntimeZone: Europe/Paris\ntags: [Mali, Sahel]');
  story('b.md', 'section: Business\ndateline: Dakar, SN\ntimeZone: Africa/Dakar\ntags: [Sahel]');
  story('c.md', 'section: World\ntimeZone: Europe/Paris\ntags: [Labour]');
  story('d.md', 'section: [not: valid');
  expect(valuesInUse(root)).toEqual({
    section: ['World', 'Business'],
    dateline: ['Dakar, SN', 'Paris, FR'],
    tags: ['Sahel', 'Labour', 'Mali'],
    timeZone: ['Europe/Paris', 'Africa/Dakar'],
  });
});

describe('liveDeskStories: the live stories whose updates the desk lists', () => {
  const write = (dir: string, file: string, live: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(
      path.join(dir, file),
      `---\nheadline: ${path.basename(file, '.md')}\nstandfirst: S.\nslug: ${path.basename(file, '.md')}\nauthor: a\ntimeZone: Europe/Paris\npublished: "2026-10-01T08:00:00+02:00"\nsection: World\n${live}---\nBody\n`,
    );
  };

  test('every live story, newest coverage first, drafts included, but not those ended over a week ago', () => {
    const root = scratchDir('live-desk');
    write(root, 'articles/2026/older.md', 'live:\n  start: "2026-10-01T08:00:00+02:00"\n');
    write(root, 'articles/2026/newer.md', 'live:\n  start: "2026-10-20T08:00:00+02:00"\ndraft: true\n');
    write(
      root,
      'articles/2026/done.md',
      'live:\n  start: "2026-10-02T08:00:00+02:00"\n  end: "2026-10-03T08:00:00+02:00"\n',
    );
    write(
      root,
      'articles/2026/recent.md',
      'live:\n  start: "2026-10-03T08:00:00+02:00"\n  end: "2026-10-28T08:00:00+01:00"\n',
    );
    write(root, 'articles/2026/plain.md', '');
    expect(liveDeskStories(root, new Date('2026-11-01T00:00:00Z'))).toEqual([
      { id: '2026/newer', headline: 'newer', timeZone: 'Europe/Paris' },
      { id: '2026/recent', headline: 'recent', timeZone: 'Europe/Paris' },
      { id: '2026/older', headline: 'older', timeZone: 'Europe/Paris' },
    ]);
  });
});
