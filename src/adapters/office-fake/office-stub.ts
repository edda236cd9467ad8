/**
 * Bundled in place of office.js for `npm run preview` and the browser test: the task pane then
 * opens on the sample workbook, held in memory, with no Excel around. A page may set
 * window.__fordelWorkbook before this runs to open on other sheets instead (the browser test does).
 */
import { SAMPLE_SHEETS } from '../../../examples/sample-workbook';
import { FakeExcel, type FakeSheetInit } from './fake-excel';
import { installFakeOffice } from './install-globals';

const given = (globalThis as { __fordelWorkbook?: FakeSheetInit[] }).__fordelWorkbook;
installFakeOffice(new FakeExcel(given ?? SAMPLE_SHEETS));
