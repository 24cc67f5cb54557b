// The desk's CMS configuration, generated at build time (src/integrations/desk-config.ts).
declare module 'virtual:gazette/desk-config' {
  const config: import('../lib/desk/cms-config.ts').DeskConfig;
  export default config;
  /** The URL of the desk's browser bundle (or, in `astro dev`, of its source). */
  export const script: string;
  /** Each live story's collection name and time zone, for the save rules (src/lib/desk/generate.ts). */
  export const liveZones: Record<string, string>;
}
