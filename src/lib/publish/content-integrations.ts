/**
 * The integrations whose `astro:build:done` output follows the content (the sitemap, the host files: astro.config.ts's
 * `contentIntegrations()`), run again after a publish as the build runs them: made afresh (so they read the content
 * and the clock now), given the config and routes the build gave, and the pages and outputs the site now has, into a
 * folder of their own; what differs from the live site moves in, and what they wrote last time and no longer write
 * goes. Plain Node, in the warm publisher's worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger, PathWithRoute } from 'astro';
import type { WarmBuild } from '../../integrations/warm-publisher.ts';
import type { ContentIntegrations } from './publish-types.ts';
import type { DistTransaction } from './transaction.ts';

type Hooks = Record<string, ((params: Record<string, unknown>) => unknown) | undefined>;

export class ContentIntegrationRun {
  /** What they wrote last time, relative to the site. */
  private owned: Set<string> | undefined;
  private readonly warm: WarmBuild;
  private readonly integrations: ContentIntegrations;
  private readonly appendSlash: boolean;

  constructor(warm: WarmBuild, integrations: ContentIntegrations, appendSlash: boolean) {
    this.warm = warm;
    this.integrations = integrations;
    this.appendSlash = appendSlash;
  }

  /** Into `dir`, then into the live site through `tx` where it differs. */
  async publish(
    tx: DistTransaction,
    dir: string,
    paths: PathWithRoute[],
    outputFile: (p: PathWithRoute) => string,
  ): Promise<void> {
    const files = await this.write(dir, paths, outputFile);
    const order: string[] = [];
    for (const file of files) {
      if (tx.unchanged(file, fs.readFileSync(path.join(dir, file)))) continue;
      tx.stageMoved(file, path.join(dir, file));
      order.push(file);
    }
    tx.goLive(
      order,
      [...(this.owned ?? [])].filter((f) => !files.has(f)),
    );
    this.owned = files;
  }

  /** Which files they own: what they write for the site as the build left it (into `dir`, then deleted). */
  async learn(dir: string, paths: PathWithRoute[], outputFile: (p: PathWithRoute) => string): Promise<void> {
    try {
      this.owned = await this.write(dir, paths, outputFile);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Runs them into `dir`; returns the files they wrote there, relative to it. */
  private async write(
    dir: string,
    paths: PathWithRoute[],
    outputFile: (p: PathWithRoute) => string,
  ): Promise<Set<string>> {
    const { config, routes } = this.warm;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const dirURL = pathToFileURL(`${dir}/`);
    // The page names Astro's build hands its integrations (generate.js, addPageName).
    const pages = paths
      .filter((p) => p.route.type === 'page')
      .map((p) => (this.appendSlash ? p.pathname.replace(/\/?$/, '/') : p.pathname).replace(/^\//, ''));
    const assets = new Map<string, URL[]>();
    for (const p of paths)
      assets.set(p.route.route, [...(assets.get(p.route.route) ?? []), new URL(outputFile(p), dirURL)]);
    for (const integration of this.integrations()) {
      const logger = integrationLogger(integration.name);
      const hooks = integration.hooks as Hooks;
      await hooks['astro:config:done']?.({
        config,
        logger,
        buildOutput: 'static',
        setAdapter: () => undefined,
        injectTypes: () => new URL('./types.d.ts', dirURL),
      });
      await hooks['astro:routes:resolved']?.({ routes, logger });
      await hooks['astro:build:done']?.({
        dir: dirURL,
        pages: pages.map((pathname) => ({ pathname })),
        routes: [...new Set(paths.map((p) => p.route))],
        assets,
        logger,
      });
    }
    return new Set(
      fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
    );
  }
}

/** A logger for an integration's hooks, as Astro gives one: warnings and errors printed, progress not. */
function integrationLogger(label: string): AstroIntegrationLogger {
  const logger = {
    label,
    options: { dest: undefined, level: 'warn' },
    info: () => undefined,
    debug: () => undefined,
    warn: (message: string) => console.warn(`[${label}] ${message}`),
    error: (message: string) => console.error(`[${label}] ${message}`),
    fork: (name: string) => integrationLogger(name),
  };
  return logger as unknown as AstroIntegrationLogger;
}
