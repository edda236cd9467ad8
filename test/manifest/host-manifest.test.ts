/**
 * The deployable manifest (FORDEL_URL=https://host/path/ npm run build): every URL on the organisation's
 * host, none left on localhost, and the result still passes the schema and Fordel's own checks.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostBase, localhostLeft, manifestForHost } from '../../src/tools/host-manifest';
import { validateManifest } from '../../src/tools/validate-manifest';

const ROOT = resolve(__dirname, '..', '..');
const DEV = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

function urls(xml: string): string[] {
  return [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
}

describe('the deployable manifest', () => {
  it('moves every URL of the development manifest to the host, and passes the schema', () => {
    const xml = manifestForHost(DEV, 'https://fordel.example.dk/');
    const all = urls(xml);
    // Icons (4 sizes), high-res icon, support page, task pane, commands, learn-more.
    expect(all.length).toBe(urls(DEV).length);
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.every((u) => u.startsWith('https://fordel.example.dk/'))).toBe(true);
    expect(xml).toContain('<SupportUrl DefaultValue="https://fordel.example.dk/support.html" />');
    expect(localhostLeft(xml)).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'fordel-host-'));
    symlinkSync(join(ROOT, 'assets'), join(dir, 'assets'));
    writeFileSync(join(dir, 'manifest.xml'), xml);
    expect(validateManifest(join(dir, 'manifest.xml'), { deployable: true })).toEqual([]);
  });

  it('keeps a path under the host and adds the missing slash', () => {
    const xml = manifestForHost(DEV, 'https://intra.kommune.dk/addins/fordel');
    expect(urls(xml)).toContain('https://intra.kommune.dk/addins/fordel/taskpane.html');
    expect(urls(xml)).toContain('https://intra.kommune.dk/addins/fordel/assets/icon-80.png');
  });

  it.each([
    ['http://fordel.example.dk/', /must be https/],
    ['https://localhost:8443/', /names this machine/],
    ['https://127.0.0.1/', /names this machine/],
    ['fordel.example.dk', /not a URL/],
    ['https://fordel.example.dk/?v=2', /no \?query/],
  ])('refuses FORDEL_URL %s', (raw, why) => {
    expect(() => hostBase(raw)).toThrow(why);
  });

  it('fails when a URL the rewrite does not know still names localhost', () => {
    const odd = DEV.replace('https://localhost:3000/commands.html', 'https://localhost:4000/commands.html');
    expect(() => manifestForHost(odd, 'https://fordel.example.dk/')).toThrow(
      /still points at this machine[\s\S]*localhost:4000\/commands\.html/,
    );
  });

  it('keeps the development manifest on localhost, and the deployable check names it', () => {
    expect(urls(DEV).every((u) => u.startsWith('https://localhost:3000/'))).toBe(true);
    expect(validateManifest(join(ROOT, 'manifest.xml'))).toEqual([]);
    const problems = validateManifest(join(ROOT, 'manifest.xml'), { deployable: true });
    expect(problems.length).toBe(urls(DEV).length);
    expect(problems[0]).toMatch(/^line \d+: names localhost$/);
  });
});
