import { literalText } from '../../../src/adapters/office/cell-text';
import { hiddenFromVisible, parseAreas } from '../../../src/adapters/office/read-grid';

describe('parseAreas', () => {
  it('splits on commas outside quoted sheet names', () => {
    expect(parseAreas("'Ark, 2'!A1:B2, 'Ark, 2'!$D$4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });
});

describe('hiddenFromVisible', () => {
  it('finds hidden rows and columns from the visible areas', () => {
    const used = { top: 0, left: 0, bottom: 5, right: 3 };
    const visible = parseAreas('A1:A2,C1:D2,A5:A6,C5:D6');
    expect(hiddenFromVisible(used, visible)).toEqual({ rows: [2, 3], cols: [1] });
  });
});

describe('literalText', () => {
  it.each(['=SUM(A1)', '-5', '+45', '@x', "'a'", '2024', '1/2', 'TRUE', 'falsk', '#N/A', '(100)'])(
    'quotes %s',
    (s) => expect(literalText(s)).toBe(`'${s}`),
  );
  it.each(['Aarhus', 'OK', 'Andel i pct.', ''])('leaves %s alone', (s) => expect(literalText(s)).toBe(s));
});
