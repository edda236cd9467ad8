import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, RULE_CODES } from '../../../src/core/findings/catalogue';

const README = readFileSync(join(__dirname, '../../../README.md'), 'utf8');

describe('rule catalogue', () => {
  it('holds the codes the product promises', () => {
    for (const code of [
      'total-mismatch',
      'cofinancing-below-minimum',
      'matching-shortfall',
      'shares-not-100',
      'split-unallocated',
      'split-mismatch',
      'duplicate-party',
      'not-a-number',
      'formula-error',
      'missing-value',
      'negative-amount',
      'kpi-not-met',
      'kpi-at-risk',
      'kpi-missing-baseline',
      'kpi-deadline-passed',
    ]) {
      expect(RULE_CODES).toContain(code);
    }
  });

  it.each(RULE_CODES)('documents %s in the README with both languages', (code) => {
    const line = README.split('\n').find((l) => l.startsWith(`| \`${code}\` |`));
    expect(line).toBeDefined();
    expect(line).toContain(CATALOGUE[code].severity);
    expect(line).toContain(CATALOGUE[code].what.da);
    expect(line).toContain(CATALOGUE[code].what.en);
  });
});
