import { readNumber } from '../numbers/read-number';
import { kronerToOere } from './oere';

/**
 * An amount typed into a task-pane field ("1.500.000", "250.000 kr.", "3,5 mio.") in øre. Null
 * when it is not one exact amount: unreadable, ambiguous, a percentage, "ca."/"mindst", or finer
 * than an øre.
 */
export function parseUserAmount(text: string): bigint | null {
  const read = readNumber(text);
  if (!read.ok || read.unit === 'percent' || read.approx || read.bound) return null;
  return kronerToOere(read.value);
}
