/**
 * The desk (/admin/) as an editor uses it, in Chromium, offline: the built page with its backend swapped for
 * Sveltia's `test-repo`, whose repository lives in the browser (tests/support/desk-repo.ts) and starts as a copy of
 * content/. The editor's browser is in New York and the stories are dated in Paris, so the saved dates prove the
 * offset is the story's. Then the files the desk saved are built, with the test clock, into a fixture site: the build
 * runs the content check first, so a file the check refuses fails here with its message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { buildFixture, FIXTURE_TMP, ROOT } from '../support/build-fixture.ts';
import { filesUnder, readRepo, seedRepo, useTestRepo } from '../support/desk-repo.ts';
import { serveStatic } from '../support/static-server.ts';

// The accent is folded in the slug, as Gazette's own slugs do (Misséni -> misseni).
const HEADLINE = 'Fixture Dockers in Dakar and Misséni Vote to Strike';
const SLUG = 'fixture-dockers-in-dakar-and-misseni-vote-to-strike';
const STORY_FILE = `content/articles/2026/${SLUG}.md`;
const SEED_FILE = 'content/articles/2015/misseni-attack.md';
const SEED_PAGE = '/2015/06/11/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali/';
const CORRECTION = 'An earlier version misspelled the name of the police chief.';
const TAGLINE = 'Reporting from the desk, with care.';

test.describe.configure({ mode: 'serial', timeout: 90_000 });
// A control that never appears fails the step that waited for it, not the whole test at its timeout.
test.use({ actionTimeout: 15_000 });

let page: Page;
let saved: Record<string, string> = {};
const offSite: string[] = [];
const violations: string[] = [];

const text = (file: string) => Buffer.from(saved[file] ?? '', 'base64').toString('utf8');
const frontmatter = (file: string) => text(file).split(/^---$/m)[1] ?? '';

/** The same page throughout: the repository the editor works on lives in its browser storage. */
async function openDesk(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 1366, height: 900 } });
  const desk = await context.newPage();
  // The desk files a new story under the year it is created in: the editor's clock is pinned (timers still run).
  await desk.clock.setFixedTime(new Date('2026-10-25T12:00:00Z'));
  const origin = new URL(baseURL).origin;
  desk.on('request', (r) => {
    if (!/^(blob|data):/.test(r.url()) && new URL(r.url()).origin !== origin) offSite.push(r.url());
  });
  await desk.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    ),
  );
  desk.on('console', (m) => m.text().startsWith('CSP ') && violations.push(m.text()));
  await useTestRepo(desk);
  // Any page of the site's origin gives access to its storage; the desk is opened once the files are in place.
  await desk.goto('/404.html');
  await seedRepo(desk, {
    ...filesUnder(ROOT, 'content/articles'),
    ...filesUnder(ROOT, 'content/authors'),
    'content/site.yaml': fs.readFileSync(path.join(ROOT, 'content/site.yaml')).toString('base64'),
  });
  await desk.goto('/admin/');
  await desk.getByRole('button', { name: 'Work with Test Repository' }).click();
  await expect(desk.getByRole('treeitem', { name: /Stories/ })).toBeVisible();
  return desk;
}

/** Types into a field once the new entry's form has settled: Sveltia resets the draft once just after opening it. */
async function fillSettled(field: Locator, value: string): Promise<void> {
  await expect(async () => {
    await field.fill(value);
    await expect(field).toHaveValue(value, { timeout: 1000 });
  }).toPass();
}

