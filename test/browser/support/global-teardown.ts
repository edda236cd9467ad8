/** Stops the Chromium that global-setup.ts started for the run. */
import type { BrowserServer } from 'playwright-core';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { fordelChromium?: BrowserServer }).fordelChromium?.close();
}
