/**
 * Checks a generated desk configuration against the JSON Schema that @sveltia/cms ships for its configuration
 * (schema/sveltia-cms.json, draft-07), so a mistake in the generator fails the build and the tests, not an editor's
 * sign-in page. Runs in Node at build time and in the unit tests.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';

let validator: ReturnType<Ajv['compile']> | undefined;

function compile() {
  if (validator) return validator;
  // The package's exports name only its entry point, so the schema is found beside it (npm/index.js -> ../schema).
  const entry = createRequire(import.meta.url).resolve('@sveltia/cms');
  const schema = JSON.parse(
    fs.readFileSync(path.join(path.dirname(entry), '..', 'schema', 'sveltia-cms.json'), 'utf8'),
  );
  // strict: false, because the schema uses draft-07 keywords Ajv's strict mode rejects (markdownDescription).
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('regex', (value: string) => {
    try {
      new RegExp(value);
      return true;
    } catch {
      return false;
    }
  });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  validator = ajv.compile(schema);
  return validator;
}

/** Every way `config` breaks Sveltia's JSON Schema, as "/path/in/config: message" lines; none means valid. */
export function configProblems(config: object): string[] {
  const validate = compile();
  if (validate(config)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'}: ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
}
