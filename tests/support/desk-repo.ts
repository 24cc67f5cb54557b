/**
 * The desk's offline repository for browser tests. Sveltia's `test-repo` backend keeps its files in the browser's
 * origin private file system (OPFS) under `sveltia-cms-test/` and reads whatever is there when an editor signs in,
 * so a test copies content files in before opening /admin/, swaps the page's backend for `test-repo`, and reads back
 * exactly the bytes the desk saved. Nothing leaves the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Sveltia's folder for the test backend in OPFS (src/lib/services/backends/fs/test.js, ROOT_DIR_NAME). */
export const TEST_REPO_DIR = 'sveltia-cms-test';

/** Every file under `dir`, keyed by its path relative to `root` with forward slashes. */
export function filesUnder(root: string, dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const f of fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })) {
    const full = path.join(root, dir, f);
    if (fs.statSync(full).isFile())
      found[`${dir}/${f.split(path.sep).join('/')}`] = fs.readFileSync(full).toString('base64');
  }
  return found;
}

/** Writes files (base64, keyed by repository path) into the desk's OPFS repository, replacing what was there. */
export async function seedRepo(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ({ dirName, files }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(dirName, { recursive: true }).catch(() => undefined);
      const repo = await root.getDirectoryHandle(dirName, { create: true });
      for (const [file, base64] of Object.entries(files)) {
        const parts = file.split('/');
        let dir = repo;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { dirName: TEST_REPO_DIR, files },
  );
}

/**
 * Every file in the desk's OPFS repository, base64, keyed by repository path. Sveltia may still be writing just after
 * it reports a save: a file that vanishes or is locked during the walk means a write in progress, so the walk starts
 * again.
 */
export async function readRepo(page: Page): Promise<Record<string, string>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await walkRepo(page);
    } catch (error) {
      if (attempt === 10 || !/NotFoundError|NotReadableError|InvalidStateError/.test(String(error))) throw error;
      await page.waitForTimeout(300);
    }
  }
}

async function walkRepo(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (dirName) => {
    const found: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (dir as any).entries() as AsyncIterable<[string, FileSystemHandle]>) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = '';
          for (const b of bytes) binary += String.fromCharCode(b);
          found[`${prefix}${name}`] = btoa(binary);
        }
      }
    };
    const root = await navigator.storage.getDirectory();
    await walk(await root.getDirectoryHandle(dirName), '');
    return found;
  }, TEST_REPO_DIR);
}

/** Removes the desk's OPFS repository and Sveltia's cached state for this origin. */
export async function clearRepo(page: Page): Promise<void> {
  await page.evaluate(async (dirName) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(dirName, { recursive: true }).catch(() => undefined);
  }, TEST_REPO_DIR);
}

/** Serves /admin/ with its configured backend replaced by Sveltia's offline `test-repo`. */
export async function useTestRepo(page: Page): Promise<void> {
  await page.route(/\/admin\/$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const island = /(<script type="application\/json" id="desk-config"[^>]*>)(.*?)(<\/script>)/s.exec(html);
    if (!island) throw new Error('No desk configuration island in /admin/');
    const config = JSON.parse(island[2]);
    config.backend = { name: 'test-repo' };
    const json = JSON.stringify(config).replace(/</g, '\\u003c');
    await route.fulfill({ response, body: html.replace(island[0], `${island[1]}${json}${island[3]}`) });
  });
}
