/** The fills Fordel paints over cells it has findings in, by severity (ARGB, as the styles part holds them). */
import type { Severity } from '../../core/findings/finding';

/** Light fills, the same as Excel's "Light Red Fill" / "Light Yellow" presets, and a light blue. */
export const HIGHLIGHT_ARGB: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};
