/**
 * `npm run dev` as an editor uses it: the server shows a story, the editor saves a change to its file, and the page
 * shows the change without a restart. Run in a sandbox copy of the project (tests/support/incremental-site.ts), so
 * the dev server's own files (.astro/) are not shared with the builds other tests run beside it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TEST_EPOCH } from '../support/build-fixture.ts';
import { IncrementalSite } from '../support/incremental-site.ts';
import { markdown } from '../support/incremental-stories.ts';

const site = new IncrementalSite();
let server: ChildProcess;
let output = '';
let origin = '';
const STORY = '/2024/12/20/dev-story/';

/** The environment without what Vitest adds to it. */
function editorEnv(): NodeJS.ProcessEnv {
  const vitest = /^(VITEST.*|NODE_ENV|TEST|BASE_URL|MODE|DEV|PROD|SSR|SITE)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest.test(key)));
}

/** A port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** What the server said, without its line for each request. */
function serverLog(): string {
  return output
    .split('\n')
    .filter((line) => !/\[\d{3}\] \//.test(line))
    .join('\n')
    .slice(-3000);
}

/** The page's HTML once it contains `text`, or an error naming what the page and the server said. */
async function pageWith(url: string, text: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = await response.text();
      if (response.ok && last.includes(text)) return last;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} never showed "${text}". Last page: ${last.slice(0, 300)}\nServer output:\n${serverLog()}`);
}

beforeAll(async () => {
  await site.setUp(2, 0);
  fs.writeFileSync(
    site.file('articles/dev-story.md'),
    markdown({ slug: 'dev-story', published: '2024-12-20T10:00:00Z', headline: 'A story open in the editor' }),
  );
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['scripts/dev.ts', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site.project,
    detached: true,
    // As an editor's shell has it: without Vitest's own variables (with NODE_ENV=test, Astro's dev server answers no
    // route at all).
    env: {
      ...editorEnv(),
      SOURCE_DATE_EPOCH: TEST_EPOCH,
      GAZETTE_CONTENT_DIR: site.content,
      GAZETTE_CACHE_DIR: site.cache,
      NO_COLOR: '1',
    },
  });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  await pageWith(`${origin}${STORY}`, 'A story open in the editor', 120_000);
  // The file watcher scans the content folder once the server answers; an editor takes longer than this to save.
  await new Promise((r) => setTimeout(r, 3000));
}, 180_000);

afterAll(() => {
  // The dev script and the Astro server it starts are one process group.
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  site.remove();
});

test('a story saved while the dev server runs is shown with the change', async () => {
  const file = site.file('articles/dev-story.md');
  fs.writeFileSync(
    file,
    fs.readFileSync(file, 'utf8').replace('The talks will resume next week.', 'The talks were called off on Thursday.'),
  );
  const html = await pageWith(`${origin}${STORY}`, 'The talks were called off on Thursday.', 60_000);
  expect(html).not.toContain('The talks will resume next week.');
}, 90_000);

test('a headline changed in the frontmatter is shown too', async () => {
  const file = site.file('articles/dev-story.md');
  fs.writeFileSync(
    file,
    fs
      .readFileSync(file, 'utf8')
      .replace('headline: "A story open in the editor"', 'headline: "A headline the desk rewrote"'),
  );
  await pageWith(`${origin}${STORY}`, 'A headline the desk rewrote', 60_000);
}, 90_000);
