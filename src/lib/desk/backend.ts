/**
 * Which git host and repository the desk commits to, from the environment at build time. No secret is involved:
 * editors sign in in the browser (docs/editors.md, "The desk"), and these values are public in the built page.
 *
 *   GAZETTE_DESK_BACKEND    github (default) or gitlab
 *   GAZETTE_DESK_REPO       owner/repo; in GitHub Actions, GITHUB_REPOSITORY is used when this is unset
 *   GAZETTE_DESK_BRANCH     the branch to commit to; default: the repository's default branch
 *   GAZETTE_DESK_AUTH_URL   GitHub only: the origin of a Sveltia CMS Authenticator (OAuth) worker; without it,
 *                           editors sign in with a personal access token
 *   GAZETTE_DESK_GITLAB_APP_ID   GitLab only: the OAuth application's id, for PKCE sign-in; without it, a token
 */

export type DeskBackend = {
  name: 'github' | 'gitlab';
  repo: string;
  branch?: string;
  base_url?: string;
  auth_type?: 'pkce';
  app_id?: string;
  auth_methods: ('oauth' | 'token')[];
};

const REPO = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/;

/** The configured backend, or null when no repository is named (the desk page then says how to name one). */
export function deskBackend(env: Record<string, string | undefined> = process.env): DeskBackend | null {
  const name = (env.GAZETTE_DESK_BACKEND?.trim() || 'github') as DeskBackend['name'];
  if (name !== 'github' && name !== 'gitlab') {
    throw new Error(`GAZETTE_DESK_BACKEND must be "github" or "gitlab"; got "${env.GAZETTE_DESK_BACKEND}".`);
  }
  const repo = env.GAZETTE_DESK_REPO?.trim() || (name === 'github' ? env.GITHUB_REPOSITORY?.trim() : undefined);
  if (!repo) return null;
  if (!REPO.test(repo) || (name === 'github' && repo.split('/').length !== 2)) {
    throw new Error(
      `GAZETTE_DESK_REPO must name a repository as "owner/repo"${name === 'gitlab' ? ' or "group/subgroup/project"' : ''}; got "${repo}".`,
    );
  }
  const branch = env.GAZETTE_DESK_BRANCH?.trim() || undefined;
  const backend: DeskBackend = { name, repo, ...(branch ? { branch } : {}), auth_methods: ['token'] };
  if (name === 'github') {
    const auth = env.GAZETTE_DESK_AUTH_URL?.trim();
    if (auth) {
      let url: URL;
      try {
        url = new URL(auth);
      } catch {
        throw new Error(`GAZETTE_DESK_AUTH_URL must be the https origin of the OAuth worker; got "${auth}".`);
      }
      if (url.protocol !== 'https:') throw new Error(`GAZETTE_DESK_AUTH_URL must be an https URL; got "${auth}".`);
      // Without base_url, Sveltia would send the sign-in to Netlify's own OAuth service.
      Object.assign(backend, { base_url: url.origin, auth_methods: ['oauth', 'token'] });
    }
  } else {
    const appId = env.GAZETTE_DESK_GITLAB_APP_ID?.trim();
    if (appId) Object.assign(backend, { auth_type: 'pkce', app_id: appId, auth_methods: ['oauth', 'token'] });
  }
  return backend;
}
