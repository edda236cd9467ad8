/**
 * Fordel saves through a temporary file beside the target, ".<name>.<12 hex digits>.tmp", moved into
 * place in one step. A run killed mid-save (power cut, kill -9) leaves one behind: the next save to the
 * same target removes such leftovers, and only files of exactly this pattern that nobody is writing.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/** A temporary file this young may belong to a save still running in another process. */
const STALE_AFTER_MS = 30_000;

export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

function isTempOf(name: string, target: string): boolean {
  const prefix = `.${path.basename(target)}.`;
  return (
    name.startsWith(prefix) &&
    name.length === prefix.length + 16 &&
    /^[0-9a-f]{12}\.tmp$/.test(name.slice(-16))
  );
}

/** Removes the target's temporary files; with olderThanMs, only those not written to for that long. */
export async function removeTemps(target: string, olderThanMs = 0): Promise<string[]> {
  const dir = path.dirname(target);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!isTempOf(name, target)) continue;
    const full = path.join(dir, name);
    const stat = await fs.lstat(full).catch(() => null);
    if (!stat?.isFile() || Date.now() - stat.mtimeMs < olderThanMs) continue;
    await fs.rm(full, { force: true });
    removed.push(full);
  }
  return removed;
}

/** Leftovers of an earlier, interrupted save to the same target. */
export function removeStaleTemps(target: string): Promise<string[]> {
  return removeTemps(target, STALE_AFTER_MS);
}

/**
 * Writes bytes to the target through a temporary file of Fordel's pattern, moved into place in one step:
 * a failed save removes it, and the next save removes one a killed run left behind. A failure is thrown
 * with the first line of its reason, for the caller's own message.
 */
export async function saveThroughTemp(target: string, bytes: Buffer): Promise<void> {
  await removeStaleTemps(target);
  const temp = tempPathFor(target);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw new Error(e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
}
