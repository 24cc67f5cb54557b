/**
 * `npm run desk-config`: prints the desk's Sveltia CMS configuration as JSON, as the build gives it to the desk
 * (src/lib/desk/generate.ts). Exits 1, naming the problem, when the schema has a field the desk cannot edit or the
 * result breaks Sveltia's JSON Schema. Reads SITE_URL, BASE_PATH, GAZETTE_CONTENT_DIR and the GAZETTE_DESK_* variables.
 */
import { generateDeskConfig } from '../src/lib/desk/generate.ts';

try {
  process.stdout.write(`${JSON.stringify(generateDeskConfig(), null, process.stdout.isTTY ? 2 : undefined)}\n`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
