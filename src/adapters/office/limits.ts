/**
 * What Excel allows per request, by platform. Sources: "Resource limits and performance optimization
 * for Office Add-ins" (Excel add-ins section) and "Performance optimization using the Excel JavaScript
 * API" (payload size limit best practices): a range read is limited to 5 million cells on every
 * platform, and over it Excel either throws or hands back values of null; Excel on the web alone
 * limits each request and response to 5 MB. Error codes from "Error handling with the
 * application-specific JavaScript APIs".
 */
export type Platform = 'web' | 'windows' | 'mac';

export const CELLS_PER_READ = 5_000_000;
/**
 * Largest workbook file Fordel fetches for its rows' outline levels (outline-levels.ts): the pane holds it
 * whole in memory, as the browser page does with a file it opens (MAX_BYTES in web/browser-workbook.ts).
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Fordel's budget per request on the web, under the 5 MB limit. */
export const WEB_BYTES = 4_000_000;

const LIMIT_ERRORS = new Set([
  'RangeExceedsLimit',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
]);

export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Excel's refusal of a read or write for its size. */
export function isLimitError(e: unknown): boolean {
  return LIMIT_ERRORS.has(errorCode(e) ?? '');
}

/** Office.context.platform as Fordel's three platforms (anything but the web counts as desktop). */
export function currentPlatform(): Platform {
  const office = (globalThis as unknown as { Office?: { context?: { platform?: string } } }).Office;
  const p = office?.context?.platform;
  if (p === 'OfficeOnline') return 'web';
  if (p === 'Mac') return 'mac';
  return p === 'PC' ? 'windows' : 'web';
}

/** The byte budget per request: the web's limit, none elsewhere. */
export function bytesBudget(platform: Platform, override?: number): number {
  if (override !== undefined) return override;
  return platform === 'web' ? WEB_BYTES : Number.POSITIVE_INFINITY;
}
