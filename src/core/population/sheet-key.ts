/**
 * A key column from a sheet for a new split: "Ark1!B2:B30" (the key alone, the names in the column left
 * of it), "Ark1!A2:B30" (names in the first column, the key in the last), "B2:B30" on the sheet at hand,
 * or an Excel Table's column, "Tabel1[Nøgle]"; one cell stands for the column from it down. A first row
 * with words where the key stands is its heading; an "I alt" row, an empty, zero, negative or unreadable
 * key cell is refused, naming the cell, never skipped.
 */
import type { Decimal } from '../decimal/decimal';
import { text, type Text } from '../findings/text';
import { a1, a1Range, parseA1Range, sheetRef, type RangePos } from '../grid/a1';
import { cellAt, formatAt, isBlank, isCellError, type SheetGrid } from '../grid/grid';
import { readNumber } from '../numbers/read-number';
import { matchParty } from '../parties/match-party';
import { isTotalLabel } from '../reader/labels';

export interface SheetKeyRef {
  /** The sheet named in the reference; null for the sheet at hand. */
  readonly sheet: string | null;
  /** A cell range, or an Excel Table and (optionally) one of its columns. */
  readonly range?: RangePos;
  readonly table?: { readonly name: string; readonly column: string | null };
}

export interface SheetKey {
  /** The parties' names beside the key; null when the key column stands alone. */
  readonly names: readonly string[] | null;
  readonly weights: readonly Decimal[];
  /** The key column's heading on the sheet, when its first row holds one. */
  readonly header: string | null;
  /** Where the key was read, "Ark1!B3:B31": said under the table as its source. */
  readonly where: string;
}

export type SheetKeyResult = { ok: true; key: SheetKey } | { ok: false; problems: Text[] };

const fail = (da: string, en: string): SheetKeyResult => ({ ok: false, problems: [text(da, en)] });

/** "Ark1!B2:B30", "'Mit ark'!B2:B30", "B2:B30", "Tabel1[Nøgle]", "Tabel1"; null when it is none of them. */
export function parseKeyRef(spec: string): SheetKeyRef | null {
  const s = spec.trim();
  const bang = s.lastIndexOf('!');
  const sheetPart = bang >= 0 ? s.slice(0, bang) : null;
  const sheet = sheetPart === null ? null : sheetPart.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const rest = bang >= 0 ? s.slice(bang + 1) : s;
  if (sheet === '') return null;
  if (/^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/.test(rest)) {
    const range = parseA1Range(rest);
    return range ? { sheet, range } : null;
  }
  const table = /^([\p{L}_\\][\p{L}\p{N}_.]*)(?:\[([^\]]+)\])?$/u.exec(rest);
  if (table && sheet === null) return { sheet: null, table: { name: table[1], column: table[2] ?? null } };
  return null;
}

/** The range a reference stands for on its sheet, or a problem saying why it cannot be found. */
function resolve(
  grids: readonly SheetGrid[],
  ref: SheetKeyRef,
  here: string | null,
): { grid: SheetGrid; range: RangePos } | Text {
  if (ref.table) {
    const wanted = ref.table.name.toLowerCase();
    for (const grid of grids) {
      const t = grid.tables?.find((x) => x.name.toLowerCase() === wanted);
      if (!t) continue;
      const body = { ...t.range, top: t.range.top + 1, bottom: t.range.bottom - (t.showTotals ? 1 : 0) };
      if (ref.table.column === null) return { grid, range: body };
      for (let c = t.range.left; c <= t.range.right; c++) {
        const head = cellAt(grid, t.range.top, c);
        if (typeof head === 'string' && head.trim().toLowerCase() === ref.table.column.trim().toLowerCase())
          return { grid, range: { ...body, top: t.range.top, left: c, right: c } };
      }
      return text(
        `Tabellen »${t.name}« har ingen kolonne »${ref.table.column}«.`,
        `The table "${t.name}" has no column "${ref.table.column}".`,
      );
    }
    return text(
      `Arbejdsbogen har ingen tabel, der hedder »${ref.table.name}«; angiv et område som Ark1!B2:B30.`,
      `The workbook has no table named "${ref.table.name}"; give a range such as Ark1!B2:B30.`,
    );
  }
  const name = ref.sheet ?? here;
  const grid = name === null ? grids[0] : grids.find((g) => g.name.toLowerCase() === name.toLowerCase());
  if (!grid || !ref.range) {
    return text(
      `Arbejdsbogen har intet ark, der hedder »${name ?? ''}«.`,
      `The workbook has no sheet named "${name ?? ''}".`,
    );
  }
  return { grid, range: ref.range };
}

