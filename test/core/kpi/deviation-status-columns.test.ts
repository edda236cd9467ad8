/**
 * A target list with the columns a contract's follow-up adds (Retning, Afvigelse, Status, Metode) and its
 * targets written in words ("5 pp", "20 % stigning", "11.700" as text): the first target is a target, not a
 * second header line, so the list is never read as a budget with its verdicts unsaid. Judged on 24.11.2026.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const HEAD = [
  'Resultatmål',
  'Retning',
  'Baseline 2024',
  'Mål',
  'Resultat',
  'Afvigelse',
  'Frist',
  'Status',
  'Metode',
];

describe('a target list with Afvigelse and Status columns, its figures written as text', () => {
  const r = checkWorkbook(
    snapshot([
      gridFromRows('Ark1', [
        HEAD,
        [
          'Mervækst i omsætning ift. kontrolgruppe',
          'Højere er bedre',
          '',
          '5 pp',
          '4 pp',
          '-1 pct.-point',
          '30. juni 2026',
          'Ikke opfyldt',
          'Egen opgørelse',
        ],
        [
          'Besøgende på hjemmesiden',
          'Højere er bedre',
          '11.700',
          '20 % stigning',
          '13.104',
          -936,
          '31. december 2025',
          'Ikke opfyldt',
          'Egen opgørelse',
        ],
        [
          'Net Promoter Score',
          'Højere er bedre',
          '',
          '70',
          '61',
          -9,
          '30. juni 2026',
          'Ikke opfyldt',
          'Fagsystem',
        ],
      ]),
    ]),
    PARAMS,
  );

  it('is read as a target list over all its rows', () => {
    expect(r.tables.map((t) => t.kind)).toEqual(['kpi']);
  });

  it('says every target past its deadline is not met', () => {
    const notMet = r.findings.filter((f) => f.rule === 'kpi-not-met').map((f) => f.cell);
    expect(notMet).toEqual(['E2', 'E3', 'E4']);
  });
});
