import { decimal, parsePlainDecimal, type Decimal } from '../../../src/core/decimal/decimal';
import { evaluateKpi, type KpiInput } from '../../../src/core/kinds/kpi/rules/target';

const d = (s: string): Decimal => parsePlainDecimal(s)!;
const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

/** One KPI row at sheet row 5: name A5, target C5, baseline D5, actual F5, control G5, deadline H5. */
function kpi(
  over: Partial<Omit<KpiInput, 'target' | 'baseline' | 'actual' | 'control' | 'deadline'>> & {
    target: string;
    baseline?: string;
    actual?: string;
    control?: string;
    deadline?: string;
  },
): KpiInput {
  return {
    sheet: 'Mål',
    row: 4,
    name: over.name ?? 'Kendskabsgrad',
    nameCell: 'A5',
    type: over.type ?? 'level',
    direction: over.direction ?? 'up',
    comparator: over.comparator,
    target: { value: d(over.target), cell: 'C5' },
    baseline: over.baseline === undefined ? null : { value: d(over.baseline), cell: 'D5' },
    baselineYear: over.baselineYear ?? null,
    actual: over.actual === undefined ? null : { value: d(over.actual), cell: 'F5' },
    control: over.control === undefined ? null : { value: d(over.control), cell: 'G5' },
    deadline: over.deadline === undefined ? null : { value: over.deadline, cell: 'H5' },
  };
}

// Baseline 30 in 2024, target 50 by 2025-12-31: the line runs from 2025-01-01 (30) to 2025-12-31 (50),
// 364 days. On 2025-07-02 (182 days in) it stands at exactly 40.
const awareness = { target: '50', baseline: '30', baselineYear: 2024, deadline: '2025-12-31' };

describe('evaluateKpi: level targets, higher is better', () => {
  it('is met when the actual reaches the target, at any date', () => {
    const r = evaluateKpi(kpi({ ...awareness, actual: '50' }), '2025-03-01');
    expect(r).toMatchObject({ status: 'met', fulfilment: decimal(100), targetValue: decimal(50) });
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'kpi-met',
        severity: 'info',
        cell: 'F5',
        expected: '50',
        actual: '50',
      }),
    ]);
    expect(evaluateKpi(kpi({ ...awareness, actual: '55' }), '2026-06-01').status).toBe('met');
  });

  it('is on track on the straight line and at risk just below it', () => {
    const on = evaluateKpi(kpi({ ...awareness, actual: '40' }), '2025-07-02');
    expect(on).toMatchObject({
      status: 'on-track',
      expectedNow: decimal(40),
      fulfilment: decimal(50),
      findings: [],
    });

    const below = evaluateKpi(kpi({ ...awareness, actual: '39.99' }), '2025-07-02');
    expect(below.status).toBe('at-risk');
    expect(below.findings).toEqual([
      expect.objectContaining({
        rule: 'kpi-at-risk',
        severity: 'warning',
        cell: 'F5',
        expected: '40',
        actual: '39.99',
      }),
    ]);
    expect(plain(below.findings[0].message.da)).toContain('39,99');
  });

  it('compares with the line exactly, not with its rounded display', () => {
    // Day 1 of 364: the line is 30 + 20/364 = 30,0549...; shown as 30.0549, compared exactly.
    const r = evaluateKpi(kpi({ ...awareness, actual: '30.0549' }), '2025-01-02');
    expect(r.expectedNow).toEqual(d('30.05'));
    expect(r.status).toBe('at-risk');
    expect(evaluateKpi(kpi({ ...awareness, actual: '30.055' }), '2025-01-02').status).toBe('on-track');
  });

  it('holds the line at the baseline before it starts', () => {
    const r = evaluateKpi(kpi({ ...awareness, actual: '30' }), '2024-06-01');
    expect(r).toMatchObject({ status: 'on-track', expectedNow: decimal(30), fulfilment: decimal(0) });
  });

  it('is not met after the deadline, and at risk on the deadline day itself', () => {
    const late = evaluateKpi(kpi({ ...awareness, actual: '48' }), '2026-01-01');
    expect(late.status).toBe('not-met');
    expect(late.findings).toEqual([
      expect.objectContaining({
        rule: 'kpi-not-met',
        severity: 'error',
        cell: 'F5',
        expected: '50',
        actual: '48',
      }),
    ]);
    expect(late.fulfilment).toEqual(decimal(90));
    expect(plain(late.findings[0].message.da)).toContain('31.12.2025');
    expect(evaluateKpi(kpi({ ...awareness, actual: '48' }), '2025-12-31').status).toBe('at-risk');
  });

  it('starts from 0 one year before the deadline when there is no baseline', () => {
    // "1.500 1-1 vejledninger" in 2025: on 2025-07-02 (182 of 365 days) the line is 1500 x 182 / 365.
    const input = kpi({ name: 'Vejledninger', target: '1500', deadline: '2025-12-31', actual: '748' });
    const r = evaluateKpi(input, '2025-07-01');
    expect(r.expectedNow).toEqual(d('747.95'));
    expect(r.status).toBe('on-track');
    expect(evaluateKpi({ ...input, actual: { value: decimal(747), cell: 'F5' } }, '2025-07-01').status).toBe(
      'at-risk',
    );
  });

  it('lets fulfilment pass 100 %', () => {
    expect(
      evaluateKpi(kpi({ target: '1500', actual: '1800', deadline: '2025-12-31' }), '2025-06-01').fulfilment,
    ).toEqual(decimal(120));
  });
});

