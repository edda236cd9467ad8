/**
 * The built task pane declares a Content-Security-Policy that allows scripts only from itself and
 * Office.js, and no connections beyond its own origin. (npm test builds dist/ before the tests.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '../../dist');

function policyOf(page: string): Map<string, string[]> {
  const html = readFileSync(join(DIST, page), 'utf8');
  const m = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  if (!m) throw new Error(`${page} has no Content-Security-Policy`);
  return new Map(
    m[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

const describeBuilt = existsSync(join(DIST, 'taskpane.html')) ? describe : describe.skip;

describeBuilt('Content-Security-Policy of the built pages', () => {
  it.each(['taskpane.html', 'commands.html'])('%s loads scripts only from itself and Office.js', (page) => {
    const csp = policyOf(page);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
  });
});
