/**
 * Brings the age banner up to date with the reader's clock, so a page built
 * years ago still tells the truth. Where the reader's clock gives no age (it is
 * set before the story's date, say), the build's text is left as it was.
 */
import { ageLabel, storyAge } from '../lib/article/age.ts';

for (const banner of document.querySelectorAll<HTMLElement>('[data-age-banner]')) {
  const published = new Date(banner.dataset.published ?? '');
  const age = storyAge(published, new Date());
  const text = banner.querySelector('[data-age-text]');
  if (!age || !text || Number.isNaN(published.getTime())) continue;
  text.textContent = ageLabel(age);
  banner.hidden = false;
}
