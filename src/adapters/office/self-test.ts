/**
 * "Test Fordel i denne Excel": a scripted run of what Fordel's adapter relies on, on a scratch sheet of
 * its own, reported step by step with Excel's error code, the platform and the requirement sets, so a
 * person with real Excel (web, Windows, Mac, LTSC) can send back what this Excel does. Everything it
 * makes is removed at the end. See docs/excel-check.md.
 */
import type { ExcelRun } from './excel-run';
import { errorCode } from './limits';
import { outlineLevels } from './outline-levels';

export interface SelfTestStep {
  readonly name: string;
  readonly ok: boolean;
  /** Excel's error code, or what was seen when it differs from what Fordel expects. */
  readonly detail?: string;
}

export interface SelfTestReport {
  readonly platform: string;
  readonly excelApi: string;
  readonly steps: readonly SelfTestStep[];
}

const SCRATCH = 'Fordel-selvtest';
const HIDDEN = 'Fordel-selvtest-skjult';
/** Texts Excel would turn into a number, a date or a formula if typed. */
const TRICKY = ['007', '1-2', '3/4', 'Sep-24', '=1+1', "'citat", '2024-01-15'];
/** About 3 MB of values as office.js sends them: near Fordel's 4 MB budget, under the web's 5 MB. */
const NEAR_LIMIT_ROWS = 40_000;

function highestExcelApi(isSetSupported: (v: string) => boolean): string {
  let best = '1.1';
  for (let minor = 1; minor <= 30; minor++) if (isSetSupported(`1.${minor}`)) best = `1.${minor}`;
  return best;
}

