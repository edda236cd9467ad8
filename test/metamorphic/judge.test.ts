/**
 * The judge asks that the table Fordel read holds the truth's I alt row: an "ok" on the parts alone is a verdict
 * on another table (a typo in the left-out total would pass unseen).
 */
import type { JsonReport } from '../../src/cli/report';
import { judge } from './judge';
import { a1, cellKey } from './sheet-model';
import { truthById } from './variant';
import { write } from './written';

describe('the judge and the table read', () => {
  const t = truthById('tabel-b');
  const w = write(t, 1, 'identity');
  const placed = w.v.tables[0];
  const corner = { r: placed.area.top + 1, c: placed.area.left };
  const lastPart = w.at(t.rows.filter((r) => r.role === 'part').pop()!.id, 'total')!;
  const totalRow = w.at('total', 'total')!;
  const read = (bottom: { r: number; c: number }): JsonReport =>
    ({
      tables: [
        {
          sheet: 'Ark1',
          range: `${a1(corner)}:${a1(bottom)}`,
          kind: 'cofinancing',
          reading: { verdict: 'ok' },
        },
      ],
      findings: [],
    }) as unknown as JsonReport;

  it('keeps a correct table read whole', () => {
    expect(judge([placed], read(totalRow), null).outcome).toBe('kept');
  });

  it('breaks a correct table read without its I alt row, naming the row', () => {
    const j = judge([placed], read(lastPart), null);
    expect(j.outcome).toBe('broken');
    expect(j.breakages).toContain('missed error');
    expect(j.problems.join(' ')).toContain(a1(placed.cellOf.get(cellKey('total', t.cols[0].id))!));
  });
});
