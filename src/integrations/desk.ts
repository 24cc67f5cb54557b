/**
 * The desk's build-time half. It hands the CMS configuration to src/pages/admin/index.astro as the module
 * `virtual:gazette/desk-config`, generated from the content schema by scripts/desk-config.ts in a plain Node process
 * (Astro loads this file through Vite, where scripts/content-schema.ts cannot load src/content.config.ts); a schema
 * field the desk cannot edit, or a configuration Sveltia would refuse, fails the build with the script's message.
 * And it keeps Sveltia's interface fonts on this site (below).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';

const MODULE = 'virtual:gazette/desk-config';
const SCRIPT = fileURLToPath(new URL('../../scripts/desk-config.ts', import.meta.url));

/**
 * Sveltia's npm build registers its three interface fonts from its own files (document.fonts.add), but its styles
 * also declare them with @font-face rules pointing at cdn.jsdelivr.net, which the browser tries first. Those rules
 * are dropped from the bundle, so the desk never asks a third party for a font; tests/e2e/desk.spec.ts fails if a
 * new Sveltia version makes any request off the site.
 */
export const CDN_FONT_FACE = /@font-face \{[^}]*cdn\.jsdelivr\.net[^}]*\}/g;

export default function desk(): AstroIntegration {
  return {
    name: 'gazette:desk',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The Node running Astro (the project's own), which strips the script's types as scripts/ expects. Started
        // now and awaited only when Vite asks for the module, so it runs while the content layer syncs.
        const generated = promisify(execFile)(process.execPath, [SCRIPT], { maxBuffer: 16 * 1024 * 1024 }).then(
          ({ stdout }) => `export default ${stdout.trim()};`,
          (error: { stderr?: string; message: string }) => {
            throw new Error(`The desk's configuration could not be generated: ${error.stderr?.trim() || error.message}`);
          },
        );
        // Settled here too, so a failure is reported when Vite asks, not as an unhandled rejection before.
        generated.catch(() => undefined);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'gazette:desk-config',
                resolveId: (id: string) => (id === MODULE ? `\0${MODULE}` : undefined),
                load: (id: string) => (id === `\0${MODULE}` ? generated : undefined),
              },
              {
                name: 'gazette:desk-fonts',
                transform: (code: string, id: string) =>
                  id.includes('/@sveltia/cms/') && code.includes('cdn.jsdelivr.net/fontsource') ? { code: code.replace(CDN_FONT_FACE, ''), map: null } : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
