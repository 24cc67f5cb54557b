/**
 * Where the desk lives under the base path. The desk's page, robots.txt, the sitemap and every host's headers name
 * it from here.
 */
export const DESK_PAGE = 'admin/';
