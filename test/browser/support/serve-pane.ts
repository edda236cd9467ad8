/**
 * The built task pane served from dist/ on a local port, with office.js replaced by the fake Excel
 * (test-output/office-stub), for the browser tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist');
/**
 * A jest run builds the fake Excel once (global-setup.ts) and names it in FORDEL_SHARED_STUB. A test file
 * run on its own builds its own stub under its own name (test-output/<name>/office-stub.js), so files
 * running in parallel never write the same file.
 */
export const SHARED_STUB_ENV = 'FORDEL_SHARED_STUB';
/** The websocket address of the one Chromium a jest run shares (global-setup.ts). */
export const SHARED_CHROMIUM_ENV = 'FORDEL_SHARED_CHROMIUM';
export const stubDir = (name: string) => path.join(ROOT, 'test-output', process.env[SHARED_STUB_ENV] ?? name);
const stubFile = (name: string) => path.join(stubDir(name), 'office-stub.js');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export const CHROMIUM: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../../webpack.config.js') as (
  env: Record<string, boolean>,
  argv: { mode: string },
) => Promise<webpack.Configuration>;

export async function build(env: Record<string, boolean>, outputPath?: string): Promise<void> {
  const config = await makeConfig(env, { mode: 'production' });
  if (outputPath) config.output = { ...config.output, path: outputPath };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

/** What a build of dist/ is made from: a change to any of these makes dist/ out of date. */
const BUILD_INPUTS = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package-lock.json'];

/** The newest modification time (ms) of a file or of any file below a folder. */
function newest(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((max, name) => Math.max(max, newest(path.join(file, name))), 0);
}

/** dist/ holds the add-in and the browser page, built after the last change to what they are built from. */
function distIsCurrent(): boolean {
  const built = ['taskpane.html', 'web.html'].map((f) => newest(path.join(DIST, f)));
  const changed = Math.max(...BUILD_INPUTS.map((f) => newest(path.join(ROOT, f))));
  return built.every((t) => t > changed);
}

/**
 * npm test builds dist/ (add-in and browser page) first, and then no test file builds it again; a bare
 * `jest` run builds it here when it is missing or older than the sources.
 */
export async function ensureDist(): Promise<void> {
  if (!distIsCurrent()) await build({});
}

/** dist/ as ensureDist() leaves it, and the fake Excel: built afresh once a run, or once a file on its own. */
export async function ensureBuilt(stub: string): Promise<void> {
  await ensureDist();
  if (process.env[SHARED_STUB_ENV] && existsSync(stubFile(stub))) return;
  await build({ stub: true }, stubDir(stub));
}

/** The run's shared Chromium when there is one (closing it only disconnects), else one of this file's own. */
export async function openBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_CHROMIUM_ENV];
  return shared ? chromium.connect(shared) : chromium.launch(CHROMIUM);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

export function serve(dir = DIST): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Office.js from Microsoft's CDN is answered with the fake Excel built by ensureBuilt(stub). */
export async function routeOffice(page: Page, stub: string): Promise<void> {
  const body = readFileSync(stubFile(stub), 'utf8');
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body }),
  );
}
