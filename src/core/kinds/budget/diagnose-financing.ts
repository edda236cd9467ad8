/**
 * A project budget's own share or matching short in one or more columns is one cause, said in kroner:
 * how much more own financing (or how much more from the others, when they match the first source) each
 * short column needs, with the other contributions as they are.
 */
import type { CheckParams } from '../../check/params';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { list } from '../../diagnose/say';
import { text, type Finding } from '../../findings/finding';
import { formatPercent } from '../../money/format';
import type { BudgetFacts } from './check';
import { matchingRatio } from './check';
import { matchingShortfalls, ratioWords } from './rules/matching';
import { ownShareShortfalls } from './rules/own-share';
import { amountText } from './say';
import type { Decimal } from '../../decimal/decimal';

interface Short {
  readonly j: number;
  readonly cell: string;
  readonly short: Decimal;
}

function perColumn(facts: BudgetFacts, shorts: readonly Short[], lang: 'da' | 'en'): string {
  const cols = facts.input.layout.columns;
  return list(
    shorts.map((s) => {
      const amount = amountText(s.short, facts.input.scale)[lang];
      const label = cols[s.j].label || (lang === 'da' ? 'kolonnen' : 'the column');
      return lang === 'da' ? `${amount} i ${label}` : `${amount} in ${label}`;
    }),
    lang,
  );
}

function explained(open: readonly Finding[], rule: Finding['rule'], shorts: readonly Short[]): Finding[] {
  const cells = new Set(shorts.map((s) => s.cell));
  return open.filter((f) => f.rule === rule && cells.has(f.cell));
}

export function financingShort(
  facts: BudgetFacts,
  open: readonly Finding[],
  params: CheckParams,
): Diagnosis[] {
  const input = facts.input;
  const out: Diagnosis[] = [];
  const min = input.layout.statedRules?.minOwnShare;
  const own = min ? ownShareShortfalls(input, min) : [];
  const ownFound = explained(open, 'cofinancing-below-minimum', own);
  if (min && ownFound.length) {
    const m = (lang: 'da' | 'en') => formatPercent(min, lang);
    out.push({
      rule: 'own-financing-short',
      sheet: input.sheet,
      cell: own[0].cell,
      confidence: 'certain',
      message: text(
        `Egenfinansieringen mangler ${perColumn(facts, own, 'da')} for at nå mindst ${m('da')} af finansieringen, når de øvrige bidrag er uændrede.`,
        `Own financing is short by ${perColumn(facts, own, 'en')} of the minimum ${m('en')} of the financing, with the other contributions unchanged.`,
      ),
      explains: ownFound,
    });
  }
  const ratio = matchingRatio(input.layout, params);
  const matching = ratio ? matchingShortfalls(input, ratio) : [];
  const matchFound = explained(open, 'matching-shortfall', matching);
  if (ratio && matchFound.length) {
    const words = ratioWords(ratio);
    const who =
      matching[0].side === 'own'
        ? text('egenfinansieringen skal øges med', 'own financing must rise by')
        : text(`de øvrige bidrag skal øges med`, `the other contributions must rise by`);
    const whom =
      matching[0].side === 'own'
        ? text('de øvrige bidrag', 'the other contributions')
        : text(`»${matching[0].matched}«`, `"${matching[0].matched}"`);
    out.push({
      rule: 'matching-short',
      sheet: input.sheet,
      cell: matching[0].cell,
      confidence: 'certain',
      message: text(
        `Finansieringen holder ikke ${words.da}: ${who.da} ${perColumn(facts, matching, 'da')} for at matche ${whom.da}.`,
        `The financing does not keep ${words.en}: ${who.en} ${perColumn(facts, matching, 'en')} to match ${whom.en}.`,
      ),
      explains: matchFound,
    });
  }
  return out;
}
