/**
 * A split by population with no header words, the amounts typed before the population: the two columns
 * follow each other, so their proportion cannot say which is the key. Their totals can: 4.200.000 kr. is a
 * sum someone decided to split, 416.809 inhabitants is no round figure. The amounts are the round column.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const NAMES = ['Vesthimmerlands', 'Aalborg', 'Morsø', 'Rebild', 'Mariagerfjord', 'Hjørring'];
const POP = [35_632, 226_033, 19_344, 31_280, 41_541, 62_979];
/** 4.200.000 kr. split by population, largest remainder. */
const AMOUNTS = [359_048, 2_277_635, 194_921, 315_195, 418_590, 634_611];

const said = (amounts: number[]) =>
  checkWorkbook(
    snapshot([
      sheet('Ark1', [
        ['Fordelingsnøgle for driftsudgifter'],
        ['I alt', 4_200_000, 416_809],
        ...NAMES.map((n, i): RawValue[] => [n, amounts[i], POP[i]]),
      ]),
    ]),
    PARAMS,
  ).findings.map((f) => `${f.rule} ${f.cell}`);

describe('amounts before the population, no header words', () => {
  it('names the amount typed wrong, not the population beside the others', () => {
    const wrong = AMOUNTS.slice();
    wrong[4] = 428_590;
    const found = said(wrong);
    // Before: the amounts were taken for the key, the population checked against them (C-cells warned) and
    // the round total called wrong.
    expect(found.filter((f) => f.startsWith('split-mismatch'))).toEqual(['split-mismatch B7']);
    expect(found).not.toContain('total-mismatch B2');
  });
});