/** Scrolls the editor until `target` is there: Sveltia renders the fields of a long form as they come into view. */
async function reveal(desk: Page, target: Locator): Promise<Locator> {
  await expect(async () => {
    await desk
      .getByRole('group', { name: /Field$/ })
      .last()
      .scrollIntoViewIfNeeded();
    await expect(target).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  return target;
}

/** Saves the entry and waits for Sveltia's confirmation, not an earlier save's, which may still be showing. */
async function save(desk: Page): Promise<void> {
  await expect(desk.getByText('Entry saved.')).toHaveCount(0, { timeout: 20_000 });
  await desk.getByRole('button', { name: 'Save' }).click();
  await expect(desk.getByText('Entry saved.')).toBeVisible();
}

test.beforeAll(async ({ browser, baseURL }) => {
  page = await openDesk(browser, baseURL!);
});

test.afterAll(async () => {
  await page?.context().close();
});

test('an editor adds an author to the authors collection', async () => {
  await page.getByRole('treeitem', { name: /Authors/ }).click();
  await page.getByRole('button', { name: 'Create New Entry' }).click();
  await fillSettled(page.getByRole('textbox', { name: 'Name' }), 'Ada Ndiaye');
  await save(page);
  saved = await readRepo(page);
  expect(text('content/authors/ada-ndiaye.yaml')).toBe('name: "Ada Ndiaye"\n');
});

test("an editor changes the site's tagline under Site, and the file keeps the other fields", async () => {
  await page.getByRole('treeitem', { name: /Site/ }).click();
  await page.getByText('Name, languages and sections').first().click();
  const tagline = page.getByRole('textbox', { name: 'Tagline' });
  await expect(tagline).toHaveValue('News stories, republished with care.');
  await fillSettled(tagline, TAGLINE);
  await save(page);
  saved = await readRepo(page);
  const yaml = text('content/site.yaml');
  expect(yaml).toContain(`tagline: "${TAGLINE}"`);
  expect(yaml).toContain('name: "Gazette"');
  expect(yaml).toContain('timeZone: "Europe/Paris"');
  expect(yaml).toMatch(/sections:\n {2}- "World"\n {2}- "Africa"/);
});

test('an editor writes a story with two authors, an image and tags', async () => {
  await page.getByRole('treeitem', { name: /Stories/ }).click();
  await page.getByRole('button', { name: 'Create New Entry' }).click();
  await fillSettled(page.getByRole('textbox', { name: 'Headline' }), HEADLINE);
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('The port stops for two days from Monday.');
  await page.getByRole('checkbox', { name: 'Pierre Longeray' }).check();
  await page.getByRole('checkbox', { name: 'Ada Ndiaye' }).check();
  // 9:30 in New York, where the editor is: 15:30 in Paris, the story's zone.
  await page.getByRole('textbox', { name: 'Published' }).fill('2026-10-20T09:30');
  await page
    .getByRole('group', { name: /Dateline/ })
    .getByRole('combobox')
    .fill('Dakar, SN');

  await page.getByRole('checkbox', { name: /Add .Main image/ }).check();
  await page
    .getByRole('group', { name: /Image file/ })
    .getByRole('button', { name: 'Browse' })
    .click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: 'Upload' }).click();
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 90, b: 140 } } })
    .png()
    .toBuffer();
  await (await chooser).setFiles({ name: 'Dakar Port.png', mimeType: 'image/png', buffer: photo });
  await expect(page.getByRole('dialog').getByRole('option', { name: 'dakar-port.png' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('textbox', { name: 'Alt text' }).fill('Cranes over container stacks at the port of Dakar.');
  await page.getByRole('textbox', { name: 'Credit' }).fill('Photo: Ada Ndiaye / Gazette');

  // "World" and "Mali" are in use (offered as suggestions), "Labour" is new.
  const section = page.getByRole('group', { name: /Section/ }).getByRole('combobox');
  await expect(section.locator('xpath=following-sibling::datalist/option[@value="World"]')).toHaveCount(1);
  await section.fill('World');
  const tags = page.getByRole('group', { name: /Tags/ }).getByRole('combobox');
  for (const [i, tag] of ['Mali', 'Labour'].entries()) {
    await page.getByRole('button', { name: /Add .Tags/ }).click();
    // The new item's box, once it is there: on a busy machine `.last()` could still be the one before.
    await expect(tags).toHaveCount(i + 1);
    await tags.nth(i).fill(tag);
    await expect(tags.nth(i)).toHaveValue(tag);
  }
  // Sveltia draws a field once it is scrolled near: on a slow run the body's editor was not there yet.
  await (
    await reveal(page, page.getByRole('textbox', { name: 'Story' }))
  ).fill('Dock workers voted on Sunday to stop work for two days.');
  // The preview pane wears Gazette's styles (src/styles/global.css and desk-preview.css): its paper and its serif.
  const preview = page
    .getByRole('group', { name: /Preview/ })
    .locator('iframe')
    .contentFrame();
  await expect(preview.locator('body')).toHaveCSS('background-color', 'rgb(255, 253, 249)');
  await expect(preview.locator('body')).toHaveCSS('font-family', /Charter/);
  await save(page);

  saved = await readRepo(page);
  const head = frontmatter(STORY_FILE);
  expect(head).toContain(`slug: "${SLUG}"`);
  expect(head).toContain('author:\n  - "pierre-longeray"\n  - "ada-ndiaye"\n');
  // The exact quoted form the content check requires, in the story's zone.
  expect(head).toContain('published: "2026-10-20T15:30:00+02:00"\n');
  expect(head).toContain(`  src: "./${SLUG}/dakar-port.png"\n`);
  expect(head).toContain('tags:\n  - "Mali"\n  - "Labour"\n');
  expect(Buffer.from(saved[`content/articles/2026/${SLUG}/dakar-port.png`], 'base64').equals(photo)).toBe(true);
});

test('a mistake the form can see is a field error, and nothing is saved', async () => {
  const before = Object.keys(await readRepo(page)).sort();
  await page.getByRole('treeitem', { name: /Stories/ }).click();
  // Stories are never deleted from the desk: a permalink must keep working.
  await page.getByRole('checkbox', { name: /Select .Armed Gunmen/ }).check();
  await expect(page.getByRole('button', { name: /^Delete Selected/ })).toBeDisabled();
  await page.getByRole('checkbox', { name: /Select .Armed Gunmen/ }).uncheck();
  await page.getByRole('button', { name: 'Create New Entry' }).click();
  await (await reveal(page, page.getByRole('button', { name: /Add .Related links/ }))).click();
  const url = page.getByRole('textbox', { name: 'URL', exact: true });
  await url.fill('ftp://example.org/story');
  // Saving before the form holds the value would test the empty field instead: wait for it.
  await expect(url).toHaveValue('ftp://example.org/story');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('group', { name: /Headline/ })).toContainText('This field is required.');
  await expect(page.getByRole('group', { name: /“⁨URL⁩” Field/ })).toContainText('An absolute http(s) URL');
  expect(Object.keys(await readRepo(page)).sort()).toEqual(before);
  await page.getByRole('button', { name: 'Cancel Editing' }).click();
});

