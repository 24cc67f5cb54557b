/**
 * Lets a build reuse the live site's unchanged pages through hard links (src/lib/incremental/reuse-output.ts):
 * wraps Astro's prerenderer, through the `astro:build:start` hook's `setPrerenderer`, so that each page Astro
 * renders has its file unlinked first and is written as a new file, never through a link into the live site.
 * Runs inside Astro's build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { outputFileFor, unlinkBeforeWrite } from '../lib/incremental/reuse-output.ts';

/**
 * Astro's prerenderer, each page's output file in `outDir` unlinked before Astro writes it. Exported for the warm
 * publisher's integration (warm-publisher.ts), which wraps it in turn: Astro keeps only the last `setPrerenderer`.
 */
export function unlinkingPrerenderer(astros: AstroPrerenderer, outDir: string, base: string): AstroPrerenderer {
  return {
    ...astros,
    name: 'gazette:reuse-output',
    async render(request, options) {
      const pathname = new URL(request.url).pathname;
      const withinBase = pathname.startsWith(base)
        ? pathname.slice(base.length - (base.endsWith('/') ? 1 : 0))
        : pathname;
      unlinkBeforeWrite(outDir, outputFileFor(withinBase, options.routeData.type));
      return astros.render(request, options);
    },
  };
}

export default function reuseOutput(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'gazette:reuse-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astros: AstroPrerenderer): AstroPrerenderer => unlinkingPrerenderer(astros, outDir, base));
      },
    },
  };
}
