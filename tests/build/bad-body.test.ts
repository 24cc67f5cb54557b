import { describeBadContent, file } from '../support/bad-content.ts';

/** The body policy: script URLs and raw HTML that runs code or embeds a page are refused, not cleaned up. */
const cases: [name: string, message: string][] = [
  [
    'javascript-link',
    `${file('javascript-link')}: body, line 12: the link to "javascript:alert(document.cookie)" uses a script URL; use an http(s) link`,
  ],
  [
    'raw-script',
    `${file('raw-script')}: body, line 14: raw <script> HTML is not allowed in an article body; write the story in Markdown`,
  ],
  [
    'raw-iframe',
    `${file('raw-iframe')}: body, line 14: raw <iframe> HTML is not allowed in an article body; write the story in Markdown`,
  ],
  [
    'event-handler',
    `${file('event-handler')}: body, line 12: the inline event handler onmouseover="…" is not allowed in an article body`,
  ],
  [
    'unlisted-related-line',
    `${file('unlisted-related-line')}: body, line 19: the Related line links to "https://example.org/unlisted", which is not listed under related; add it there with its title`,
  ],
];

describeBadContent('bad body', cases);
