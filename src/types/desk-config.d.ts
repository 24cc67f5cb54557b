// The desk's CMS configuration, generated at build time (src/integrations/desk-config.ts).
declare module 'virtual:gazette/desk-config' {
  const config: import('../lib/desk/cms-config.ts').DeskConfig;
  export default config;
  /** The URL of the desk's browser bundle (or, in `astro dev`, of its source). */
  export const script: string;
}
