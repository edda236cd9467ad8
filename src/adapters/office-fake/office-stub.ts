/**
 * Bundled in place of office.js for `npm run preview` and the browser test: the task pane then
 * opens on the sample workbook, held in memory, with no Excel around.
 */
import { SAMPLE_SHEETS } from '../../../examples/sample-workbook';
import { FakeExcel } from './fake-excel';
import { installFakeOffice } from './install-globals';

installFakeOffice(new FakeExcel(SAMPLE_SHEETS));
