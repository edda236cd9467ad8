import { decimal } from '../../../src/core/decimal/decimal';
import { checkSubtargets } from '../../../src/core/kinds/kpi/rules/subtargets';

const at = (n: number, cell: string) => ({ value: decimal(n), cell });
const parts = (...ns: number[]) => ns.map((n, i) => at(n, `C${i + 3}`));

describe('checkSubtargets', () => {
  it('accepts "ca. 6000" = 1.500 + 1.000 + 2.500 + 1.000', () => {
    expect(checkSubtargets('Mål', at(6000, 'C2'), parts(1500, 1000, 2500, 1000))).toEqual([]);
    expect(checkSubtargets('Mål', at(6000, 'C2'), parts(1500, 1000, 2500, 1000), { approx: true })).toEqual(
      [],
    );
  });

  it('reports any difference from an exact gross, and says how much', () => {
    const [f] = checkSubtargets('Mål', at(6000, 'C2'), parts(1500, 1000, 2300, 1000));
    expect(f).toMatchObject({
      rule: 'kpi-subtargets-mismatch',
      severity: 'warning',
      sheet: 'Mål',
      cell: 'C2',
      expected: '6000',
      actual: '5800',
      related: ['C3', 'C4', 'C5', 'C6'],
    });
    expect(f.message.da).toContain('5.800');
    expect(f.message.da).toContain('200 for lidt');
    expect(f.message.en).toContain('200 too few');
  });

  it('allows an approximate gross 5 % either way, and no more', () => {
    const gross = at(6000, 'C2');
    expect(checkSubtargets('Mål', gross, parts(1500, 1000, 2200, 1000), { approx: true })).toEqual([]); // -300
    expect(checkSubtargets('Mål', gross, parts(1500, 1000, 2800, 1000), { approx: true })).toEqual([]); // +300
    const [over] = checkSubtargets('Mål', gross, parts(1500, 1000, 2801, 1000), { approx: true });
    expect(over).toMatchObject({ actual: '6301' });
    expect(over.message.da).toContain('301 for meget');
    expect(over.message.da).toContain('ca. 6.000');
  });

  it('has nothing to say without parts', () => {
    expect(checkSubtargets('Mål', at(6000, 'C2'), [])).toEqual([]);
  });
});
