/**
 * docs/style.md held as a test: every message in the rule catalogue, every text of the task pane and
 * every message the check gives on the sample workbook follows the rules the guide marks as tested.
 */
import { SAMPLE_SHEETS } from '../../../examples/sample-workbook';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { CATALOGUE } from '../../../src/core/findings/catalogue';
import { gridFromRows } from '../../../src/core/grid/grid';
import { da } from '../../../src/taskpane/i18n/da';

const RULE_CODES = Object.keys(CATALOGUE);

/**
 * Dates (31.12.2026), cell references (D34, C4:C33) and what the user typed, quoted »as found«, are not
 * Fordel's numbers to judge.
 */
function withoutDatesAndCells(text: string): string {
  return text
    .replace(/»[^«]*«/g, ' CITAT ')
    .replace(/\b\d{1,2}\.\d{1,2}\.\d{4}\b/g, ' DATO ')
    .replace(/\b[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?\b/g, ' CELLE ');
}

/** What is wrong with one Danish text; empty when it follows the guide. */
export function styleProblems(text: string, opts: { sentence: boolean }): string[] {
  const problems: string[] = [];
  if (/\bsummer (til|ikke)\b/i.test(text)) problems.push('"summer" where it should be "summerer"');
  if (/["“”„]/.test(text)) problems.push('quotation marks other than »«');
  const numbers = withoutDatesAndCells(text);
  if (/\d\.\d{1,2}(?!\d)/.test(numbers)) problems.push('a decimal point (Danish decimals use a comma)');
  if (/(?<![\d.,])\d{5,}(?![\d,])/.test(numbers)) problems.push('a large number without thousands points');
  if (/\d,\d+(?!\d)(?!\.\d)(?!\s*(%|kr\.|procentpoint|pct\.|mio\.|mia\.|[a-zæøå]))/i.test(numbers)) {
    problems.push('a figure with decimals and no unit');
  }
  if (/\bbaseline\b/i.test(text) && !/udgangspunkt/i.test(text))
    problems.push('"baseline" without a Danish word');
  if (/\b(override|range|null|NaN|undefined)\b/.test(text)) problems.push("a programmer's word");
  const code = RULE_CODES.find((c) => text.includes(c));
  if (code) problems.push(`the rule code ${code}`);
  if (/(?<!\.)\.\s*\.(?!\.)/.test(text)) problems.push('two full stops in a row');
  if (opts.sentence && !/[.?!][)»«]?$/.test(text.trim())) problems.push('no full stop at the end');
  return problems;
}

function sampleResult() {
  const sheets = SAMPLE_SHEETS.map((s) => gridFromRows(s.name, s.rows));
  return checkWorkbook(
    { sheets, sheetNames: sheets.map((s) => s.name), settings: null },
    { lang: 'da', asOf: '2026-06-30' },
  );
}

describe('the message style guide', () => {
  it('catches what it is meant to catch', () => {
    const bad = (t: string) => styleProblems(t, { sentence: true });
    expect(bad('Andelene summer til 101,4 %.')).toHaveLength(1);
    expect(bad('"Glostrup" står der allerede i A17.')).toHaveLength(1);
    expect(bad('Egenfinansieringen er 48.2 %.')).toHaveLength(1);
    expect(bad('I dag burde det være 13.871,92.')).toHaveLength(1);
    expect(bad('Målet er 15000 kr.')).toHaveLength(1);
    expect(bad('Der er ingen baseline at regne fra.')).toHaveLength(1);
    expect(bad('Fundet split-mismatch.')).toHaveLength(1);
    expect(bad('Alt stemmer.. Godt.')).toHaveLength(1);
    expect(bad('Andelene summerer ikke til 100 %')).toHaveLength(1);
    expect(bad('»Glostrup« står der allerede i A17; fristen 31.12.2025 er passeret.')).toEqual([]);
    expect(
      bad('Beløbene summerer til 760.500 kr., men totalen er 750.000 kr.: 10.500 kr. er fordelt for meget.'),
    ).toEqual([]);
    expect(bad('Egenfinansieringen er 48,2 % af finansieringen i 2023; kravet er mindst 50 %.')).toEqual([]);
  });

  it('holds every message in the rule catalogue to it', () => {
    for (const [code, info] of Object.entries(CATALOGUE)) {
      expect([code, styleProblems(info.what.da, { sentence: true })]).toEqual([code, []]);
    }
  });

  it('holds every text of the task pane to it', () => {
    for (const [key, value] of Object.entries(da)) {
      const filled = value.replace(/\{count\}|\{cells\}|\{index\}/g, '12').replace(/\{\w+\}/g, 'Ark1');
      expect([key, styleProblems(filled, { sentence: false })]).toEqual([key, []]);
    }
  });

  it('holds every message the check gives on the sample workbook to it', () => {
    const result = sampleResult();
    const messages = [
      ...result.findings.map((f) => f.message.da),
      ...result.refusals.map((f) => f.message.da),
      ...result.notes.map((n) => n.da),
      ...(result.readings ?? []).flatMap((r) => r.unsureBecause.map((u) => u.da)),
      ...(result.items ?? []).map((i) => i.message.da),
    ];
    expect(messages.length).toBeGreaterThan(10);
    for (const message of messages) {
      expect([message, styleProblems(message, { sentence: true })]).toEqual([message, []]);
    }
    // What a reading decision rests on is a phrase shown after its cell ("A34: summen af rækkerne over").
    for (const phrase of (result.readings ?? []).flatMap((r) => r.decisions.map((d) => d.because.da))) {
      expect([phrase, styleProblems(phrase, { sentence: false })]).toEqual([phrase, []]);
    }
  });
});
