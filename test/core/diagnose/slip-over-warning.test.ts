/**
 * A diagnosis is as grave as the findings it explains: a digit slip in a key that only warns (shares that
 * do not sum to 100, amounts off the key) is shown as a warning, so the item's word (FEJL/ADVARSEL) and the
 * counts under the list say the same.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

describe('a digit slip over warnings', () => {
  it('is a warning item, as its findings are', () => {
    const r = checkWorkbook(
      snapshot([
        sheet('Ark1', [
          ['Greater Copenhagen EU Office: kontingent 2026'],
          ['Ejergruppe', 'Fordelingsnøgle', 'Kontingent 2026 (kr.)'],
          ['Universiteter', 20, 3_500_000],
          ['Regioner', 14, 7_175_000],
          ['Kommuner', 39, 6_825_000],
          ['Total', 100, 17_500_000],
        ]),
      ]),
      PARAMS,
    );
    const slip = r.items!.find((i) => i.rule === 'digit-typo');
    expect(slip?.cell).toBe('B4');
    expect(new Set(slip?.findings.map((f) => f.severity))).toEqual(new Set(['warning']));
    expect(slip?.severity).toBe('warning');
  });
});
