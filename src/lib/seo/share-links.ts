/**
 * Plain share links: they work with JavaScript off and load nothing from the
 * networks until the reader clicks. The permalink is passed exactly as it is,
 * with no tracking parameters. Formats, as documented:
 *   X:        https://docs.x.com/x-for-websites/post-button/guides/web-intent  (x.com/intent/tweet?text&url)
 *   LinkedIn: https://learn.microsoft.com/en-us/linkedin/consumer/integrations/self-serve/share-on-linkedin  (share-offsite?url)
 *   WhatsApp: https://faq.whatsapp.com/5913398998672934  (wa.me/?text)
 *   Facebook: sharer.php?u, the long-standing share dialog URL (https://gist.github.com/iamnewton/1b60cc9a8b231b0c9c50)
 *   Email:    RFC 6068 mailto: with subject and body
 */
export type ShareLink = { network: string; label: string; href: string };

/** `labels.email` is "Email" in the page's language; the networks' names are their own. */
export function shareLinks(url: string, title: string, labels = { email: 'Email' }): ShareLink[] {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString().replace(/\+/g, '%20');
  return [
    { network: 'email', label: labels.email, href: `mailto:?${q({ subject: title, body: `${title}\n\n${url}` })}` },
    { network: 'x', label: 'X (Twitter)', href: `https://x.com/intent/tweet?${q({ text: title, url })}` },
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}` },
    { network: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}` },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?${q({ text: `${title} ${url}` })}` },
  ];
}
