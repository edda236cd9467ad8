/**
 * Sub-targets in a target list: a gross target ("Deltagere i alt (brutto)", "ca. 6000") followed by two or
 * more rows that begin "heraf" or "delmål" (Erhvervshus Mål 7: 1.500 + 1.000 + 2.500 + 1.000). Only under a
 * row that names itself a gross figure ("brutto", "samlet mål") are they parts that must add up: "heraf" rows
 * under an ordinary total are subsets that may overlap ("Deltagere i alt, heraf unge, heraf kvinder").
 */
import type { Decimal } from '../../../decimal/decimal';
import type { Finding } from '../../../findings/finding';
import { checkSubtargets } from './subtargets';
import type { TargetCell } from './target-cell';

export interface RowTarget {
  readonly row: number;
  readonly name: string;
  /** The target cell as read; null when it holds no number. */
  readonly cell: (TargetCell & { readonly cell: string }) | null;
}

const GROSS = /(?<!\p{L})(?:brutto|samlet mål|mål i alt|sum af delmål(?:ene)?)(?!\p{L})/iu;
const PART = /^\s*(?:heraf|deraf|herunder|heriblandt|delmål)(?!\p{L})/iu;

/** A plain count or amount that can be added: no percent, points, change or operator words. */
function addable(t: RowTarget): t is RowTarget & { cell: NonNullable<RowTarget['cell']> } {
  const c = t.cell;
  return c !== null && !c.percent && !c.points && c.relative === undefined && !c.changeWords;
}

export function subtargetFindings(sheet: string, rows: readonly RowTarget[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < rows.length; i++) {
    const gross = rows[i];
    if (PART.test(gross.name) || !GROSS.test(gross.name) || !addable(gross)) continue;
    const parts: RowTarget[] = [];
    for (let j = i + 1; j < rows.length && rows[j].row === gross.row + parts.length + 1; j++) {
      if (!PART.test(rows[j].name)) break;
      parts.push(rows[j]);
    }
    if (parts.length < 2 || !parts.every(addable)) continue;
    const located = (t: RowTarget): { value: Decimal; cell: string } => ({
      value: t.cell!.value,
      cell: t.cell!.cell,
    });
    out.push(...checkSubtargets(sheet, located(gross), parts.map(located), { approx: gross.cell.approx }));
  }
  return out;
}
