/**
 * Checks manifest.xml without the network (`npm run validate:offline`): the XML schema through
 * xmllint, then what the schema cannot see - every resid resolves, every URL is https, every icon
 * served from assets/ exists, the Id is a GUID and the add-in asks only for ReadWriteDocument.
 * Prints one line per problem and exits non-zero when there is any.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { localhostLeft } from './host-manifest';

const ROOT = resolve(__dirname, '..', '..');
const SCHEMA = join(ROOT, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');
/** An icon URL on any host: the file after /assets/ must be in the assets folder beside the manifest. */
const ASSET_PATH = /\/assets\/([^"?#]+)$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ValidateOptions {
  readonly schema?: string;
  readonly assetsDir?: string;
  /** A manifest to deploy (dist/manifest.xml from FORDEL_URL): no URL may name localhost. */
  readonly deployable?: boolean;
}

function lineOf(xml: string, index: number): number {
  return xml.slice(0, index).split('\n').length;
}

export function schemaProblems(manifestPath: string, schema = SCHEMA): string[] {
  if (!existsSync(schema)) return [`schema not found: ${schema}`];
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, manifestPath], { encoding: 'utf8' });
  if (run.error) return [`xmllint could not run (${run.error.message}); install libxml2-utils`];
  if (run.status === 0) return [];
  return run.stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/fails to validate$/.test(l))
    .map((l) => `schema: ${l}`);
}

export function ownProblems(xml: string, assetsDir = join(ROOT, 'assets')): string[] {
  const problems: string[] = [];
  const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]));
  for (const m of xml.matchAll(/\bresid="([^"]*)"/g))
    if (!ids.has(m[1]))
      problems.push(
        `line ${lineOf(xml, m.index ?? 0)}: resid "${m[1]}" has no bt:Image, bt:Url or bt:String`,
      );

  for (const m of xml.matchAll(/\b(?:DefaultValue|Value)="([a-z][a-z0-9+.-]*:\/\/[^"]*)"/gi)) {
    const url = m[1];
    const line = lineOf(xml, m.index ?? 0);
    if (!url.startsWith('https://')) problems.push(`line ${line}: URL is not https: ${url}`);
    const asset = ASSET_PATH.exec(url.split(/[?#]/)[0]);
    if (asset) {
      const file = asset[1];
      if (!existsSync(join(assetsDir, file)))
        problems.push(`line ${line}: icon file missing: assets/${file}`);
    }
  }

  const id = /<Id>\s*([^<]*?)\s*<\/Id>/.exec(xml)?.[1];
  if (!id || !GUID.test(id)) problems.push(`Id is not a GUID: ${id ?? '(none)'}`);
  const permissions = [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
  if (permissions.length !== 1 || permissions[0] !== 'ReadWriteDocument')
    problems.push(`Permissions must be ReadWriteDocument, found: ${permissions.join(', ') || '(none)'}`);
  if (/<AppDomains\b/.test(xml)) problems.push('AppDomains present: Fordel needs no other domain');
  return problems;
}

export function validateManifest(manifestPath: string, opts: ValidateOptions = {}): string[] {
  if (!existsSync(manifestPath)) return [`manifest not found: ${manifestPath}`];
  const xml = readFileSync(manifestPath, 'utf8');
  const assets = opts.assetsDir ?? join(dirname(resolve(manifestPath)), 'assets');
  return [
    ...schemaProblems(manifestPath, opts.schema),
    ...ownProblems(xml, assets),
    ...(opts.deployable ? localhostLeft(xml).map((l) => `${l.split(':')[0]}: names localhost`) : []),
  ];
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const deployable = args.includes('--deployable');
  // The last path given: `npm run validate:offline -- dist/manifest.xml` appends to the script's own.
  const path = resolve(args.filter((a) => !a.startsWith('--')).pop() ?? join(ROOT, 'manifest.xml'));
  const problems = validateManifest(path, { deployable });
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p}`);
    console.error(`${path}: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(`✓ ${path}: schema, resids, https URLs, icons, Id and permissions are in order`);
}
