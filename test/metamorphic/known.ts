/**
 * The ratchet's lists of variants that break the invariant today: known-broken.json for the mixed sample,
 * known-broken-kpi.json for the target lists' sample. They may only shrink.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const KNOWN_BROKEN_FILE = 'test/metamorphic/known-broken.json';
export const KNOWN_BROKEN_KPI_FILE = 'test/metamorphic/known-broken-kpi.json';
export type Sample = 'mixed' | 'kpi';
const fileOf = (s: Sample): string =>
  path.resolve(__dirname, s === 'kpi' ? 'known-broken-kpi.json' : 'known-broken.json');

export function readKnown(sample: Sample = 'mixed'): string[] {
  return JSON.parse(fs.readFileSync(fileOf(sample), 'utf8')) as string[];
}

export function writeKnown(ids: readonly string[], sample: Sample = 'mixed'): void {
  fs.writeFileSync(fileOf(sample), `${JSON.stringify([...ids].sort(), null, 2)}\n`);
}
