/**
 * Findings of one rule on one table that share a cause become one item with a count: "29 beløb afviger
 * fra den præcise fordeling, højst 3.409 kr." that opens to the rows. Only rules whose repeats do share
 * a cause are grouped; a total that is off in two places is two things to look at.
 */
import type { RuleCode, Severity } from '../findings/catalogue';
import type { Finding, Text } from '../findings/finding';
import { text } from '../findings/finding';
import { a1Range, parseA1Range } from '../grid/a1';
import { abs, kr, oereOf } from './say';

const GROUPABLE: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'split-mismatch',
  'unknown-party',
  'not-a-number',
  'ambiguous-number',
  'formula-error',
  'formula-no-result',
  'missing-value',
  'negative-amount',
  'invalid-key',
  'kpi-met',
  'kpi-deadline-passed',
  'kpi-missing-baseline',
]);

export function isGroupable(rule: RuleCode): boolean {
  return GROUPABLE.has(rule);
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worstSeverity(findings: readonly Finding[], fallback: Severity): Severity {
  return findings.reduce<Severity>((w, f) => (ORDER[f.severity] < ORDER[w] ? f.severity : w), fallback);
}

/** The smallest range holding every cell of the findings ("D4:D33"). */
export function coveringRange(findings: readonly Finding[]): string {
  const ranges = findings.map((f) => parseA1Range(f.cell)).filter((r) => r !== null);
  if (ranges.length === 0) return findings[0]?.cell ?? '';
  return a1Range({
    top: Math.min(...ranges.map((r) => r.top)),
    left: Math.min(...ranges.map((r) => r.left)),
    bottom: Math.max(...ranges.map((r) => r.bottom)),
    right: Math.max(...ranges.map((r) => r.right)),
  });
}

export function groupMessage(rule: RuleCode, findings: readonly Finding[]): Text {
  const n = findings.length;
  switch (rule) {
    case 'split-mismatch': {
      const diffs = findings.map((f) => {
        const e = oereOf(f.expected);
        const a = oereOf(f.actual);
        return e === null || a === null ? 0n : abs(a - e);
      });
      const most = diffs.reduce((m, d) => (d > m ? d : m), 0n);
      return text(
        `${n} beløb afviger fra den præcise fordeling, højst ${kr(most, 'da')}`,
        `${n} amounts differ from the exact split, by at most ${kr(most, 'en')}.`,
      );
    }
    case 'unknown-party':
      return text(
        `${n} parter er ikke danske kommuner eller regioner (det kan være i orden).`,
        `${n} parties are not Danish municipalities or regions (this may be fine).`,
      );
    case 'not-a-number':
      return text(`${n} celler kan ikke læses som tal.`, `${n} cells cannot be read as numbers.`);
    case 'ambiguous-number':
      return text(`${n} tal kan læses på flere måder.`, `${n} numbers can be read more than one way.`);
    case 'formula-error':
      return text(`${n} celler viser en formelfejl.`, `${n} cells show a formula error.`);
    case 'formula-no-result':
      return text(
        `${n} formler er gemt uden resultat, så Fordel kan ikke se tallene.`,
        `${n} formulas were saved without their results, so Fordel cannot see the numbers.`,
      );
    case 'missing-value':
      return text(`${n} værdier mangler.`, `${n} values are missing.`);
    case 'negative-amount':
      return text(`${n} beløb er negative.`, `${n} amounts are negative.`);
    case 'invalid-key':
      return text(`${n} nøgler kan ikke bruges.`, `${n} keys cannot be used.`);
    case 'kpi-met':
      return text(`${n} mål er nået.`, `${n} targets are met.`);
    case 'kpi-deadline-passed':
      return text(
        `${n} mål har passeret fristen uden et resultat.`,
        `${n} targets are past their deadline without an actual.`,
      );
    case 'kpi-missing-baseline':
      return text(`${n} relative mål mangler en baseline.`, `${n} relative targets have no baseline.`);
    default:
      return text(`${n} fund af samme slags.`, `${n} findings of the same kind.`);
  }
}
