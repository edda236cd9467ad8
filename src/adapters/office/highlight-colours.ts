import type { Severity } from '../../core/findings/finding';

/** Excel's "Light Red Fill" and "Light Yellow" presets and a light blue, as in the .xlsx output. */
export const HIGHLIGHT_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};
