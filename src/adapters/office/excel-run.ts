/** Excel.run with its RunOptions (mergeUndoGroup, delayForCellEdit), as Excel.run itself. */
export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;
