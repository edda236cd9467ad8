/**
 * Fordel never sends a workbook anywhere: no source file under src/ uses a network API or imports a
 * network module. Office.js itself talks to Excel; Fordel's own code does not open connections.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '..', '..', 'src');

const NETWORK = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bEventSource\b/,
  /\bsendBeacon\b/,
  /\bimportScripts\b/,
  /from\s+['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]/,
  /require\(\s*['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]\s*\)/,
];

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(full)));
    else if (/\.(ts|tsx|js|html)$/.test(entry.name)) out.push(full);
  }
  return out;
}

describe('no network requests', () => {
  it('no source file uses a network API', async () => {
    const files = await sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const hits: string[] = [];
    for (const file of files) {
      const lines = (await fs.readFile(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (NETWORK.some((re) => re.test(line)))
          hits.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
