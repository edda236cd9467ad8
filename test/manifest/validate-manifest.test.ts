import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateManifest } from '../../src/tools/validate-manifest';

const ROOT = resolve(__dirname, '..', '..');
const REAL = join(ROOT, 'manifest.xml');
const original = readFileSync(REAL, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'fordel-manifest-'));

/** A changed copy of the real manifest, checked against the real assets/. */
function problemsOf(change: (xml: string) => string): string[] {
  const changed = change(original);
  expect(changed).not.toBe(original);
  const path = join(dir, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(path, changed);
  return validateManifest(path, { assetsDir: join(ROOT, 'assets') });
}

describe('validate-manifest', () => {
  it('passes the real manifest', () => {
    expect(validateManifest(REAL)).toEqual([]);
  });

  it('fails when two elements are out of the schema order', () => {
    const problems = problemsOf((xml) => {
      const version = /\s*<Version>[^<]*<\/Version>/.exec(xml)![0];
      const provider = /\s*<ProviderName>[^<]*<\/ProviderName>/.exec(xml)![0];
      return xml.replace(version + provider, provider + version);
    });
    expect(problems.some((p) => p.startsWith('schema:') && p.includes('ProviderName'))).toBe(true);
  });

  it('fails on a resid that resolves to nothing', () => {
    const problems = problemsOf((xml) =>
      xml.replace('resid="TaskpaneButton.Tooltip"', 'resid="Tooltip.Missing"'),
    );
    expect(problems).toEqual([expect.stringContaining('resid "Tooltip.Missing" has no bt:Image')]);
  });

  it('fails on an http URL', () => {
    const problems = problemsOf((xml) =>
      xml.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'),
    );
    expect(problems).toEqual([
      expect.stringContaining('URL is not https: http://localhost:3000/commands.html'),
    ]);
  });

  it('fails on an icon that is not in assets/', () => {
    const problems = problemsOf((xml) => xml.replace('assets/icon-80.png', 'assets/icon-81.png'));
    expect(problems).toEqual([expect.stringContaining('icon file missing: assets/icon-81.png')]);
  });

  it('fails on an Id that is not a GUID and on wider permissions', () => {
    const problems = problemsOf((xml) =>
      xml.replace(/<Id>[^<]*<\/Id>/, '<Id>fordel</Id>').replace('ReadWriteDocument', 'ReadDocument'),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Id is not a GUID'),
        expect.stringContaining('Permissions must be ReadWriteDocument'),
      ]),
    );
  });

  it('exits non-zero with one line per problem from the command line', () => {
    const bad = join(dir, 'bad.xml');
    writeFileSync(
      bad,
      original.replace('https://localhost:3000/taskpane.html', 'http://localhost:3000/taskpane.html'),
    );
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const ok = spawnSync(tsx, ['src/tools/validate-manifest.ts', 'manifest.xml'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    const fail = spawnSync(tsx, ['src/tools/validate-manifest.ts', bad], { cwd: ROOT, encoding: 'utf8' });
    expect(fail.status).toBe(1);
    expect(fail.stderr).toMatch(/✗ line \d+: URL is not https/);
  });
});