test('the slug is fixed once the story is saved', async () => {
  await page.getByRole('treeitem', { name: /Stories/ }).click();
  await page.getByRole('gridcell', { name: HEADLINE, exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Slug' })).toHaveValue(SLUG);
  await expect(page.getByRole('textbox', { name: 'Slug' })).not.toBeEditable();
  await page.getByRole('textbox', { name: 'Headline' }).fill(`${HEADLINE}, Again`);
  await save(page);
  saved = await readRepo(page);
  expect(frontmatter(STORY_FILE)).toContain(`slug: "${SLUG}"`);
  expect(frontmatter(STORY_FILE)).toContain(`headline: "${HEADLINE}, Again"`);
  expect(Object.keys(saved).filter((f) => f.endsWith('.md') && f.includes('fixture-dockers'))).toEqual([STORY_FILE]);
});

test('an editor adds a correction to the seed story, which cannot be removed in the desk', async () => {
  await page.getByRole('treeitem', { name: /Stories/ }).click();
  await page
    .getByRole('gridcell', { name: 'Armed Gunmen Attack Police Base and Kill Chief in Southern Mali', exact: true })
    .click();
  await page.getByRole('button', { name: /Add .Corrections/ }).click();
  // 10:00 in New York on 30 October is 15:00 in Paris, back on winter time (+01:00) since the 25th.
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-10-30T10:00');
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill(CORRECTION);
  await expect(page.getByRole('group', { name: /Corrections/ }).getByRole('button', { name: 'Remove' })).toHaveCount(0);
  await save(page);

  saved = await readRepo(page);
  expect(frontmatter(SEED_FILE)).toContain(
    `corrections:\n  - date: "2026-10-30T15:00:00+01:00"\n    text: "${CORRECTION}"\n`,
  );
  // The story's text is saved exactly as it was.
  const original = fs.readFileSync(path.join(ROOT, SEED_FILE), 'utf8');
  expect(text(SEED_FILE).split(/^---$/m).slice(2).join('---')).toBe(original.split(/^---$/m).slice(2).join('---'));
});

test('the desk made no request off the site and broke no rule of its CSP', () => {
  expect(offSite).toEqual([]);
  expect(violations).toEqual([]);
});

test.describe('what the desk saved', () => {
  let site: { url: string; close: () => Promise<void> } | undefined;
  let scratch: string | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // The repository as the desk left it: content/ with the desk's files over it.
    fs.mkdirSync(FIXTURE_TMP, { recursive: true });
    scratch = fs.mkdtempSync(path.join(FIXTURE_TMP, 'desk-'));
    const content = path.join(scratch, 'content');
    fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    for (const [file, base64] of Object.entries(saved)) {
      const target = path.join(content, path.relative('content', file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, Buffer.from(base64, 'base64'));
    }
    const build = buildFixture(content);
    if (build.status !== 0) throw new Error(`The desk's files did not build:\n${build.output}`);
    // The front page's file (content/front.yaml) is checked too, and named when there is one.
    expect(build.output).toMatch(/Content check: 2 articles and 2 authors(, and \S*front\.yaml,)? are valid\./);
    site = await serveStatic(build.dist);
  });

  test.afterAll(async () => {
    await site?.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  test('the new story renders with both authors, its image and its tags, the new tag with its own page', async ({
    page: reader,
  }) => {
    await reader.goto(`${site!.url}/2026/10/20/${SLUG}/`);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`${HEADLINE}, Again`);
    await expect(reader.locator('.byline')).toHaveText('By Pierre Longeray and Ada Ndiaye');
    await expect(
      reader.getByRole('img', { name: 'Cranes over container stacks at the port of Dakar.' }),
    ).toHaveAttribute('src', /\/_astro\//);
    const tags = await reader
      .locator('meta[property="article:tag"]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
    expect(tags).toEqual(['Mali', 'Labour']);
    // A new tag gets its page, which lists the story.
    await reader.goto(`${site!.url}/tags/labour/`);
    await expect(reader.getByRole('link', { name: `${HEADLINE}, Again` })).toBeVisible();
  });

  test("the site's new tagline is in every page's footer", async ({ page: reader }) => {
    await reader.goto(`${site!.url}/`);
    await expect(reader.getByRole('contentinfo')).toContainText(TAGLINE);
  });

  test('the corrected story prints the correction and declares it in its JSON-LD', async ({ page: reader }) => {
    await reader.goto(`${site!.url}${SEED_PAGE}`);
    await expect(reader.getByText(CORRECTION)).toBeVisible();
    const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').first().textContent())!);
    const article = [jsonLd, ...(jsonLd['@graph'] ?? [])].find((node) => node.correction);
    expect(article.correction).toEqual([
      { '@type': 'CorrectionComment', text: CORRECTION, datePublished: '2026-10-30T15:00:00+01:00' },
    ]);
  });
});

/**
 * Live coverage in the desk: the live fixture (tests/fixtures/live) built with its desk, so the real generator makes
 * the story's collection of updates (src/lib/desk/cms-config.ts). An editor in New York lists the updates and adds
 * one; the file lands in the story's updates folder, named by the moment it was made (UTC), dated in the story's zone,
 * and the site built from it shows it first.
 */
test.describe('live coverage in the desk', () => {
  const FIXTURE = 'tests/fixtures/live';
  const UPDATES = `${FIXTURE}/articles/2026/storm-fixture.updates`;
  const HEADLINE_NEW = 'Fixture desk update: the bridge reopens';
  let site: { url: string; close: () => Promise<void> } | undefined;
  let desk: Page;
  let repo: Record<string, string> = {};
  const repoText = (file: string) => Buffer.from(repo[file] ?? '', 'base64').toString('utf8');

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(300_000);
    const build = buildFixture(FIXTURE);
    if (build.status !== 0) throw new Error(`The live fixture did not build:\n${build.output}`);
    site = await serveStatic(build.dist);
    const context = await browser.newContext({
      timezoneId: 'America/New_York',
      viewport: { width: 1366, height: 900 },
    });
    desk = await context.newPage();
    // 19:40 in New York on 31 October is 23:40 UTC and 00:40 on 1 November in Paris, the story's zone.
    await desk.clock.setFixedTime(new Date('2026-10-31T23:40:00Z'));
    await useTestRepo(desk);
    await desk.goto(`${site.url}/404.html`);
    await seedRepo(desk, { ...filesUnder(ROOT, `${FIXTURE}/articles`), ...filesUnder(ROOT, `${FIXTURE}/authors`) });
    await desk.goto(`${site.url}/admin/`);
    await desk.getByRole('button', { name: 'Work with Test Repository' }).click();
    await expect(desk.getByRole('treeitem', { name: /Stories/ })).toBeVisible();
  });

  test.afterAll(async () => {
    await desk?.context().close();
    await site?.close();
  });

  test("the sidebar has the live story's updates, listed newest first, and no update is listed as a story", async () => {
    await desk.getByRole('treeitem', { name: /Stories/ }).click();
    await expect(desk.getByRole('row', { name: /Fixture Storm Reaches the Coast/ })).toHaveCount(1);
    await expect(desk.getByRole('row')).toHaveCount(1);
    // All 45 updates, the one scheduled after the build's clock included (the desk is where it waits).
    await expect(desk.getByRole('treeitem', { name: /Live: Fixture Storm Reaches the Coast/ })).toContainText('45');
    await desk.getByRole('treeitem', { name: /Live: Fixture Storm Reaches the Coast/ }).click();
    await expect(desk.getByRole('row', { name: 'Fixture scheduled update not yet published' })).toBeVisible();
    await expect(desk.getByRole('row', { name: "Storm's eye passes the headland" })).toBeVisible();
    const cells = await desk.getByRole('gridcell').allTextContents();
    const dates = cells.flatMap((c) => /(2026-1[01]-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d)/.exec(c)?.[1] ?? []);
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('an editor adds a key event: saved in the story’s updates folder, in the story’s zone', async () => {
    await desk.getByRole('treeitem', { name: /Live: Fixture Storm Reaches the Coast/ }).click();
    await desk.getByRole('button', { name: 'Create New Entry' }).click();
    await fillSettled(desk.getByRole('textbox', { name: 'Headline' }), HEADLINE_NEW);
    await desk.getByRole('checkbox', { name: 'Tomas Berg' }).check();
    await desk.getByRole('switch', { name: 'Key event' }).click();
    await (
      await reveal(desk, desk.getByRole('textbox', { name: 'Update' }))
    ).fill('The old bridge reopened to traffic at midnight.');
    await save(desk);
    repo = await readRepo(desk);
    const file = `${UPDATES}/20261031-234000.md`;
    const head = repoText(file).split(/^---$/m)[1] ?? '';
    expect(head).toContain('published: "2026-11-01T00:40:00+01:00"\n');
    expect(head).toContain('author:\n  - "tomas-berg"\n');
    expect(head).toContain(`headline: "${HEADLINE_NEW}"\n`);
    expect(head).toContain('key: true\n');
    expect(repoText(file)).toContain('The old bridge reopened to traffic at midnight.');
  });

  test('the site built from what the desk saved shows the new update first, and as a key event', async ({
    page: reader,
  }) => {
    test.setTimeout(300_000);
    fs.mkdirSync(FIXTURE_TMP, { recursive: true });
    const scratch = fs.mkdtempSync(path.join(FIXTURE_TMP, 'desk-live-'));
    try {
      const content = path.join(scratch, 'content');
      fs.cpSync(path.join(ROOT, FIXTURE), content, { recursive: true });
      for (const [file, base64] of Object.entries(repo)) {
        const target = path.join(content, path.relative(FIXTURE, file));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, Buffer.from(base64, 'base64'));
      }
      const build = buildFixture(content);
      if (build.status !== 0) throw new Error(`The desk's update did not build:\n${build.output}`);
      expect(build.output).toContain('Content check: 1 article, 46 live updates and 2 authors are valid.');
      const served = await serveStatic(build.dist);
      try {
        await reader.goto(`${served.url}/2026/10/31/storm-fixture-live/`);
        await expect(reader.locator('#live-updates > article').first()).toHaveId('update-20261031-234000');
        await expect(reader.getByRole('navigation', { name: 'Key events' }).getByRole('link').first()).toContainText(
          HEADLINE_NEW,
        );
      } finally {
        await served.close();
      }
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});
