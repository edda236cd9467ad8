export { FakeExcel, type FakeSheetInit, type FakeCellView } from './fake-excel';
export { installFakeOffice, type FakeOfficeOptions } from './install-globals';
export { PAYLOAD_LIMIT, CELL_LIMIT } from './proxies';
