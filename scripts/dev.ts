/**
 * `npm run dev`: Astro's live-reloading preview for an editor writing a story. The content check runs first and
 * again whenever a content file is saved, so its plain "<file>: <field> ..." lines appear in this terminal as well as
 * Astro's own overlay in the browser. A failing check does not stop the server: the editor is mid-edit.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';

const root = process.cwd();
const checkScript = path.join(root, 'scripts', 'check-content.ts');
// Astro lets environment variables named BASE_URL and SITE override BASE_PATH and SITE_URL (scripts/build.ts).
const { BASE_URL: _base, SITE: _site, ...inherited } = process.env;
const env = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1' };

function check(): void {
  spawnSync(process.execPath, [checkScript], { stdio: 'inherit', env });
}

check();
let pending: NodeJS.Timeout | undefined;
// Saving a file often fires several events; one check per burst is enough.
fs.watch(contentDir(), { recursive: true }, () => {
  clearTimeout(pending);
  pending = setTimeout(check, 300);
});

const astro = spawn(
  process.execPath,
  [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env,
  },
);
astro.on('exit', (code) => process.exit(code ?? 0));
