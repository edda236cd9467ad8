/**
 * Child process: ExcelJS's own `workbook.xlsx.readFile` on a file, the reference for the command
 * line's time. Prints {ms, cells} where ms covers readFile alone (the parent also times the process).
 */
import ExcelJS from 'exceljs';
import { reportToParent } from './measure';

async function main(): Promise<void> {
  const file = process.argv[2];
  const wb = new ExcelJS.Workbook();
  const start = performance.now();
  await wb.xlsx.readFile(file);
  const ms = performance.now() - start;
  let cells = 0;
  for (const ws of wb.worksheets) ws.eachRow((row) => (cells += row.cellCount));
  reportToParent({ ms, cells });
}

void main();
