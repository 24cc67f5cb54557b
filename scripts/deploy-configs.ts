/**
 * `npm run deploy-configs`: rewrites the committed host configs from
 * src/lib/deploy/security-headers.ts. `_headers`/`_redirects` need no step: the build
 * writes them (src/integrations/host-files.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { committedHostConfigs } from './deploy/committed-configs.ts';

const root = path.resolve(import.meta.dirname, '..');
for (const { file, text } of committedHostConfigs()) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
  console.log(`wrote ${file}`);
}
