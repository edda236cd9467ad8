/**
 * Reads FOLK1A as a CSV: either as Statistikbanken gives it (";" separated, one row per area and
 * quarter: "København;2026K1;671714", or the quarter as a column heading) or in the project's own
 * layout (kode,kommune,region,folketal,dato). The result is a candidate only; validate-quarter.ts
 * decides whether it may replace anything.
 */
import { text, type Text } from '../findings/text';
import { quarterDate } from './quarter';

export interface CsvArea {
  /** 1-based line in the file, for messages. */
  readonly line: number;
  /** The area as written, without a leading code. */
  readonly name: string;
  /** A code written before the name ("101 København") or in its own column. */
  readonly code?: string;
  readonly value: number;
}

export interface CsvQuarter {
  readonly period: string;
  readonly areas: readonly CsvArea[];
}

export type CsvRead = { ok: true; csv: CsvQuarter } | { ok: false; problems: Text[] };

const QUARTER = /^\d{4}\s*K[1-4]$/i;

function separatorOf(lines: readonly string[]): string {
  const sample = lines.slice(0, 20).join('\n');
  const count = (ch: string) => sample.split(ch).length - 1;
  return [';', '\t', ','].reduce((best, ch) => (count(ch) > count(best) ? ch : best), ';');
}

function fields(line: string, sep: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"' && quoted && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) {
      out.push(field.trim());
      field = '';
    } else field += ch;
  }
  out.push(field.trim());
  return out;
}

/** A head count as written: "671714", "671.714", "671 714"; null for anything else. */
function count(s: string): number | null {
  const t = s.replace(/[\s\u00a0]/g, '');
  if (/^\d+$/.test(t) || /^\d{1,3}(\.\d{3})+$/.test(t)) {
    const n = Number(t.replace(/\./g, ''));
    return Number.isSafeInteger(n) ? n : null;
  }
  return null;
}

/** "101 København" -> code and name. */
function splitCode(s: string): { code?: string; name: string } {
  const m = /^(\d{3,4})\s+(.+)$/.exec(s);
  return m ? { code: m[1], name: m[2] } : { name: s };
}

export function readFolk1aCsv(content: string): CsvRead {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const sep = separatorOf(lines.filter((l) => l.trim() !== ''));
  const rows = lines.map((l) => fields(l, sep));
  const header = rows.findIndex((r) => r.some((f) => f !== ''));
  if (header < 0) return { ok: false, problems: [text('Filen er tom.', 'The file is empty.')] };
  const head = rows[header].map((f) => f.toLowerCase());
  if (head.includes('kode') && head.includes('folketal') && head.includes('dato')) {
    return projectLayout(rows, header, head);
  }
  // The quarter as a column heading: "OMRÅDE;2026K1".
  const wide = rows.findIndex((r) => r.some((f) => QUARTER.test(f)) && r.every((f) => count(f) === null));
  if (wide >= 0 && !rows.slice(wide + 1).some((r) => r.some((f) => QUARTER.test(f)))) {
    const periods = rows[wide].filter((f) => QUARTER.test(f));
    if (periods.length !== 1) return onePeriodOnly(periods);
    const col = rows[wide].findIndex((f) => QUARTER.test(f));
    const areas: CsvArea[] = [];
    rows.slice(wide + 1).forEach((r, i) => {
      const value = count(r[col] ?? '');
      const name = r.slice(0, col).filter((f) => f !== '')[0];
      if (value !== null && name) areas.push({ line: wide + i + 2, ...splitCode(name), value });
    });
    return done(periods[0], areas);
  }
  // One row per area and quarter: the quarter in a field, the count last.
  const periods = new Set<string>();
  const areas: CsvArea[] = [];
  rows.forEach((r, i) => {
    const p = r.findIndex((f) => QUARTER.test(f));
    if (p < 0) return;
    periods.add(r[p].replace(/\s/g, '').toUpperCase());
    const value = count(r[r.length - 1]);
    const name = r.find((f, j) => j !== p && f !== '' && count(f) === null);
    if (value !== null && name) areas.push({ line: i + 1, ...splitCode(name), value });
  });
  if (periods.size !== 1) return onePeriodOnly([...periods]);
  return done([...periods][0], areas);
}

function projectLayout(rows: string[][], header: number, head: string[]): CsvRead {
  const [kode, navn, folketal, dato] = ['kode', 'kommune', 'folketal', 'dato'].map((h) => head.indexOf(h));
  const dates = new Set<string>();
  const areas: CsvArea[] = [];
  rows.slice(header + 1).forEach((r, i) => {
    if (r.every((f) => f === '')) return;
    dates.add(r[dato]);
    const value = count(r[folketal] ?? '');
    if (value !== null) areas.push({ line: header + i + 2, code: r[kode], name: r[navn] ?? '', value });
  });
  if (dates.size !== 1) return onePeriodOnly([...dates]);
  const date = [...dates][0];
  const m = /^(\d{4})-(01|04|07|10)-01$/.exec(date);
  if (!m) {
    return {
      ok: false,
      problems: [
        text(
          `Datoen ${date} er ikke den første dag i et kvartal.`,
          `The date ${date} is not the first day of a quarter.`,
        ),
      ],
    };
  }
  return done(`${m[1]}K${(Number(m[2]) - 1) / 3 + 1}`, areas);
}

function onePeriodOnly(periods: readonly string[]): CsvRead {
  return {
    ok: false,
    problems: [
      periods.length === 0
        ? text(
            'Filen nævner intet kvartal (fx 2026K1). Hent FOLK1A med ét kvartal og alle kommuner.',
            'The file names no quarter (e.g. 2026K1). Download FOLK1A with one quarter and all municipalities.',
          )
        : text(
            `Filen har ${periods.length} kvartaler (${periods.join(', ')}); hent ét ad gangen.`,
            `The file has ${periods.length} quarters (${periods.join(', ')}); download one at a time.`,
          ),
    ],
  };
}

function done(period: string, areas: CsvArea[]): CsvRead {
  const p = period.replace(/\s/g, '').toUpperCase();
  if (!quarterDate(p)) return onePeriodOnly([]);
  return { ok: true, csv: { period: p, areas } };
}
