/**
 * New updates on an open page of live coverage, without a reload (docs/editors.md, "Live coverage"). The build writes
 * `updates.json` beside the story's page (src/lib/live/feed.ts); this asks for it every 15–30 s while the page is
 * visible and never while it is hidden (the Page Visibility API), not at all once the coverage has ended, and with
 * `cache: 'no-cache'`, so a host or a browser that keeps the file longer cannot hide an update. A reader at the top of
 * the page sees new updates put in at the top of the list; a reader further down gets a "N new updates" button
 * instead (fixed in place: nothing moves under them) that puts them in and takes the reader there. The count is
 * announced politely. The updates come as the HTML their page has (src/lib/live/update-html.ts). It also finds an update a
 * shared link names that has since moved to a later page. Everything it imports counts against 1 KB gzipped
 * (tests/unit/live/script-size.test.ts); without it the page is complete as built, and a reload shows the rest.
 */
import type { ClientMessages } from '../lib/i18n/say.ts';

type Feed = { ids: string[]; per: number; latest: { id: string; html: string }[]; ended?: string };

const list = document.getElementById('live-updates');
if (list) {
  const d = list.dataset;
  const get = (): Promise<Feed> => fetch(d.src!, { cache: 'no-cache' }).then((r) => r.json());
  const has = (id: string) => document.getElementById('update-' + id);
  const over = () => Date.parse(d.end!) <= Date.now();

  // A shared link to an update that has moved to another page as the coverage grew: go where it is now.
  const wanted = decodeURIComponent(location.hash).slice(8);
  if (location.hash.startsWith('#update-') && !has(wanted))
    get().then((f) => {
      const at = f.ids.indexOf(wanted);
      const n = Math.floor(at / f.per) + 1;
      if (at >= 0 && String(n) != d.page) location.replace(d.href + (n > 1 ? `page/${n}/` : '') + location.hash);
    });

  if (d.page == '1' && !over()) {
    const button = document.getElementById('new-updates')!;
    const status = document.getElementById('live-status')!;
    // "N new updates" in each plural form of the page's language, "#" for the count (src/lib/i18n/client-messages.ts):
    // what say.ts does, for this one message, without its bytes.
    const { lang, messages } = JSON.parse(d.messages!) as ClientMessages;
    const forms = messages['live.newUpdates'] as Record<string, string>;
    const queued = new Set<string>();
    let queue: string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const count = (n: number) =>
      (forms[new Intl.PluralRules(lang).select(n)] ?? forms.other).replace('#', new Intl.NumberFormat(lang).format(n));
    const insert = (html: string) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      list.prepend(t.content);
    };
    button.onclick = () => {
      insert(queue.join(''));
      queue = [];
      queued.clear();
      button.hidden = true;
      const first = list.firstElementChild as HTMLElement;
      first.tabIndex = -1;
      first.focus();
    };
    const poll = async () => {
      if (document.hidden || over()) return;
      last = Date.now();
      try {
        const f = await get();
        const fresh = f.latest.filter((u) => !has(u.id) && !queued.has(u.id));
        if (fresh.length) {
          const html = fresh.map((u) => u.html);
          if (scrollY < 1 && !queue.length) {
            insert(html.join(''));
            status.textContent = count(fresh.length);
          } else {
            for (const u of fresh) queued.add(u.id);
            queue = html.concat(queue);
            button.textContent = status.textContent = count(queue.length);
            button.hidden = false;
          }
        }
        if (f.ended) {
          // Over: say so in the label's place, and never ask again.
          status.textContent = document.querySelector('[data-live-label]')!.textContent = f.ended;
          d.end = new Date().toISOString();
        }
      } catch {
        // Asked again at the next turn.
      }
      schedule();
    };
    const schedule = () => {
      clearTimeout(timer);
      if (!document.hidden && !over()) timer = setTimeout(poll, 15e3 + Math.random() * 15e3);
    };
    document.addEventListener('visibilitychange', () =>
      document.hidden ? clearTimeout(timer) : Date.now() - last > 15e3 ? poll() : schedule(),
    );
    schedule();
  }
}
