/**
 * What an action costs in a request as office.js serialises it, for keeping each sync under Excel on the
 * web's 5 MB. Office.js sends every object an action touches as an object path: getItem(sheet),
 * getRangeByIndexes(...), format, fill each cost about 100-200 bytes, and Fordel reaches every range
 * through its own getItem, so a single highlight costs about 760 bytes, not the 60 once assumed. The
 * constants are measured with office.js's own request builder (bench/office-js-requests.ts; table in
 * docs/excel-fake.md) and rounded up.
 */

/** A range reached through worksheets.getItem(sheet).getRange...(...): the paths and their instantiation. */
const RANGE_PATH = 440;
/** One more property object on the way (format, fill, font). */
const PROPERTY_PATH = 150;
/** The action itself: id, type, name, path id and the list of paths it brings. */
const ACTION = 110;
/** Office.js sets more than 1.500 cells in row chunks, each a range of its own (setRangePropertiesInBulk). */
const BULK_CELLS = 1500;
const BULK_CHUNK = 720;

/**
 * Bytes of one action on a range of the sheet: argBytes is the JSON of its argument (the values, the
 * colour), props the property objects between the range and the action (format.fill: 2).
 */
export function rangeAction(sheet: string, argBytes: number, props = 0, cells = 0): number {
  const bulk = cells > BULK_CELLS ? Math.ceil(cells / BULK_CELLS) * BULK_CHUNK + ACTION : 0;
  return RANGE_PATH + sheet.length + props * PROPERTY_PATH + ACTION + argBytes + bulk;
}

/** Bytes of adding a sheet (and setting its visibility, when asked). */
export function sheetAction(sheet: string, actions = 1): number {
  return RANGE_PATH + 2 * sheet.length + actions * ACTION;
}

/** Bytes of loading one property of a range reached through props property objects (format.fill: 2). */
export function rangeLoad(sheet: string, props = 0): number {
  return rangeAction(sheet, 30, props);
}
