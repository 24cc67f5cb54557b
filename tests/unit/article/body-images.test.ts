/**
 * Photos in a story's body: which Markdown images are files beside the story, and how the placeholders Astro's
 * Markdown leaves for them are filled in the HTML the article page renders itself.
 */
import { describe, expect, test } from 'vitest';
import { fillBodyImages, isLocalImage, localBodyImages } from '../../../src/lib/article/body-images.ts';
import { markdownToHtml } from '../../../src/lib/article/markdown.ts';

describe('localBodyImages', () => {
  test('files beside the story, once each, in order; URLs and site paths are not files', () => {
    const body = [
      '<figure>',
      '',
      '![Bell on Wharf](./media/bell.jpg)',
      '',
      '<figcaption>Bell on wharf</figcaption>',
      '</figure>',
      '',
      'A map ![](../maps/mali.png "Mali") and a remote ![x](https://example.org/a.png), a site path ![y](/favicon.svg).',
      'Again ![Bell on Wharf](./media/bell.jpg) and ![z](<photos/with space.webp>)',
    ].join('\n');
    expect(localBodyImages(body)).toEqual(['./media/bell.jpg', '../maps/mali.png', 'photos/with space.webp']);
  });

  test('a story without pictures has none', () => {
    expect(localBodyImages('Text with a [link](./other.md) and no picture.')).toEqual([]);
  });

  test.each([
    ['./a.jpg', true],
    ['a.jpg', true],
    ['../a.jpg', true],
    ['https://example.org/a.jpg', false],
    ['data:image/png;base64,AAAA', false],
    ['//cdn.example.org/a.jpg', false],
    ['/images/a.jpg', false],
  ])('%s is a local file: %s', (address, local) => {
    expect(isLocalImage(address)).toBe(local);
  });
});

describe('fillBodyImages', () => {
  test("each placeholder Astro's Markdown leaves becomes what the renderer draws, with its address and alt", async () => {
    const html = await markdownToHtml('![Bell "on" Wharf](./media/bell.jpg)\n\nThen ![](./b.png)\n');
    expect(html).toContain('__ASTRO_IMAGE_');
    const seen: { src: string; alt: string }[] = [];
    const filled = await fillBodyImages(html, async (image) => {
      seen.push(image);
      return `<img src="/built/${seen.length}.webp">`;
    });
    expect(seen).toEqual([
      { src: './media/bell.jpg', alt: 'Bell "on" Wharf' },
      { src: './b.png', alt: '' },
    ]);
    expect(filled).not.toContain('__ASTRO_IMAGE_');
    expect(filled).toContain('<p><img src="/built/1.webp"></p>');
    expect(filled).toContain('Then <img src="/built/2.webp">');
  });

  test('HTML without local pictures is returned as it was, remote pictures untouched', async () => {
    const html = await markdownToHtml('Text ![x](https://example.org/a.png)\n');
    expect(await fillBodyImages(html, async () => 'never')).toBe(html);
  });
});
