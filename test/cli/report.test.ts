import { countLine, jsonReport, textReport } from '../../src/cli/report';
import { itemLines } from '../../src/cli/report-items';
import { text, type Finding } from '../../src/core/findings/finding';
import type { TableLayout } from '../../src/core/tables/layout';

const table: TableLayout = {
  id: 'Ark!A3',
  kind: 'apportionment',
  sheet: 'Ark',
  range: { top: 2, left: 0, bottom: 6, right: 3 },
  headerRow: 2,
  title: 'Fordeling efter indbyggertal',
  source: 'detected',
  partyCol: 0,
  keyCol: 1,
  keyKind: 'population',
  amountCol: 3,
  dataRows: [3, 4, 5],
  totalRow: 6,
};

const inTable: Finding = {
  rule: 'split-unallocated',
  severity: 'error',
  sheet: 'Ark',
  cell: 'D7',
  message: text('750 kr. er ikke fordelt.', 'DKK 750 is not allocated.'),
  expected: '750000',
  actual: '749250',
};
const title: Finding = {
  rule: 'price-level-mixed',
  severity: 'warning',
  sheet: 'Ark',
  cell: 'A1',
  message: text('Prisniveauer blandes.', 'Price levels are mixed.'),
};
const elsewhere: Finding = {
  rule: 'not-a-number',
  severity: 'info',
  sheet: 'Andet ark',
  cell: 'B2:C3',
  message: text('Ikke et tal.', 'Not a number.'),
};

describe('command line report', () => {
  it('groups findings under their table, titles included, and lists the rest with their sheet', () => {
    const out = textReport({ tables: [table], findings: [inTable, title, elsewhere], notes: [] }, 'da');
    expect(out).toBe(
      [
        'Ark!A3:D7  fordeling - Fordeling efter indbyggertal',
        '  FEJL     D7       750 kr. er ikke fordelt.',
        '  ADVARSEL A1       Prisniveauer blandes.',
        '',
        'Øvrige fund',
        '  INFO     Andet ark!B2:C3  Ikke et tal.',
        '',
        '1 fejl, 1 advarsel, 1 info',
        '',
      ].join('\n'),
    );
  });

  it('says when there is nothing, and shows notes', () => {
    const out = textReport(
      {
        tables: [],
        findings: [],
        notes: [text('Arket hedder Fordel-fund (2).', 'The sheet is called Fordel-fund (2).')],
      },
      'en',
    );
    expect(out).toBe(
      'Fordel found no tables to check.\nNote: The sheet is called Fordel-fund (2).\n0 errors, 0 warnings, 0 info\n',
    );
  });

  it('a table without findings says so', () => {
    expect(textReport({ tables: [table], findings: [elsewhere], notes: [] }, 'en')).toContain(
      'Ark!A3:D7  apportionment - Fordeling efter indbyggertal\n  No findings.\n',
    );
  });

  it('JSON carries the message in the chosen language and leaves out absent values', () => {
    const doc = jsonReport({ tables: [table], findings: [inTable, elsewhere] }, 'en');
    expect(doc).toEqual({
      tables: [{ sheet: 'Ark', range: 'A3:D7', kind: 'apportionment' }],
      findings: [
        {
          rule: 'split-unallocated',
          severity: 'error',
          sheet: 'Ark',
          cell: 'D7',
          message: 'DKK 750 is not allocated.',
          expected: '750000',
          actual: '749250',
        },
        {
          rule: 'not-a-number',
          severity: 'info',
          sheet: 'Andet ark',
          cell: 'B2:C3',
          message: 'Not a number.',
        },
      ],
    });
    expect('expected' in doc.findings[1]).toBe(false);
  });

  it('counts in both languages with the right plural', () => {
    const two = [inTable, inTable, title, title];
    expect(countLine(two, 'da')).toBe('2 fejl, 2 advarsler, 0 info');
    expect(countLine([inTable, title], 'en')).toBe('1 error, 1 warning, 0 info');
  });
});

describe('the cells under an item', () => {
  it('names a cell once when two of the findings it explains stand there', () => {
    const at = (cell: string): Finding => ({ ...inTable, rule: 'total-mismatch', cell });
    const lines = itemLines(
      {
        id: 'd1',
        kind: 'diagnosis',
        rule: 'cell-breaks-totals',
        severity: 'error',
        tableId: 'Ark!A3',
        sheet: 'Ark',
        cell: 'D5',
        message: text('D5 er sandsynligvis forkert.', 'D5 is probably wrong.'),
        confidence: 'likely',
        count: 4,
        findings: [at('D5'), at('E5'), at('D7'), at('D7')],
      },
      'da',
      'FEJL',
    );
    expect(lines[1]).toMatch(/forklarer 4 fund\): D5, E5, D7$/);
  });
});