describe('evaluateKpi: lower is better', () => {
  // CO2 down 20 % from 1.000 tons in 2024: target 800 by the end of 2025.
  const co2 = {
    name: 'CO2-udledning',
    type: 'change' as const,
    direction: 'down' as const,
    target: '-20',
    baseline: '1000',
    baselineYear: 2024,
    deadline: '2025-12-31',
  };

  it('computes the target from the baseline and mirrors every status', () => {
    expect(evaluateKpi(kpi({ ...co2, actual: '800' }), '2025-05-01')).toMatchObject({
      status: 'met',
      targetValue: decimal(800),
      fulfilment: decimal(100),
    });
    // Halfway (2025-07-02) the line is at 900.
    expect(evaluateKpi(kpi({ ...co2, actual: '900' }), '2025-07-02')).toMatchObject({
      status: 'on-track',
      expectedNow: decimal(900),
    });
    const risk = evaluateKpi(kpi({ ...co2, actual: '901' }), '2025-07-02');
    expect(risk.status).toBe('at-risk');
    expect(risk.findings[0]).toMatchObject({ rule: 'kpi-at-risk', expected: '900', actual: '901' });
    expect(evaluateKpi(kpi({ ...co2, actual: '850' }), '2026-02-01')).toMatchObject({
      status: 'not-met',
      fulfilment: decimal(75),
    });
  });

  it('reads a positive change in a lower-is-better row as the reduction it describes', () => {
    expect(evaluateKpi(kpi({ ...co2, target: '20', actual: '800' }), '2025-05-01')).toMatchObject({
      status: 'met',
      targetValue: decimal(800),
    });
    // "Udgifterne må højst stige 5 %": a ceiling on growth stays a rise.
    const ceiling = kpi({ ...co2, target: '5', comparator: 'atMost', actual: '1040' });
    expect(evaluateKpi(ceiling, '2025-05-01')).toMatchObject({ status: 'met', targetValue: decimal(1050) });
  });

  it('takes an explicit ceiling on a level target', () => {
    const ceiling = kpi({
      name: 'Sagsbehandlingstid',
      target: '30',
      comparator: 'atMost',
      deadline: '2025-12-31',
    });
    expect(evaluateKpi({ ...ceiling, actual: { value: decimal(28), cell: 'F5' } }, '2025-05-01').status).toBe(
      'met',
    );
    // With no baseline the line has no start: over the ceiling before the deadline is not judged (an info
    // asks for the baseline), where a line from 0 would have called any result over it at risk.
    const over = evaluateKpi({ ...ceiling, actual: { value: decimal(35), cell: 'F5' } }, '2025-05-01');
    expect(over).toMatchObject({ status: 'no-data' });
    expect(over.findings.map((f) => f.rule)).toEqual(['reading-unsure']);
    // With a baseline the line runs from it: 40 in 2024 to 30 by the end of 2025 is 36,5 on 1 May 2025.
    const line = evaluateKpi(
      {
        ...ceiling,
        baseline: { value: decimal(40), cell: 'C5' },
        baselineYear: 2024,
        actual: { value: decimal(35), cell: 'F5' },
      },
      '2025-05-01',
    );
    expect(line.status).toBe('on-track');
  });
});

