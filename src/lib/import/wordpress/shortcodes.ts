/**
 * WordPress shortcodes ("[caption]…[/caption]", "[gallery ids=…]") in a post's HTML. A static page has nothing to run
 * them, so none may reach the text as raw brackets: [caption] becomes a <figure> with its caption, [embed] a link, and
 * every other one is left out (its enclosed text kept) and reported.
 *
 * WordPress only treats registered names as shortcodes, which an export does not list. So a name is taken for one when
 * it is one WordPress or Jetpack registers, or when it looks like one: attributes with "=", a closing "[/name]" or
 * "/]". A bare "[sic]" or "[simple boat]" in the prose stays text. Finding them and reading their attributes is
 * WordPress's own code (@wordpress/shortcode: get_shortcode_regex and shortcode_parse_atts, ported); what each
 * becomes is Gazette's.
 */
import { attrs as parseAttributes, regexp } from '@wordpress/shortcode';
import { escapeMarkup } from '../../markup/escape.ts';

/** Registered by WordPress core or Jetpack (the shortcodes WordPress.com exports carry). */
const KNOWN = new Set([
  'caption',
  'wp_caption',
  'gallery',
  'audio',
  'video',
  'playlist',
  'embed',
  'archives',
  'bandcamp',
  'brightcove',
  'contact-field',
  'contact-form',
  'crowdsignal',
  'dailymotion',
  'facebook',
  'flickr',
  'gist',
  'googleapps',
  'googlemaps',
  'gravatar',
  'instagram',
  'kickstarter',
  'latex',
  'mixcloud',
  'polldaddy',
  'portfolio',
  'recipe',
  'scribd',
  'slideshare',
  'slideshow',
  'soundcloud',
  'spotify',
  'ted',
  'tweet',
  'twitter-timeline',
  'vimeo',
  'vine',
  'wpvideo',
  'youtube',
  'code',
  'sourcecode',
]);

/** What each left-out shortcode was, for the report. */
const WHAT: Record<string, string> = {
  gallery: "a gallery of the post's images",
  audio: 'an audio player',
  video: 'a video player',
  playlist: 'a media playlist',
};

export type Shortcodes = { html: string; notes: string[] };

/** WordPress's shortcode_parse_atts: named attributes (names lower-cased) and positional ones. */
type Attributes = ReturnType<typeof parseAttributes>;

/** Any shortcode name: WordPress's own pattern (`regexp` from @wordpress/shortcode) matches it and its brackets. */
const SHORTCODE = regexp('[A-Za-z][\\w-]*');

/** [caption]<a><img></a> Caption text[/caption] -> <figure><img><figcaption>Caption text</figcaption></figure>. */
function caption(attrs: Attributes, inner: string): string {
  const img = /<img\b[^>]*>/i.exec(inner)?.[0];
  // The caption is what follows the image (and the link around it), or, in old posts, the caption="" attribute.
  const text = (
    inner.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i, '').trim() ||
    escapeMarkup(attrs.named.caption ?? '')
  ).trim();
  if (!img) return text ? `<p>${text}</p>` : '';
  return `<figure>${img}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

/** Replaces every shortcode in `html`; the notes say what was left out or changed, once per kind. */
export function replaceShortcodes(html: string): Shortcodes {
  const notes: string[] = [];
  const note = (line: string) => {
    if (!notes.includes(line)) notes.push(line);
  };
  let out = '';
  let at = 0;
  while (true) {
    SHORTCODE.lastIndex = at;
    const m = SHORTCODE.exec(html);
    if (!m) break;
    // WordPress's groups: "[" escaping it, the name, the attributes, "/" closing it, the enclosed text, its closing
    // tag, "]" escaping it.
    const [whole, escapeOpen, rawName, attrText, selfClosing, enclosed, closing, escapeClose] = m;
    const name = rawName.toLowerCase();
    const looksLikeOne = KNOWN.has(name) || /=/.test(attrText) || selfClosing === '/' || closing !== undefined;
    if (!looksLikeOne) {
      out += html.slice(at, m.index + 1);
      at = m.index + 1;
      continue;
    }
    out += html.slice(at, m.index);
    at = m.index + whole.length;
    // "[[gallery]]" is WordPress's way of writing the text "[gallery]".
    if (escapeOpen && escapeClose) {
      out += whole.slice(1, -1);
      continue;
    }
    out += escapeOpen;
    const attrs = parseAttributes(attrText);
    const inner = enclosed ?? '';
    if (name === 'caption' || name === 'wp_caption') {
      out += caption(attrs, inner);
    } else if (name === 'embed') {
      const url = (inner || attrs.named.src || attrs.numeric[0] || '').trim();
      if (/^https?:\/\//i.test(url)) {
        out += `<p><a href="${escapeMarkup(url)}">${escapeMarkup(url)}</a></p>`;
        note(`[embed] shown as a link to what it embedded`);
      } else note(`[embed] with nothing to link to left out`);
    } else {
      const what = WHAT[name] ?? (KNOWN.has(name) ? 'a Jetpack or WordPress feature' : 'a plugin feature');
      note(
        `[${name}] (${what}) left out${inner.trim() ? ', its enclosed text kept' : ''}: a static page cannot run it`,
      );
      // Enclosed text may itself hold shortcodes.
      if (inner.trim()) {
        const nested = replaceShortcodes(inner);
        out += nested.html;
        for (const n of nested.notes) note(n);
      }
    }
    out += escapeClose;
  }
  return { html: out + html.slice(at), notes };
}