function words(grid: SheetGrid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  return typeof v === 'string' ? v.trim() : '';
}

/**
 * Reads the key (and the names beside it) from the grids. `here` is the sheet a reference without a sheet
 * name means (the active sheet in the pane; the first sheet of a file otherwise).
 */
export function readSheetKey(
  grids: readonly SheetGrid[],
  spec: string | SheetKeyRef,
  here: string | null = null,
): SheetKeyResult {
  const ref = typeof spec === 'string' ? parseKeyRef(spec) : spec;
  if (!ref) {
    return fail(
      `»${String(spec)}« er ikke et område; skriv fx Ark1!B2:B30 eller Tabel1[Nøgle].`,
      `"${String(spec)}" is not a range; write e.g. Ark1!B2:B30 or Table1[Key].`,
    );
  }
  const found = resolve(grids, ref, here);
  if (!('grid' in found)) return { ok: false, problems: [found] };
  const { grid } = found;
  const range = oneCell(found.range) ? columnFrom(grid, found.range) : found.range;
  const at = (row: number, col: number) => sheetRef(grid.name, a1(row, col));
  const keyCol = range.right;
  // The names: the range's first column, or for a key column alone the column just left of it.
  const nameCol = range.left < range.right ? range.left : range.left > 0 ? range.left - 1 : null;
  let top = range.top;
  let header: string | null = null;
  const first = cellAt(grid, top, keyCol);
  if (typeof first === 'string' && !readNumber(first, {}).ok) {
    header = first.trim();
    top++;
  }
  // Blank rows at the foot of a selection (a whole column chosen) are not parties.
  let bottom = Math.min(range.bottom, grid.origin.row + grid.values.length - 1);
  while (
    bottom >= top &&
    isBlank(cellAt(grid, bottom, keyCol)) &&
    (nameCol === null || isBlank(cellAt(grid, bottom, nameCol)))
  )
    bottom--;
  if (bottom < top)
    return fail(`${where(grid, range)} har ingen tal.`, `${where(grid, range)} holds no figures.`);

  const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  const names = nameCol === null ? null : rows.map((r) => words(grid, r, nameCol));
  const withNames = names !== null && names.every((n) => n !== '') ? names : null;
  // A name column that is only partly filled says the names are elsewhere, unless the range asked for it.
  if (withNames === null && range.left < range.right) {
    const r = rows[names!.findIndex((n) => n === '')];
    return fail(`${at(r, nameCol!)} har intet navn på parten.`, `${at(r, nameCol!)} has no party name.`);
  }
  const problems: Text[] = [];
  const weights: Decimal[] = [];
  rows.forEach((r, i) => {
    const cell = at(r, keyCol);
    const name = withNames?.[i];
    if (name !== undefined && isTotalLabel(name)) {
      problems.push(
        text(
          `${at(r, nameCol!)} »${name}« er en totalrække, ikke en part; vælg kun parternes rækker.`,
          `${at(r, nameCol!)} "${name}" is a total row, not a party; select only the parties' rows.`,
        ),
      );
      return;
    }
    const raw = cellAt(grid, r, keyCol);
    const who = name ? ` (»${name}«)` : '';
    const whoEn = name ? ` ("${name}")` : '';
    if (isBlank(raw)) {
      problems.push(
        text(
          `${cell}${who} er tom; nøglen skal have et tal for hver part.`,
          `${cell}${whoEn} is empty; the key needs a figure for every party.`,
        ),
      );
      return;
    }
    const read = isCellError(raw) ? null : readNumber(raw, { format: formatAt(grid, r, keyCol) });
    if (!read?.ok) {
      problems.push(
        text(`${cell}${who} kan ikke læses som et tal.`, `${cell}${whoEn} cannot be read as a number.`),
      );
      return;
    }
    if (read.value.digits === 0n) {
      problems.push(
        text(
          `${cell}${who} er 0; en part med nøglen 0 får intet, så den hører ikke med i fordelingen.`,
          `${cell}${whoEn} is 0; a party with the key 0 gets nothing, so it does not belong in the split.`,
        ),
      );
      return;
    }
    if (read.value.digits < 0n) {
      problems.push(
        text(
          `${cell}${who} er negativ; en nøgle kan ikke være negativ.`,
          `${cell}${whoEn} is negative; a key cannot be negative.`,
        ),
      );
      return;
    }
    weights.push(read.value);
  });
  if (problems.length) return { ok: false, problems };
  const read = {
    top: rows[0],
    left: nameCol !== null && withNames ? Math.min(nameCol, keyCol) : keyCol,
    bottom,
    right: keyCol,
  };
  return { ok: true, key: { names: withNames, weights, header, where: where(grid, read) } };
}

