/** What the warm publisher's steps hand each other (warm-site.ts and the modules it runs). Plain Node. */
import type { AstroIntegration, PathWithRoute } from 'astro';
import type { BuildOptions, DefaultPrerenderer, WarmBuild } from '../../integrations/warm-publisher.ts';
import type { BuildPaths } from '../incremental/build-paths.ts';

/** Integrations whose `astro:build:done` output follows the content, made afresh for each run (astro.config.ts). */
export type ContentIntegrations = () => AstroIntegration[];

/** A search index written by its own process into `outDir/pagefind/`; resolves to its exit status. */
export type SearchIndexRun = { done: Promise<number>; stop(): void };

export type WarmSiteOptions = {
  warm: WarmBuild;
  paths: BuildPaths;
  contentIntegrations: ContentIntegrations;
  searchIndex: (outDir: string) => SearchIndexRun;
  /** A line for the terminal. */
  log: (line: string) => void;
  /**
   * What the build compiled into its code from the content: read after the build and before each publish. When it
   * differs, `update()` brings the pages' copy up to date (false when it cannot: then it is a full build, and `what`
   * says why).
   */
  compiledContent?: { what: string; read: () => string; update: () => Promise<boolean> };
};

/** What a publish did. */
export type PublishOutcome =
  | { kind: 'published'; written: string[]; removed: string[]; seconds: number }
  | { kind: 'nothing' }
  | { kind: 'fallback'; reason: string }
  | { kind: 'rolled back'; reason: string };

/** Asked while a publish runs: go on, give the search index up for a save that waits, or stop (SIGTERM). */
export type Interruption = () => 'go on' | 'yield' | 'stop';

/** Astro's prerenderer once set up: its app renders pages as the build does. */
export type WarmPrerenderer = DefaultPrerenderer & { app: NonNullable<DefaultPrerenderer['app']> };

export type RouteData = PathWithRoute['route'] & { distURL?: URL[] };

/** The build's own render of one path (astro/dist/core/build/generate.js). */
export type RenderPath = (options: {
  prerenderer: DefaultPrerenderer;
  pathname: string;
  route: RouteData;
  options: BuildOptions;
  logger: unknown;
  collectMetadata: boolean;
}) => Promise<{
  body: Uint8Array;
  outFile: URL;
  metadata?: { contentEntryKeys?: string[]; staticImages?: { finalPath?: string }[]; referencedImages?: string[] };
} | null>;

/** The pathname Astro gives a route's params (astro/dist/core/routing/params.js). */
export type StringifyParams = (
  params: Record<string, string | undefined>,
  route: unknown,
  trailingSlash: string,
) => string;

export const verifying = () => process.env.GAZETTE_VERIFY_MEMO === '1';
