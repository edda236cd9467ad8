/** The ratchet's list of variants that break the invariant today (known-broken.json): it may only shrink. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const KNOWN_BROKEN_FILE = 'test/metamorphic/known-broken.json';
const FILE = path.resolve(__dirname, 'known-broken.json');

export function readKnown(): string[] {
  return JSON.parse(fs.readFileSync(FILE, 'utf8')) as string[];
}

export function writeKnown(ids: readonly string[]): void {
  fs.writeFileSync(FILE, `${JSON.stringify([...ids].sort(), null, 2)}\n`);
}