describe('evaluateKpi: change and percentage-point targets', () => {
  it('raises the baseline by the percent change', () => {
    const r = evaluateKpi(
      kpi({
        type: 'change',
        target: '10',
        baseline: '2500',
        baselineYear: 2025,
        actual: '2750',
        deadline: '2026-12-31',
      }),
      '2026-03-01',
    );
    expect(r).toMatchObject({ status: 'met', targetValue: decimal(2750) });
  });

  it('reports a change target without a baseline at the target cell', () => {
    const r = evaluateKpi(
      kpi({ type: 'change', target: '10', actual: '2750', deadline: '2026-12-31' }),
      '2026-03-01',
    );
    expect(r).toMatchObject({ status: 'no-data', targetValue: null, fulfilment: null });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'kpi-missing-baseline', cell: 'C5' })]);
  });

  it('adds the points to the control group', () => {
    const input = kpi({
      type: 'pp',
      name: 'Omsætningsvækst',
      target: '10',
      control: '4.5',
      deadline: '2025-12-31',
    });
    const met = evaluateKpi({ ...input, actual: { value: d('14.5'), cell: 'F5' } }, '2025-10-01');
    expect(met).toMatchObject({ status: 'met', targetValue: d('14.5'), fulfilment: decimal(100) });
    const notMet = evaluateKpi({ ...input, actual: { value: d('12'), cell: 'F5' } }, '2026-03-01');
    expect(notMet).toMatchObject({ status: 'not-met', fulfilment: decimal(75) });
    const noControl = evaluateKpi(
      { ...input, control: null, actual: { value: d('12'), cell: 'F5' } },
      '2025-10-01',
    );
    expect(noControl.status).toBe('no-data');
    expect(noControl.findings).toEqual([expect.objectContaining({ rule: 'missing-value', cell: 'C5' })]);
  });
});

describe('evaluateKpi: missing data', () => {
  it('has no data without an actual, and says so once the deadline has passed', () => {
    expect(evaluateKpi(kpi(awareness), '2025-06-01')).toMatchObject({ status: 'no-data', findings: [] });
    const late = evaluateKpi(kpi(awareness), '2026-01-15');
    expect(late.status).toBe('no-data');
    expect(late.findings).toEqual([
      expect.objectContaining({ rule: 'kpi-deadline-passed', severity: 'warning', cell: 'C5' }),
    ]);
  });

  it('cannot judge progress without a deadline, and reports a deadline that is not a date', () => {
    const open = evaluateKpi(kpi({ target: '50', actual: '40' }), '2025-06-01');
    expect(open.status).toBe('no-data');
    expect(open.fulfilment).toEqual(decimal(80));
    expect(open.findings.map((f) => f.rule)).toEqual(['missing-value']);

    const bad = evaluateKpi(kpi({ target: '50', actual: '40', deadline: '2025-02-30' }), '2025-06-01');
    expect(bad.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['missing-value', 'H5'],
      ['missing-value', 'C5'],
    ]);
  });

  it('refuses an asOf that is not a date', () => {
    expect(() => evaluateKpi(kpi(awareness), '1. juli')).toThrow(RangeError);
  });
});
