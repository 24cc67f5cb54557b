/**
 * Brings the age banner up to date with the reader's clock, so a page built
 * years ago still tells the truth. Where the reader's clock gives no age (it is
 * set before the story's date, say), the build's text is left as it was. The
 * words are the page's own, in each plural form of its language (src/lib/i18n/say.ts).
 */
import { AGE_MESSAGES, storyAge } from '../lib/article/age.ts';
import { messagesOf, say } from '../lib/i18n/say.ts';

for (const banner of document.querySelectorAll<HTMLElement>('[data-age-banner]')) {
  const published = new Date(banner.dataset.published ?? '');
  const age = storyAge(published, new Date());
  const text = banner.querySelector('[data-age-text]');
  if (!age || !text || Number.isNaN(published.getTime())) continue;
  text.textContent = say(messagesOf(banner), AGE_MESSAGES[age.unit], { count: age.count });
  banner.hidden = false;
}
