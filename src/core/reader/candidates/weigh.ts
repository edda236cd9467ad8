/**
 * A block's readings weighed by the sheet's own arithmetic. The reader's first reading competes with the
 * other kinds' readings of the same block and, when its sums fail, with the block cut in two where a second
 * table could start. Each is scored by the sums it claims (evidence.ts): kept ones count for it, broken ones
 * twice against. The best wins only by a clear margin; two readings closer than that make the table unsure,
 * naming both and the correction that decides, and no verdict is given.
 *
 * A rival replaces the first reading only by a clear margin. Only a first reading whose sums fail (or that
 * leaves figures unread) is ever put in doubt: a close rival to a reading the arithmetic does not contradict
 * is named in the reading's confidence, and the first reading stands.
 */
import { a1Range, type RangePos } from '../../grid/a1';
import { text, type Text } from '../../findings/finding';
import { kindName } from '../../kinds/kind-names';
import type { ReadingConfidence, TableLayout } from '../../tables/layout';
import type { SheetCells } from '../cells';
import { detectInBlock } from '../detect';
import type { Detected } from '../detect-types';
import { CANDIDATES } from '../labels';
import { cutAt, cutLines } from './cuts';
import { NO_EVIDENCE, plus, type Evidence } from './evidence';
import { rivalReadings } from './rivals';
import { evidenceOf } from './score';
import { unreadLines } from './unread';

/** One table of a block as the weighing left it. */
export interface Weighed {
  /** The part of the block the table was read in (the whole block, or one side of a cut). */
  readonly block: RangePos;
  readonly detected: Detected;
  readonly confidence?: ReadingConfidence;
  /** Why no reading won: the table gets a reading-unsure finding and no verdict. */
  readonly unsure?: readonly Text[];
}

/** A whole reading of the block: one table, or several when the block is cut. */
export interface Candidate {
  readonly tables: readonly Weighed[];
  readonly evidence: Evidence;
  /** Rows of the block with figures that no table of this reading uses. */
  readonly unread: number;
  readonly name: Text;
  /** The correction that would decide for this reading, in the user's words. */
  readonly decide: Text;
}

export function weighBlock(cells: SheetCells, block: RangePos, depth = 0): Weighed[] | null {
  const first = detectInBlock(cells, block);
  const long = block.bottom - block.top + 1 > CANDIDATES.maxRows;
  if (!first) return long || depth >= CANDIDATES.maxDepth ? null : unreadBlockCut(cells, block, depth);
  if (long) return [{ block, detected: first }];
  const own = single(cells, block, first);
  const rivals = rivalReadings(cells, block, first).map((r) => single(cells, block, r));
  if ((own.evidence.broken > 0 || own.unread > 0) && depth < CANDIDATES.maxDepth) {
    for (const line of cutLines(cells, block, first)) {
      const cut = cutCandidate(cells, block, line, depth);
      if (cut) rivals.push(cut);
    }
  }
  return decide(own, rivals);
}

/**
 * A block no reading takes as a whole may be tables stacked tight: the best cut is taken when its tables'
 * sums clearly hold, and each part is then read on its own.
 */
function unreadBlockCut(cells: SheetCells, block: RangePos, depth: number): Weighed[] | null {
  let best: Candidate | null = null;
  for (const line of cutLines(cells, block, null)) {
    const cut = cutCandidate(cells, block, line, depth);
    if (cut && (best === null || score(cut) > score(best))) best = cut;
  }
  if (!best || best.evidence.broken * 2 >= best.evidence.held) return null;
  return score(best) >= CANDIDATES.minMargin ? [...best.tables] : null;
}

/**
 * A user's correction is weighed too: it always stands (the user decided), and its confidence says how the
 * sums fare under it and under the reading it replaced, so a correction that breaks sums shows it.
 */
export function weighCorrection(
  cells: SheetCells,
  corrected: TableLayout,
  replaced: TableLayout | undefined,
): ReadingConfidence {
  const mine = single(cells, corrected.range, asDetected(corrected));
  const said = text('din rettelse: ', 'your correction: ');
  const own: Candidate = { ...mine, name: text(said.da + mine.name.da, said.en + mine.name.en) };
  if (!replaced) return { score: share(own.evidence), margin: null, evidence: [sumsSaid(own)] };
  const other = single(cells, replaced.range, asDetected(replaced));
  return confidence(own, other, score(own) - score(other));
}

function asDetected(t: TableLayout): Detected {
  return { part: t, range: t.range, headerRow: t.headerRow, notes: [] };
}

function single(cells: SheetCells, block: RangePos, d: Detected): Candidate {
  const where = a1Range(d.range);
  const kind = kindName(d.part.kind);
  return {
    tables: [{ block, detected: d }],
    evidence: evidenceOf(cells, d.part),
    unread: unreadLines(cells, block, d.part, d.headerRow),
    name: text(`${kind.da} i ${where}`, `${kind.en} in ${where}`),
    decide: text(
      `angiv under Tabeller, at ${where} er ${kind.da}`,
      `set ${where} to ${kind.en} under Tables`,
    ),
  };
}

