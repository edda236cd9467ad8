/**
 * A last guard on message length. Rules quote labels and names from cells, and a cell can hold
 * 32.767 characters (or more, from a file). A finding must stay readable in the pane, the report and
 * one cell of the findings sheet, so an over-long message keeps its start and its end.
 */
import type { Finding, Text } from '../findings/finding';

export const MAX_MESSAGE = 1000;
const HEAD = 600;
const TAIL = 300;

function cut(s: string): string {
  if (s.length <= MAX_MESSAGE) return s;
  const chars = [...s];
  if (chars.length <= MAX_MESSAGE) return s;
  return `${chars.slice(0, HEAD).join('')} … ${chars.slice(-TAIL).join('')}`;
}

export function boundedText(t: Text): Text {
  return t.da.length <= MAX_MESSAGE && t.en.length <= MAX_MESSAGE ? t : { da: cut(t.da), en: cut(t.en) };
}

export function boundedFinding(f: Finding): Finding {
  const message = boundedText(f.message);
  return message === f.message ? f : { ...f, message };
}
