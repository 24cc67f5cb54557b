/**
 * `npm run deploy-configs`: rewrites the committed host configs from
 * src/lib/deploy/security-headers.ts, and vercel.json's redirects from the stories' old addresses (`aliases`).
 * `_headers`/`_redirects` and the nginx redirect maps need no step: the build writes them (src/integrations/host-files.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { MAX_VERCEL_REDIRECTS } from '../src/lib/deploy/redirects.ts';
import { committedHostConfigs, vercelRedirectsFromContent } from './deploy/committed-configs.ts';

const root = path.resolve(import.meta.dirname, '..');
for (const { file, text } of committedHostConfigs()) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
  console.log(`wrote ${file}`);
}
const moved = vercelRedirectsFromContent().length;
if (moved > MAX_VERCEL_REDIRECTS) {
  console.warn(
    `vercel.json carries none of the ${moved} old addresses: a Vercel deployment takes at most 1,024 routes. ` +
      'On Vercel they are answered by the static pages every build writes at each old path (instant refresh, canonical link); ' +
      'for 301s there, use Vercel\'s bulk redirects (docs/import.md, "Old links").',
  );
} else if (moved > 0) console.log(`vercel.json redirects ${moved} old addresses`);
