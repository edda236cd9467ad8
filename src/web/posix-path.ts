/**
 * The few node:path/posix functions the .xlsx adapter uses to resolve part names inside a package, for the
 * browser page, where Node's path module does not exist (webpack aliases node:path/posix to this file).
 */
export function normalize(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'));
}

export function dirname(p: string): string {
  const i = p.replace(/\/+$/, '').lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : p.slice(0, i);
}

export function basename(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** The path from one folder to another, both absolute or both relative to the same place. */
export function relative(from: string, to: string): string {
  const a = normalize(from)
    .split('/')
    .filter((p) => p && p !== '.');
  const b = normalize(to)
    .split('/')
    .filter((p) => p && p !== '.');
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return [...a.slice(same).map(() => '..'), ...b.slice(same)].join('/');
}

export const posix = { normalize, join, dirname, basename, relative };
export default posix;
