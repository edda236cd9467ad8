/**
 * A corpus case as a variant: moved, annotated, frozen or renamed (truths/corpus.ts), written with SheetJS,
 * checked in-process and judged by the corpus's own evaluation, whose problems map onto the runner's
 * categories of breakage.
 */
import { readBook } from '../../src/adapters/xlsx/read-book';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import { SETTINGS_SHEET } from '../../src/core/output/plan';
import { evaluate, paramsOf } from '../corpus/evaluate';
import type { CorpusCase, CorpusSheet } from '../corpus/types';
import { namesCorrection } from './doubt';
import { rectOf, type Breakage, type Judgement } from './judge';
import { MUNICIPALITIES } from './municipalities';
import { Rng, subSeed } from './rng';
import { newSheet, put, type SheetModel } from './sheet-model';
import { CORPUS_FAMILIES, corpusCase, corpusKind, transformCase, type CorpusFamily } from './truths/corpus';
import { workbookBytes } from './write-xlsx';

export interface CorpusVariant {
  readonly id: string;
  readonly case: CorpusCase;
  readonly kind: string;
  readonly families: readonly string[];
  readonly sheets: readonly SheetModel[];
}

const NAMES = new Set(MUNICIPALITIES.map((m) => m.name));
const hasNames = (c: CorpusCase): boolean =>
  c.sheets.some((s) => s.rows.some((r) => r.some((v) => typeof v === 'string' && NAMES.has(v))));

export function buildCorpusVariant(caseId: string, seed: number): CorpusVariant {
  const base = corpusCase(caseId);
  const rng = new Rng(subSeed(seed, `corpus:${caseId}`));
  let c = base;
  let freeze = false;
  const families: string[] = [];
  let name = 'identity';
  if (!rng.chance(0.08)) {
    const family: CorpusFamily =
      // Header changes only where the target list is the sheet's one table, so a swap cannot tear another apart.
      base.kpis?.length && base.tables.length === 1 && base.sheets.length === 1 && rng.chance(0.5)
        ? 'header'
        : hasNames(base) && rng.chance(0.3)
          ? 'names'
          : 'placement';
    const variant = rng.pick(CORPUS_FAMILIES[family]);
    ({ case: c, freeze } = transformCase(base, family, variant, rng));
    families.push(family);
    name = `${family}:${variant}`;
  }
  return {
    id: `corpus:${caseId}/${seed}/${name}`,
    case: c,
    kind: corpusKind(base),
    families,
    sheets: c.sheets.map((s) => sheetModel(s, freeze)),
  };
}

export function sheetModel(s: CorpusSheet, freeze: boolean): SheetModel {
  const m = newSheet(s.name);
  s.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const ref = `${colName(c)}${r + 1}`;
      const z = s.formats?.[ref];
      const f = s.formulas?.[ref]?.replace(/^=/, '');
      if (typeof v === 'object') put(m, { r, c }, { v: 0, err: v.error });
      else put(m, { r, c }, { v, ...(z ? { z } : {}), ...(f ? { f } : {}) });
    }),
  );
  for (const ref of s.merges ?? []) {
    const rect = rectOf(ref);
    if (rect) m.merges.push(rect);
  }
  for (const c of s.hiddenCols ?? []) m.hiddenCols.add(c);
  if (freeze) m.freeze = { r: 1, c: 0 };
  return m;
}

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function judgeCorpusVariant(v: CorpusVariant): Judgement {
  const book = readBook(workbookBytes(v.sheets), 'xlsx');
  const snapshot = {
    sheets: book.grids.filter((g) => g.name !== SETTINGS_SHEET && !g.hidden),
    sheetNames: book.sheetNames,
    settings: book.settings,
  };
  const result = checkWorkbook(snapshot, paramsOf(v.case));
  const o = evaluate(v.case, result);
  const breakages = new Set<Breakage>();
  const problems: string[] = [];
  const planted = v.case.kind === 'planted';
  for (const m of o.missing) {
    // Found under its rule in its area but with other amounts: a wrong amount, not a missed error.
    const rule = m.split(' ')[0];
    const sameRule = result.findings.some((f) => f.rule === rule);
    breakages.add(sameRule && /forventet/.test(m) ? 'wrong amount' : 'missed error');
    problems.push(`mangler: ${m}`);
  }
  for (const f of o.falseAlarms) {
    breakages.add(!planted && f.startsWith('error') ? 'wrong verdict' : 'false alarm');
    problems.push(`falsk alarm: ${f}`);
  }
  let unsure = false;
  for (const w of o.wrongVerdicts) {
    if (/: unsure, forventet/.test(w)) unsure = true;
    else breakages.add('wrong verdict');
    problems.push(`forkert dom: ${w}`);
  }
  // An unsure reading must say which row, column or cell to mark (issue 17).
  const doubts = result.findings.filter((f) => f.rule === 'reading-unsure').map((f) => f.message.da);
  if (unsure && !doubts.some(namesCorrection)) {
    breakages.add('no fix named');
    problems.push(
      `usikker læsning uden en rettelse, der afgør den: ${doubts[0]?.slice(0, 160) ?? '(ingen begrundelse)'}`,
    );
  }
  if (o.tablesNotFound.length && planted) {
    breakages.add('missed error');
    problems.push(...o.tablesNotFound.map((t) => `tabel ikke fundet: ${t}`));
  }
  const outcome = breakages.size ? 'broken' : unsure ? 'unsure' : 'kept';
  return {
    outcome,
    unsureAllowed: outcome === 'unsure' ? false : undefined,
    breakages: [...breakages],
    problems,
    notRead: o.tablesNotFound.length > 0,
  };
}
