/**
 * The share button: the system share sheet where the browser has one, else a
 * copy of the permalink to the clipboard, confirmed in a live region. The button
 * stays hidden when neither is possible (or JS is off); the plain links remain.
 * Its words are the page's (data-messages, src/lib/i18n/say.ts).
 */
import { messagesOf, say } from '../lib/i18n/say.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share-button]')) {
  const status = document.getElementById(button.getAttribute('aria-controls') ?? '');
  const { url = '', title = '' } = button.dataset;
  const words = messagesOf(button);
  const canShare = typeof navigator.share === 'function';
  if (!canShare && !navigator.clipboard) continue;
  if (!canShare) button.textContent = say(words, 'article.copyLink');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      if (canShare) return await navigator.share({ title, url });
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = say(words, 'article.linkCopied');
    } catch (error) {
      // Dismissing the share sheet is not a failure.
      if (status && (error as Error).name !== 'AbortError')
        status.textContent = say(words, 'article.shareFailed', { url });
    }
  });
}