/** The block read as two tables, cut at `line`; null when a part with figures cannot be read. */
function cutCandidate(cells: SheetCells, block: RangePos, line: number, depth: number): Candidate | null {
  const tables: Weighed[] = [];
  let unread = 0;
  for (const part of cutAt(block, line)) {
    const read = weighBlock(cells, part, depth + 1);
    if (read) tables.push(...read);
    else if (holdsFigures(cells, part)) return null;
    for (const t of read ?? []) unread += unreadLines(cells, t.block, t.detected.part, t.detected.headerRow);
  }
  if (tables.length < 2) return null;
  const evidence = tables.reduce((ev, t) => plus(ev, evidenceOf(cells, t.detected.part)), NO_EVIDENCE);
  const ranges = tables.map((t) => a1Range(t.detected.range));
  const list = (and: string) => `${ranges.slice(0, -1).join(', ')} ${and} ${ranges[ranges.length - 1]}`;
  return {
    tables,
    evidence,
    unread,
    name: text(`${tables.length} tabeller (${list('og')})`, `${tables.length} tables (${list('and')})`),
    decide: text(
      `angiv hver af tabellerne ${list('og')} under Tabeller`,
      `set each of the tables ${list('and')} under Tables`,
    ),
  };
}

/** The first reading against its rivals: the one that stands, with its confidence, or the first in doubt. */
export function decide(own: Candidate, rivals: readonly Candidate[]): Weighed[] {
  const runner = rivals.reduce<Candidate | null>(
    (best, c) => (best === null || score(c) > score(best) ? c : best),
    null,
  );
  if (!runner) return [...own.tables];
  const margin = score(own) - score(runner);
  if (-margin >= clearMargin(runner, own)) return withConfidence(runner, own, -margin);
  // A first reading the sheet's sums do not contradict, and that leaves no figure unread, stands.
  if (own.evidence.broken === 0 && own.unread === 0) return withConfidence(own, runner, margin);
  // A rival in doubt must explain at least what the first reading explains, with less against it: one that
  // merely claims fewer sums has fewer to break, and says less about the table, not more.
  const rivalHolds = runner.evidence.held >= own.evidence.held && against(runner) < against(own);
  if (margin >= clearMargin(own, runner) || !rivalHolds) return withConfidence(own, runner, margin);
  const why = unsureWhy(own, runner);
  return own.tables.map((t) => ({ ...t, unsure: [why], confidence: confidence(own, runner, margin) }));
}

/** What speaks against a reading: its broken sums and the rows of figures it leaves unread. */
function against(c: Candidate): number {
  return c.evidence.broken + c.unread;
}

/** Sums kept, less twice the sums broken, less each row of figures left unread. */
function score(c: Candidate): number {
  return c.evidence.held - 2 * c.evidence.broken - c.unread;
}

function clearMargin(winner: Candidate, loser: Candidate): number {
  const scale = Math.max(Math.abs(score(winner)), Math.abs(score(loser)));
  return Math.max(CANDIDATES.minMargin, Math.ceil(scale * CANDIDATES.shareOfScore));
}

function withConfidence(chosen: Candidate, rival: Candidate, margin: number): Weighed[] {
  return chosen.tables.map((t) => ({ ...t, confidence: confidence(chosen, rival, margin) }));
}

function confidence(chosen: Candidate, rival: Candidate, margin: number): ReadingConfidence {
  return {
    score: share(chosen.evidence),
    margin,
    rival: rival.name,
    evidence: [
      sumsSaid(chosen),
      text(
        `Den anden læsning: ${rival.name.da}. ${sumsSaid(rival).da}`,
        `The other reading: ${rival.name.en}. ${sumsSaid(rival).en}`,
      ),
    ],
  };
}

function share(ev: Evidence): number {
  const claimed = ev.held + ev.broken;
  return claimed === 0 ? 1 : Math.round((ev.held / claimed) * 100) / 100;
}

function sumsSaid(c: Candidate): Text {
  const { held, broken } = c.evidence;
  const da = `${held} ${held === 1 ? 'sum holder' : 'summer holder'}, ${broken} er brudt.`;
  const en = `${held} ${held === 1 ? 'sum holds' : 'sums hold'}, ${broken} ${broken === 1 ? 'fails' : 'fail'}.`;
  return text(da, en);
}

function unsureWhy(own: Candidate, runner: Candidate): Text {
  return text(
    `Fordel kan læse området på to måder, og tallene afgør det ikke: som ${own.name.da} (${sumsSaid(own).da.replace(/\.$/, '')}) eller som ${runner.name.da} (${sumsSaid(runner).da.replace(/\.$/, '')}). Derfor ingen dom. For at afgøre det: ${own.decide.da}, eller ${runner.decide.da}.`,
    `Fordel can read the range in two ways, and the figures do not decide: as ${own.name.en} (${sumsSaid(own).en.replace(/\.$/, '')}) or as ${runner.name.en} (${sumsSaid(runner).en.replace(/\.$/, '')}). So no verdict. To decide: ${own.decide.en}, or ${runner.decide.en}.`,
  );
}

function holdsFigures(cells: SheetCells, part: RangePos): boolean {
  for (let r = part.top; r <= part.bottom; r++) {
    for (let c = part.left; c <= part.right; c++) if (cells.isNumeric(r, c)) return true;
  }
  return false;
}
