/** How a split was read: the parties, the key, the printed shares, the amounts and the total rows. */
import type { ReadingDecision } from '../../check/result';
import { text } from '../../findings/finding';
import { a1 } from '../../grid/a1';
import type { ApportionmentLayout } from '../../tables/layout';
import { amountScaleExplained, otherTotalsExplained, type ExplainTools } from '../explain-tools';
import { fieldHeadPos, splitA1, splitAcross, splitPos } from './axes';

export function explainSplit(t: ApportionmentLayout, say: ExplainTools): ReadingDecision[] {
  const out: ReadingDecision[] = [];
  const add = (role: string, cells: string, because: ReadingDecision['because']) =>
    out.push({ role, cells, because });
  const across = splitAcross(t);
  // A field's heading: the header cell over a column, or the line name left of a row when across; a row
  // across that no cell names is shown as the row itself.
  const head = (field: number) => {
    const p = fieldHeadPos(t, field);
    return p ? a1(p.row, p.col) : `${a1(field, t.range.left)}:${a1(field, t.range.right)}`;
  };
  const heading = (field: number) => {
    const p = fieldHeadPos(t, field);
    const none = across ? text(`række ${field + 1}`, `row ${field + 1}`) : say.unheaded(field);
    return p ? say.named(p.row, p.col, none) : none;
  };
  const line = (row: number) => splitPos(t, row, t.partyCol);
  if (across) {
    add(
      'orientation',
      a1Span(t),
      text(
        'parterne står hen ad kolonnerne, nøgle og beløb i rækkerne; Fordel skriver ikke sine egne kolonner ved en tabel på tværs, de præcise beløb står i fundene',
        'the parties run across the columns, key and amounts in the rows; Fordel writes no columns of its own beside a table laid out across, the exact amounts are in the findings',
      ),
    );
  }
  add(
    'party-col',
    across ? head(t.partyCol) : say.col(t.partyCol),
    say.why(
      'party-col',
      across
        ? text('rækken med parternes navne', 'the row of party names')
        : text('kolonnen med parternes navne', 'the column of party names'),
    ),
  );
  if (t.keyCol !== null) {
    const h = heading(t.keyCol);
    add(
      'key-col',
      across ? head(t.keyCol) : say.col(t.keyCol),
      say.why(
        'key-col',
        t.keyKind === 'population'
          ? text(`nøglen er ${h.da} (antal)`, `the key is ${h.en} (counts)`)
          : text(`nøglen er ${h.da} (andele i procent)`, `the key is ${h.en} (shares in percent)`),
      ),
    );
  }
  if (t.shareCol != null)
    add(
      'share-col',
      across ? head(t.shareCol) : say.col(t.shareCol),
      text('de trykte andele', 'the printed shares'),
    );
  const fractionsIn = t.keyKind === 'percent' ? t.keyCol : (t.shareCol ?? null);
  if (t.sharesAsFractions && fractionsIn !== null && t.because?.['share-scale']) {
    add('share-scale', across ? head(fractionsIn) : say.col(fractionsIn), t.because['share-scale']);
  }
  if (t.amountCol !== null) {
    const h = heading(t.amountCol);
    add(
      'amount-col',
      across ? head(t.amountCol) : say.col(t.amountCol),
      say.why('amount-col', text(`beløbene i ${h.da}`, `the amounts in ${h.en}`)),
    );
  }
  for (const col of t.moreAmountCols ?? []) {
    const h = heading(col);
    add(
      'amount-col',
      say.col(col),
      text(`beløbene i ${h.da}, fordelt med samme nøgle`, `the amounts in ${h.en}, split by the same key`),
    );
  }
  if (t.totalRow !== null) {
    const p = line(t.totalRow);
    add(
      'total-row',
      a1(p.row, p.col),
      say.why(
        'total-row',
        say.labelled(
          p.row,
          p.col,
          across
            ? text('totalkolonnen, uden tekst', 'the total column, without a label')
            : text('totalrækken, uden tekst', 'the total row, without a label'),
        ),
      ),
    );
  }
  const lineA1 = (row: number) => splitA1(t, row, t.partyCol);
  if (!across) out.push(...otherTotalsExplained(t.otherTotalRows, t.partyCol, say, a1));
  for (const row of across ? (t.otherTotalRows ?? []) : []) {
    const p = line(row);
    const name = say.label(p.row, p.col);
    add(
      'other-total-row',
      lineA1(row),
      text(
        `${name ? `»${name}« ` : 'kolonnen '}er også en total; den er kontrolleret mod de samme dele`,
        `${name ? `"${name}" ` : 'the column '}is a total too; it was checked against the same parts`,
      ),
    );
  }
  const subs = t.subtotalRows ?? [];
  if (subs.length && t.because?.['subtotal-rows']) {
    add('subtotal-rows', subs.map((s) => lineA1(s.row)).join(', '), t.because['subtotal-rows']);
  }
  if (t.noteRows?.length && t.because?.['note-rows']) {
    add('note-rows', t.noteRows.map(lineA1).join(', '), t.because['note-rows']);
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

/** The whole table, for the decision that it runs across. */
function a1Span(t: ApportionmentLayout): string {
  return `${a1(t.range.top, t.range.left)}:${a1(t.range.bottom, t.range.right)}`;
}
