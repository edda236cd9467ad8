/**
 * Excel's worksheet onChanged for the pane: every edit the user makes (not Fordel's own writes) is passed on
 * as sheet and address, so the pane can mark its results out of date and re-check live. Hosts without the
 * event (older Excel, the preview's fake) simply never call.
 */
import type { WorkbookChange, WorkbookPort } from '../workbook/port';

type Listener = (change: WorkbookChange) => void;

export function withOfficeChanges(port: WorkbookPort): WorkbookPort {
  return {
    read: () => port.read(),
    write: (plan) => port.write(plan),
    ...(port.select ? { select: (sheet: string, range: string) => port.select!(sheet, range) } : {}),
    ...(port.clean
      ? { clean: (plan: Parameters<NonNullable<WorkbookPort['clean']>>[0]) => port.clean!(plan) }
      : {}),
    // Without it the pane's "Indsæt tabel" would say that tables can only be inserted in Excel, in Excel.
    ...(port.insertTable
      ? {
          insertTable: (...args: Parameters<NonNullable<WorkbookPort['insertTable']>>) =>
            port.insertTable!(...args),
        }
      : {}),
    onChange: (listener: Listener) => listen(listener),
  };
}

function listen(listener: Listener): () => void {
  let remove: (() => Promise<void>) | null = null;
  let stopped = false;
  void Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (!sheets.onChanged) return;
    const handler = sheets.onChanged.add(async (ev) => {
      // Fordel's own writes change only its columns and sheets; they do not make the results stale.
      if ((ev as { triggerSource?: string }).triggerSource === 'ThisLocalAddin') return;
      await Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(ev.worksheetId);
        ws.load('name');
        await ctx.sync();
        listener({ sheet: ws.name, address: ev.address ?? '' });
      });
    });
    await context.sync();
    remove = async () => {
      await Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
    };
    if (stopped) await remove();
  }).catch(() => undefined);
  return () => {
    stopped = true;
    void remove?.().catch(() => undefined);
  };
}
