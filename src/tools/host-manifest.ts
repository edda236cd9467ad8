/**
 * The manifest an organisation deploys: every URL of the development manifest (https://localhost:3000/)
 * moved to the host that serves dist/ (FORDEL_URL), and refused when anything still points at localhost.
 * Used by webpack.config.js for `FORDEL_URL=https://host/path/ npm run build`.
 */

/** Where the development manifest points; the dev server serves dist/ there. */
export const DEV_URL = 'https://localhost:3000/';

/** Names that only ever mean this machine: a manifest with one of them works for nobody else. */
const LOCAL_HOSTS = /\b(localhost|127\.0\.0\.1|\[::1\])\b/i;

/**
 * FORDEL_URL as the base every manifest URL is built on: https, a host that is not this machine, no
 * query or fragment, ending in '/' (added when missing). Throws with the reason otherwise.
 */
export function hostBase(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`FORDEL_URL is not a URL: "${raw}". Example: https://fordel.example.dk/`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`FORDEL_URL must be https (Office loads add-ins only over https): "${raw}".`);
  if (LOCAL_HOSTS.test(url.hostname))
    throw new Error(`FORDEL_URL names this machine (${url.hostname}); give the host users reach.`);
  if (url.search || url.hash) throw new Error(`FORDEL_URL must have no ?query or #fragment: "${raw}".`);
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Lines of the manifest that still name localhost, as "line N: text". */
export function localhostLeft(xml: string): string[] {
  return xml
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => LOCAL_HOSTS.test(line))
    .map(({ line, n }) => `line ${n}: ${line.trim()}`);
}

/** The development manifest with every URL on the host; throws when any localhost is left. */
export function manifestForHost(xml: string, rawBase: string): string {
  const base = hostBase(rawBase);
  const out = xml.split(DEV_URL).join(base);
  const left = localhostLeft(out);
  if (left.length)
    throw new Error(
      `The manifest still points at this machine after moving it to ${base}:\n${left.join('\n')}`,
    );
  return out;
}
