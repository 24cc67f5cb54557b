import { expect, test } from 'vitest';
import { shareLinks } from '../../../src/lib/seo/share-links.ts';

const url = 'https://news.example.org/news/2015/06/11/a-story/';
const title = 'Gunmen & "Police": 100% sure?';

test('one link each for email, X, Facebook, LinkedIn and WhatsApp', () => {
  expect(shareLinks(url, title).map((l) => l.network)).toEqual(['email', 'x', 'facebook', 'linkedin', 'whatsapp']);
});

test.each(shareLinks(url, title).map((l) => [l.network, l.href]))(
  '%s carries the exact permalink and no tracking parameters',
  (network, href) => {
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    const values = [...query.values()];
    expect(
      values.some((v) => v === url || v.includes(url)),
      `${network}: ${href}`,
    ).toBe(true);
    expect([...query.keys()].some((k) => /^utm_|^ref$|^fbclid$/.test(k))).toBe(false);
    // The permalink inside is itself untouched: no parameters added to it.
    expect(values.join(' ')).not.toContain(`${url}?`);
  },
);

test('spaces are encoded as %20, which mail clients read as spaces', () => {
  const email = shareLinks(url, title).find((l) => l.network === 'email')!.href;
  expect(email).not.toContain('+');
  expect(new URLSearchParams(email.slice('mailto:?'.length)).get('subject')).toBe(title);
});
