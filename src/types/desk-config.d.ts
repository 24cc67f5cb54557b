// The desk's CMS configuration, generated at build time (src/integrations/desk-config.ts).
declare module 'virtual:gazette/desk-config' {
  const config: import('../lib/desk/cms-config.ts').DeskConfig;
  export default config;
}
