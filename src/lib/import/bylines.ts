/**
 * An export's accounts as Gazette author files, and each post's byline (the logins its source names, in order:
 * for WordPress, wordpress/posts.ts) as a list of their ids. A name that matches no author in the export is reported
 * and left off: a byline is never invented.
 */
import type { AuthorRecord } from './source-records.ts';
import { authorId, uniqueKeys } from './slugs.ts';

export type ImportedAuthor = { id: string; name: string; login: string };

export type AuthorPlan = {
  /** A post's byline (the source's logins, in order) as author ids, and each name that named no author. */
  byline(names: readonly { login: string; shown: string }[]): { ids: string[]; unknown: string[] };
  authors: Map<string, ImportedAuthor>;
  notes: string[];
};

/**
 * Author ids and names for every account and guest author in the export. `existingIds` are author files already in
 * content/authors: an account whose id matches one is taken to be that author, and the file is left as it is.
 */
export function planAuthors(
  accounts: readonly AuthorRecord[],
  existingIds: ReadonlySet<string> = new Set(),
  language = 'en',
): AuthorPlan {
  const notes: string[] = [];
  const byLogin = new Map<string, ImportedAuthor>();
  const nextId = uniqueKeys();
  accounts.forEach((account, i) => {
    const login = account.login.trim();
    if (!login || byLogin.has(login.toLowerCase())) return;
    const wanted = authorId(login, account.displayName, i + 1, language);
    const id = nextId(wanted);
    if (id !== wanted) notes.push(`author "${login}" is the author file ${id}, as ${wanted} is another author's`);
    let name = account.displayName.trim() || `${account.firstName.trim()} ${account.lastName.trim()}`.trim();
    if (!name) {
      name = login;
      notes.push(
        `author "${login}" has no display name or first and last name in the export; the byline prints the login`,
      );
    }
    if (existingIds.has(id))
      notes.push(`author "${login}" is content/authors/${id}, which was already there and is left as it is`);
    byLogin.set(login.toLowerCase(), { id, name, login });
  });
  const authors = new Map([...byLogin.values()].map((a) => [a.id, a]));

  const byline = (names: readonly { login: string; shown: string }[]) => {
    const ids: string[] = [];
    const unknown: string[] = [];
    for (const { login, shown } of names) {
      const author = byLogin.get(login.trim().toLowerCase());
      if (!author) unknown.push(shown);
      else if (!ids.includes(author.id)) ids.push(author.id);
    }
    return { ids, unknown };
  };
  return { byline, authors, notes };
}
