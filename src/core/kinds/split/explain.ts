/** How a split was read: the parties, the key, the printed shares, the amounts and the total rows. */
import type { ReadingDecision } from '../../check/result';
import { text } from '../../findings/finding';
import { a1 } from '../../grid/a1';
import type { ApportionmentLayout } from '../../tables/layout';
import { amountScaleExplained, otherTotalsExplained, type ExplainTools } from '../explain-tools';

export function explainSplit(t: ApportionmentLayout, say: ExplainTools): ReadingDecision[] {
  const out: ReadingDecision[] = [];
  const add = (role: string, cells: string, because: ReadingDecision['because']) =>
    out.push({ role, cells, because });
  const heading = (c: number) => say.named(t.headerRow, c, say.unheaded(c));
  add(
    'party-col',
    say.col(t.partyCol),
    say.why('party-col', text('kolonnen med parternes navne', 'the column of party names')),
  );
  if (t.keyCol !== null) {
    const h = heading(t.keyCol);
    add(
      'key-col',
      say.col(t.keyCol),
      say.why(
        'key-col',
        t.keyKind === 'population'
          ? text(`nøglen er ${h.da} (antal)`, `the key is ${h.en} (counts)`)
          : text(`nøglen er ${h.da} (andele i procent)`, `the key is ${h.en} (shares in percent)`),
      ),
    );
  }
  if (t.shareCol != null)
    add('share-col', say.col(t.shareCol), text('de trykte andele', 'the printed shares'));
  const fractionsIn = t.keyKind === 'percent' ? t.keyCol : (t.shareCol ?? null);
  if (t.sharesAsFractions && fractionsIn !== null && t.because?.['share-scale']) {
    add('share-scale', say.col(fractionsIn), t.because['share-scale']);
  }
  if (t.amountCol !== null) {
    const h = heading(t.amountCol);
    add(
      'amount-col',
      say.col(t.amountCol),
      say.why('amount-col', text(`beløbene i ${h.da}`, `the amounts in ${h.en}`)),
    );
  }
  if (t.totalRow !== null) {
    add(
      'total-row',
      a1(t.totalRow, t.partyCol),
      say.why(
        'total-row',
        say.labelled(
          t.totalRow,
          t.partyCol,
          text('totalrækken, uden tekst', 'the total row, without a label'),
        ),
      ),
    );
  }
  out.push(...otherTotalsExplained(t.otherTotalRows, t.partyCol, say, a1));
  const subs = t.subtotalRows ?? [];
  if (subs.length && t.because?.['subtotal-rows']) {
    add('subtotal-rows', subs.map((s) => a1(s.row, t.partyCol)).join(', '), t.because['subtotal-rows']);
  }
  if (t.statedTotal) {
    const w = t.statedTotal.words;
    add(
      'stated-total',
      '',
      t.statedTotal.kind === 'total'
        ? text(`totalen, der fordeles, er »${w}«`, `the total to split is "${w}"`)
        : text(`satsen pr. indbygger er »${w}«`, `the rate per inhabitant is "${w}"`),
    );
  }
  out.push(...amountScaleExplained(t));
  return out;
}
