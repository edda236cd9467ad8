/**
 * The merged areas of some sheets, looked up on their own: on Excel for Windows before ExcelApi 1.19 the
 * lookup clears the user's undo stack (office-js#5918), as every add-in write there does anyway
 * (office-js#3788), so Fordel looks them up only when the user has confirmed a write (office-workbook.ts).
 * Excel returns only the areas whose top-left cell lies in the range asked about (office-js#3611) and fails
 * a lookup of more than 512 areas (Range.getMergedAreasOrNullObject reference): the lookups start at A1 and
 * go down in row slices, smaller ones when a slice holds too many.
 */
import { parseA1Range, type RangePos } from '../../core/grid/a1';
import { errorCode } from './limits';
import { parseAreas } from './read-grid';

/** Rows per lookup, as in the read (read-workbook.ts); a slice over 512 areas is looked up in quarters. */
const SLICE_ROWS = 500;

export async function lookUpMerges(
  ctx: Excel.RequestContext,
  sheets: readonly string[],
  sync: (requests: number) => Promise<void>,
): Promise<Map<string, RangePos[]>> {
  // A sheet deleted or emptied since the check has no merged areas to find.
  const used = sheets.map((name) => ({
    name,
    range: ctx.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true).load('address'),
  }));
  await sync(used.length);
  const bounds = used.map(({ name, range }) => ({
    name,
    pos: range.isNullObject
      ? null
      : parseA1Range(range.address.slice(range.address.lastIndexOf('!') + 1).replace(/\$/g, '')),
  }));
  for (let rows = SLICE_ROWS; ; rows = Math.max(1, Math.floor(rows / 4))) {
    const lookups = bounds.map(({ name, pos }) => {
      const list: Excel.RangeAreas[] = [];
      if (!pos) return list;
      const ws = ctx.workbook.worksheets.getItem(name);
      for (let top = 0; top <= pos.bottom; top += rows)
        list.push(
          ws
            .getRangeByIndexes(top, 0, Math.min(rows, pos.bottom - top + 1), pos.right + 1)
            .getMergedAreasOrNullObject()
            .load('address'),
        );
      return list;
    });
    try {
      await sync(lookups.reduce((n, l) => n + l.length, 0));
    } catch (e) {
      // Over 512 areas in one slice fails the whole sync (with Excel's general error code).
      if (errorCode(e) === 'GeneralException' && rows > 1) continue;
      throw e;
    }
    return new Map(
      bounds.map(({ name }, i) => [
        name,
        lookups[i].flatMap((a) => (a.isNullObject ? [] : parseAreas(a.address))),
      ]),
    );
  }
}
