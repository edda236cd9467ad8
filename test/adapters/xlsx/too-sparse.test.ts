/**
 * When a sheet's used range is too large, or too large and too thinly filled, to read as one rectangle:
 * the rule both .xlsx readers ask (unread-sheet.ts), at its limits (read-limits.ts).
 */
import { SPARSE_LIMITS } from '../../../src/adapters/xlsx/read-limits';
import { tooSparse } from '../../../src/adapters/xlsx/unread-sheet';

/** A used range from A1 of `rows` rows and `cols` columns. */
const used = (rows: number, cols: number) => ({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 });

describe('a used range too sparse to read', () => {
  const { maxArea, sparseFromArea, minFilledShare } = SPARSE_LIMITS;

  it('reads an empty sheet and any range up to the area where sparseness starts to count', () => {
    expect(tooSparse('Ark1', { top: Infinity, left: Infinity, bottom: -1, right: -1 }, 0)).toBeNull();
    expect(tooSparse('Ark1', used(sparseFromArea / 1000, 1000), 2)).toBeNull();
  });

  it('past that area, reads a range filled one cell in minFilledShare, and refuses one filled less', () => {
    const range = used(sparseFromArea / 1000 + 1, 1000);
    const area = (range.bottom + 1) * 1000;
    expect(tooSparse('Ark1', range, area / minFilledShare)).toBeNull();
    expect(tooSparse('Ark1', range, area / minFilledShare - 1)).not.toBeNull();
  });

  it('refuses any range over the largest area, however full', () => {
    expect(tooSparse('Ark1', used(maxArea / 1000, 1000), maxArea)).toBeNull();
    const over = tooSparse('Ark1', used(maxArea / 1000 + 1, 1000), maxArea);
    expect(over?.cell).toBe('ALL12001');
  });

  it('names the far cell and the span, in Danish and English, one cell or many', () => {
    const one = tooSparse('Budget', { top: 0, left: 0, bottom: 99_999, right: 25 }, 1);
    expect(one).toEqual({
      name: 'Budget',
      cell: 'Z100000',
      why: {
        da: expect.stringContaining('arket bruges fra A1:Z100000, men kun 1 celle har indhold'),
        en: expect.stringContaining('only 1 cell holds anything'),
      },
    });
    expect(tooSparse('Budget', { top: 0, left: 0, bottom: 99_999, right: 25 }, 1234)?.why.da).toContain(
      'kun 1.234 celler har indhold',
    );
  });
});
