/**
 * The desk's build-time half. It hands the CMS configuration to src/pages/admin/index.astro as the module
 * `virtual:gazette/desk-config`, generated from the content schemas (src/lib/desk/generate.ts); a schema field the
 * desk cannot edit, or a configuration Sveltia would refuse, fails the build with its message.
 * It has the desk's browser code bundled on its own, once per version (src/lib/desk/bundle.ts), and links that bundle
 * into the output. And it keeps Sveltia's interface fonts on this site (below).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { DESK_ENTRY, deskBundleDir, deskBundleKey, ensureDeskBundle } from '../lib/desk/bundle.ts';
import { generateDeskConfig, generateLiveZones } from '../lib/desk/generate.ts';
import { linkTree } from '../lib/incremental/reuse-output.ts';

const MODULE = 'virtual:gazette/desk-config';

/**
 * Sveltia's npm build registers its three interface fonts from its own files (document.fonts.add), but its styles
 * also declare them with @font-face rules pointing at cdn.jsdelivr.net, which the browser tries first. Those rules
 * are dropped from the bundle, so the desk never asks a third party for a font; tests/e2e/desk.spec.ts fails if a
 * new Sveltia version makes any request off the site.
 */
export const CDN_FONT_FACE = /@font-face \{[^}]*cdn\.jsdelivr\.net[^}]*\}/g;

/** Drops Sveltia's CDN font rules from its styles (above). */
const keepFontsLocal: Plugin = {
  name: 'gazette:desk-fonts',
  transform: (code: string, id: string) =>
    id.includes('/@sveltia/cms/') && code.includes('cdn.jsdelivr.net/fontsource')
      ? { code: code.replace(CDN_FONT_FACE, ''), map: null }
      : undefined,
};

export default function desk(): AstroIntegration {
  let bundle: Promise<string> | undefined;
  let key = '';
  return {
    name: 'gazette:desk',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        // Generated when Vite asks for the module, once: by then the content check has refreshed the reader's cache.
        // Also kept on globalThis, where the warm publisher (scripts/publish.ts) puts the suggestions a save changed.
        let generated: string | undefined;
        const moduleCode = () => {
          try {
            generated ??= [
              `const config = ${JSON.stringify(generateDeskConfig())};`,
              `globalThis[Symbol.for('gazette.deskConfig')] = config;`,
              'export default config;',
              `export const liveZones = ${JSON.stringify(generateLiveZones())};`,
              `globalThis[Symbol.for('gazette.deskLiveZones')] = liveZones;`,
            ].join('\n');
          } catch (error) {
            throw new Error(`The desk's configuration could not be generated: ${(error as Error).message}`, {
              cause: error,
            });
          }
          return generated;
        };
        const root = fileURLToPath(config.root);
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (command === 'build') {
          // The desk's own bundle, from the cache when nothing in it changed (src/lib/desk/bundle.ts).
          key = deskBundleKey(root, base);
          bundle = ensureDeskBundle({
            root,
            base,
            key,
            cacheDir: fileURLToPath(config.cacheDir),
            plugins: [keepFontsLocal],
          });
          bundle.catch(() => undefined);
        }
        // In `astro dev` the page loads the bootstrap's source, which Vite serves as it is asked for.
        const script = key ? `${base}${deskBundleDir(key)}/${DESK_ENTRY}` : `${base}src/client/desk.ts`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'gazette:desk-config',
                resolveId: (id: string) => (id === MODULE ? `\0${MODULE}` : undefined),
                load: (id: string) =>
                  id === `\0${MODULE}`
                    ? `${moduleCode()}\nexport const script = ${JSON.stringify(script)};`
                    : undefined,
              },
              ...(command === 'build' ? [] : [keepFontsLocal]),
            ],
          },
        });
      },
      'astro:build:done': async ({ dir }) => {
        if (!bundle) return;
        // Linked, not copied: the cached bundle is never written again under its key.
        linkTree(await bundle, path.join(fileURLToPath(dir), deskBundleDir(key)));
      },
    },
  };
}
