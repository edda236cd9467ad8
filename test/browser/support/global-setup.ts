/**
 * Once per jest run of the browser tests: the fake Excel is built once and one Chromium is started,
 * and every browser test file uses both (serve-pane.ts), instead of a webpack build and a browser each.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import { CHROMIUM, SHARED_CHROMIUM_ENV, SHARED_STUB_ENV, ensureBuilt } from './serve-pane';

const SHARED_STUB = 'office-stub-shared';

export default async function globalSetup(): Promise<void> {
  // Built afresh before the test files are told to reuse it: a stub left by an earlier run holds an old fake.
  await ensureBuilt(SHARED_STUB);
  process.env[SHARED_STUB_ENV] = SHARED_STUB;
  const server = await chromium.launchServer(CHROMIUM);
  (globalThis as { fordelChromium?: BrowserServer }).fordelChromium = server;
  process.env[SHARED_CHROMIUM_ENV] = server.wsEndpoint();
}
