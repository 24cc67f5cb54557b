/**
 * One path rendered by the build's own prerenderer through the build's own `renderPath` (URL, request, redirects,
 * output file), as `astro build` renders it. A page that needs an image transform the build did not make cannot be
 * published warm: the image is the build's to generate. Plain Node, in the warm publisher's worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PathWithRoute } from 'astro';
import type { RecordedPath } from './build-cache.ts';
import type { Interruption, PublishOutcome, RenderPath, RouteData, WarmPrerenderer } from './publish-types.ts';
import type { DistTransaction } from './transaction.ts';

export type RenderedPage = {
  /** Relative to the site. */
  file: string;
  body: Uint8Array;
  /** What the build cache records for a keyed path. */
  record: (keyed: PathWithRoute) => RecordedPath;
};

/** A renderer into `dist`: a page, undefined when there is nothing to write, 'image' when it needs a new image. */
export function pageRenderer(prerenderer: WarmPrerenderer, renderPath: RenderPath, dist: string) {
  return async (p: PathWithRoute): Promise<RenderedPage | 'image' | undefined> => {
    const route = p.route as RouteData;
    const distURLs = route.distURL?.length;
    const options = prerenderer.app.getOptions();
    const result = await renderPath({
      prerenderer,
      pathname: p.pathname,
      route,
      options,
      logger: options.logger,
      collectMetadata: true,
    });
    // renderPath records each output on its route, which the build's done hooks read once: keep one entry per file.
    if (route.distURL && distURLs !== undefined) route.distURL.length = distURLs;
    if (!result) return undefined;
    const file = decodeURI(result.outFile.href.slice(options.settings.config.outDir.href.length));
    const images = result.metadata?.staticImages ?? [];
    for (const image of images) {
      const built = image.finalPath && path.join(dist, decodeURI(image.finalPath));
      if (built && !fs.existsSync(built)) return 'image';
    }
    if ((result.metadata?.contentEntryKeys ?? []).length > 0) {
      throw new Error(`${p.pathname} renders a content entry's compiled body, which the publisher cannot track`);
    }
    const body = new Uint8Array(result.body);
    return {
      file,
      body,
      record: (keyed) => ({
        component: keyed.route.component,
        pathname: keyed.pathname,
        cacheKey: keyed.cacheKey!,
        outputFile: file,
        body,
        staticImages: images,
        referencedImages: result.metadata?.referencedImages,
      }),
    };
  };
}

/**
 * Renders `batch`, `concurrency` at a time, staging through `tx` each page whose bytes changed and collecting what the
 * build cache records of keyed paths into `recorded`: the staged files in `batch`'s order, or why it stopped.
 */
export async function renderBatch(
  render: ReturnType<typeof pageRenderer>,
  tx: DistTransaction,
  batch: readonly PathWithRoute[],
  concurrency: number,
  recorded: RecordedPath[],
  interrupt: Interruption,
): Promise<string[] | PublishOutcome> {
  const staged: (string | undefined)[] = new Array(batch.length);
  let failure: PublishOutcome | undefined;
  let next = 0;
  const work = async () => {
    while (!failure && next < batch.length) {
      const i = next++;
      const p = batch[i];
      if (interrupt() === 'stop') {
        failure = { kind: 'rolled back', reason: 'stopped while the pages were being written' };
        return;
      }
      const page = await render(p);
      if (page === 'image') {
        failure = { kind: 'fallback', reason: `${p.pathname} shows an image transform the build has not made` };
        return;
      }
      if (page === undefined) continue;
      if (p.cacheKey !== undefined) recorded.push(page.record(p));
      if (tx.unchanged(page.file, page.body)) continue;
      tx.stage(page.file, page.body);
      staged[i] = page.file;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, work));
  return failure ?? staged.filter((f): f is string => f !== undefined);
}
