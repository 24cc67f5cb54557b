/**
 * The share button: the system share sheet where the browser has one, else a
 * copy of the permalink to the clipboard, confirmed in a live region. The button
 * stays hidden when neither is possible (or JS is off); the plain links remain.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share-button]')) {
  const status = document.getElementById(button.getAttribute('aria-controls') ?? '');
  const { url = '', title = '' } = button.dataset;
  const canShare = typeof navigator.share === 'function';
  if (!canShare && !navigator.clipboard) continue;
  if (!canShare) button.textContent = 'Copy link';
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      if (canShare) return await navigator.share({ title, url });
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = 'Link copied';
    } catch (error) {
      // Dismissing the share sheet is not a failure.
      if (status && (error as Error).name !== 'AbortError') status.textContent = `Could not share; the link is ${url}`;
    }
  });
}
