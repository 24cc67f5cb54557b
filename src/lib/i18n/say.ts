/**
 * A message from the page's own words (client-messages.ts: templates the build wrote in the page's language), with
 * its values filled in and, for a count, the template of the count's plural category and the count in the language's
 * numerals. Runs in the browser (src/client/) and in tests; nothing here may need Node.
 */
import type { ClientMessages } from './client-messages.ts';

export type { ClientMessages };

/** The page's words, from the JSON the build put on `element` (data-messages). */
export function messagesOf(element: HTMLElement): ClientMessages {
  return JSON.parse(element.dataset.messages ?? '{"lang":"en","messages":{}}') as ClientMessages;
}

export function say(
  { lang, messages }: ClientMessages,
  key: string,
  values: Record<string, string | number> = {},
): string {
  const message = messages[key] ?? key;
  const count = typeof values.count === 'number' ? values.count : undefined;
  const template =
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(lang).select(count ?? 0)] ?? message.other ?? key);
  // The count goes in before the values, so a "#" the reader typed ("C#") is never taken for the count's place, as it
  // would be in a template that names the number in words (Arabic's "مقال واحد", "مقالين").
  const counted = count === undefined ? template : template.replace('#', new Intl.NumberFormat(lang).format(count));
  return counted.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