export async function runSelfTest(
  run: ExcelRun,
  env: {
    platform: string;
    isSetSupported: (version: string) => boolean;
    /** The workbook as .xlsx bytes (getFileAsync), null where Excel cannot give it; absent: not asked. */
    documentFile?: () => Promise<Uint8Array | null>;
  },
): Promise<SelfTestReport> {
  const steps: SelfTestStep[] = [];
  const wait = { delayForCellEdit: true };
  const step = async (name: string, body: (ctx: Excel.RequestContext) => Promise<string | void>) => {
    try {
      const seen = await run(wait, body);
      steps.push(seen ? { name, ok: false, detail: seen } : { name, ok: true });
    } catch (e) {
      steps.push({ name, ok: false, detail: errorCode(e) ?? (e instanceof Error ? e.message : String(e)) });
    }
  };

  await step('read: sheets and used range', async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    sheets.items[0].getUsedRangeOrNullObject(true).load('address');
    await ctx.sync();
  });
  // The first sync of every read walks a few sheets past the last one: asked of a null sheet, the next
  // sheet, its used range and a range inside it should all be null objects (read-workbook.ts).
  await step('read: past the last sheet, null objects all the way', async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const past = sheets.items[sheets.items.length - 1].getNextOrNullObject();
    const further = past.getNextOrNullObject();
    const used = further.getUsedRangeOrNullObject(true).load('address');
    const sample = used.getCell(0, 0).getResizedRange(1, 1).load('values');
    past.load('name');
    further.load('name');
    await ctx.sync();
    const seen = [past, further, used, sample].map((o) => o.isNullObject);
    return seen.every(Boolean) ? undefined : `isNullObject: ${seen.join(', ')}`;
  });
  await step('scratch sheet: add', async (ctx) => {
    ctx.workbook.worksheets.add(SCRATCH);
    await ctx.sync();
  });
  await step('text that looks like a number or a date stays text', async (ctx) => {
    const range = ctx.workbook.worksheets.getItem(SCRATCH).getRangeByIndexes(0, 0, 1, TRICKY.length);
    range.numberFormat = [TRICKY.map(() => '@')];
    range.values = [TRICKY];
    range.load('values');
    await ctx.sync();
    const got = range.values[0].map(String);
    const wrong = TRICKY.filter((t, i) => got[i] !== t).map((t, i) => `${t} -> ${got[i]}`);
    return wrong.length ? `changed: ${wrong.join(', ')}` : undefined;
  });
  if (env.isSetSupported('1.20'))
    await step('write in one undo group (mergeUndoGroup)', async () => {
      await run({ ...wait, mergeUndoGroup: true }, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(SCRATCH);
        ws.getRange('A3').values = [[1]];
        await ctx.sync();
        ws.getRange('B3').format.fill.color = '#FFC7CE';
        await ctx.sync();
      });
    });
  else
    steps.push({ name: 'write in one undo group (mergeUndoGroup)', ok: false, detail: 'no ExcelApi 1.20' });
  await step('very hidden sheet: add, hide, unhide to Hidden, delete', async (ctx) => {
    const ws = ctx.workbook.worksheets.add(HIDDEN);
    ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
    await ctx.sync();
    ws.visibility = 'Hidden' as Excel.SheetVisibility;
    ws.delete();
    await ctx.sync();
  });
  await step('merged areas: merge and find', async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SCRATCH);
    ws.getRange('A5:C5').values = [['Flettet', '', '']];
    ws.getRange('A5:C5').merge();
    await ctx.sync();
    const areas = ws.getRange('A1:D6').getMergedAreasOrNullObject().load('address');
    await ctx.sync();
    return areas.isNullObject || !/A5:C5/.test(areas.address)
      ? `found ${areas.isNullObject ? 'none' : areas.address}`
      : undefined;
  });
  if (env.isSetSupported('1.9'))
    await step("a cell's indent read with getCellProperties", async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem(SCRATCH).getRange('A7');
      cell.values = [['Indrykket']];
      cell.format.indentLevel = 2;
      await ctx.sync();
      const props = cell.getCellProperties({ format: { indentLevel: true } });
      await ctx.sync();
      const level = props.value[0]?.[0]?.format?.indentLevel;
      return level === 2 ? undefined : `indent read as ${String(level)}`;
    });
  else
    steps.push({ name: "a cell's indent read with getCellProperties", ok: false, detail: 'no ExcelApi 1.9' });
  await step("rows' grouping read from the workbook file (getFileAsync)", async (ctx) => {
    if (!env.isSetSupported('1.10')) return 'no ExcelApi 1.10 (Range.group)';
    const ws = ctx.workbook.worksheets.getItem(SCRATCH);
    ws.getRange('A14:A16').values = [['Drift'], ['Løn'], ['Husleje']];
    ws.getRange('A15:A16').group('ByRows' as Excel.GroupOption);
    await ctx.sync();
    const bytes = env.documentFile ? await env.documentFile() : null;
    if (!bytes) return 'this Excel gives no file (as on the web): grouping is not read';
    const rows = (await outlineLevels(bytes)).get(SCRATCH) ?? [];
    const levels = [13, 14, 15].map((r) => rows.find((o) => o.row === r)?.level ?? 0);
    return levels.join(',') === '0,1,1' ? undefined : `levels of rows 14-16 read as ${levels.join(',')}`;
  });
  await step('a Table beside a column Fordel writes', async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SCRATCH);
    ws.getRange('A10:B12').values = [
      ['Kommune', 'Beløb'],
      ['Aarhus', 100],
      ['Odder', 200],
    ];
    const table = ctx.workbook.tables.add(`'${SCRATCH}'!A10:B12`, true);
    await ctx.sync();
    ws.getRange('C10:C12').values = [['Fordel: kontrol'], ['ok'], ['ok']];
    const range = table.getRange().load('address');
    await ctx.sync();
    const grew = /C1[02]$/.test(range.address);
    table.delete();
    await ctx.sync();
    return grew ? `the Table grew into column C (${range.address}); Fordel resizes it back` : undefined;
  });
  await step('a request near the size limit', async (ctx) => {
    const values = Array.from({ length: NEAR_LIMIT_ROWS }, (_, i) => [`Kommune nummer ${i}`, i, `B${i}`]);
    ctx.workbook.worksheets.getItem(SCRATCH).getRangeByIndexes(20, 0, NEAR_LIMIT_ROWS, 3).values = values;
    await ctx.sync();
  });
  await step('clean: delete the scratch sheet', async (ctx) => {
    ctx.workbook.worksheets.getItem(SCRATCH).delete();
    await ctx.sync();
  });
  return { platform: env.platform, excelApi: highestExcelApi(env.isSetSupported), steps };
}

/** The report as plain text, to copy into a message. */
export function selfTestText(report: SelfTestReport): string {
  return [
    `Fordel self-test · platform ${report.platform} · ExcelApi ${report.excelApi}`,
    ...report.steps.map((s) => `${s.ok ? 'ok  ' : 'FEJL'} ${s.name}${s.detail ? ` - ${s.detail}` : ''}`),
  ].join('\n');
}
