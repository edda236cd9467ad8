/** Danish number text as finance staff type it: "1.500.000", "259,5", "34,6 %". */
import { shiftDecimal } from './truth';

/** A decimal string ("1500000", "259.5") as Danish text. */
export function danish(dec: string): string {
  const neg = dec.startsWith('-');
  const [i, f] = (neg ? dec.slice(1) : dec).split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '-' : '') + grouped + (f ? `,${f}` : '');
}

export const kroner = (kr: bigint): string => danish(kr.toString());

/** An amount in kroner as a decimal string in the unit (1 kr., 1.000 kr. or 1.000.000 kr.). */
export function inUnit(kr: bigint, unitExp: number): string {
  return shiftDecimal(kr.toString(), -unitExp);
}

export const decimalsOf = (dec: string): number => (dec.split('.')[1] ?? '').length;