const oneCell = (r: RangePos) => r.top === r.bottom && r.left === r.right;

/**
 * One cell chosen (the key's heading or its first figure) stands for the column below it: down to the last
 * row with a figure or a name before a blank row, or before a total row (whose name, to the left, is "I alt").
 */
function columnFrom(grid: SheetGrid, cell: RangePos): RangePos {
  const last = grid.origin.row + grid.values.length - 1;
  const col = cell.left;
  const name = (r: number) => (col > 0 ? words(grid, r, col - 1) : '');
  let bottom = cell.top;
  // A row with a name but no key still belongs: it is refused by its cell below, never cut off unseen.
  const filled = (r: number) => !isBlank(cellAt(grid, r, col)) || name(r) !== '';
  while (bottom < last && filled(bottom + 1) && !isTotalLabel(name(bottom + 1))) bottom++;
  return { ...cell, bottom };
}

function where(grid: SheetGrid, range: RangePos): string {
  return sheetRef(grid.name, a1Range(range));
}

export type SheetKeyNames = { ok: true; names: string[] } | { ok: false; problems: Text[] };

/**
 * The parties' names for a key read from a sheet: those beside it, or `given` (the user's list, one entry
 * "A, B, C" or one per line) when the key column stands alone. Names given both ways must be the same
 * parties in the same order (matched through the party register), so a list that disagrees with the sheet
 * is never silently preferred to it.
 */
export function namesForSheetKey(key: SheetKey, given: readonly string[] | null): SheetKeyNames {
  const listed =
    given === null
      ? null
      : given
          .flatMap((n) => (given.length === 1 ? n.split(/[,;\n]/) : [n]))
          .map((n) => n.trim())
          .filter((n) => n !== '');
  const list = listed?.length ? listed : null;
  if (!key.names && !list) {
    return {
      ok: false,
      problems: [
        text(
          `Der står ingen navne ved siden af ${key.where}: skriv parterne i samme rækkefølge som nøglen.`,
          `There are no names beside ${key.where}: give the parties in the key's order.`,
        ),
      ],
    };
  }
  if (list && list.length !== key.weights.length) {
    return {
      ok: false,
      problems: [
        text(
          `${key.where} har ${key.weights.length} tal, men der er nævnt ${list.length} parter.`,
          `${key.where} holds ${key.weights.length} figures, but ${list.length} parties are named.`,
        ),
      ],
    };
  }
  if (list && key.names) {
    const sheetNames = key.names;
    const same = (a: string, b: string) => {
      const [x, y] = [matchParty(a), matchParty(b)];
      return x && y ? x.party.code === y.party.code : a.toLowerCase() === b.trim().toLowerCase();
    };
    const i = list.findIndex((n, j) => !same(n, sheetNames[j]));
    if (i >= 0) {
      return {
        ok: false,
        problems: [
          text(
            `Parterne nævner »${list[i]}« som nr. ${i + 1}, men arket har »${sheetNames[i]}« ud for nøglen.`,
            `The parties name "${list[i]}" as no. ${i + 1}, but the sheet has "${sheetNames[i]}" beside the key.`,
          ),
        ],
      };
    }
  }
  return { ok: true, names: [...(key.names ?? list!)] };
}
