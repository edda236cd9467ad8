/**
 * Decides whether a FOLK1A quarter read from a CSV may join the register: all 98 municipalities, each
 * once, recognised by the party register (and by its code where the file gives one), whole positive
 * counts, regions and the whole country no smaller than their municipalities (and larger by no more
 * than Christiansø could explain), and no municipality changed by more than a quarter plausibly
 * changes it. Anything else is a problem that names the line; nothing is replaced.
 */
import { text, type Text } from '../findings/text';
import { matchParty } from '../parties/match-party';
import { PARTIES } from '../parties/register';
import { MUNICIPALITY_COUNT, OUTSIDE_MUNICIPALITIES_MAX, QUARTER_CHANGE_MAX } from './limits';
import { quarterDate, type PopulationQuarter } from './quarter';
import type { CsvArea, CsvQuarter } from './read-csv';

export type QuarterCheck =
  { ok: true; quarter: PopulationQuarter; notes: Text[] } | { ok: false; problems: Text[] };

const NATION = /^(hele landet|danmark|i alt|all denmark|denmark)$/i;
const OUTSIDE = /^christians(ø|oe)$/i;
/** Lines that are other parts of the country than municipalities: landsdele, which FOLK1A also lists. */
const LANDSDEL = /^landsdel /i;

const MAX_NAMED = 6;
const listed = (names: readonly string[]) =>
  names.slice(0, MAX_NAMED).join(', ') + (names.length > MAX_NAMED ? ` …` : '');

export function validateQuarter(
  csv: CsvQuarter,
  via: string,
  latest: PopulationQuarter | undefined,
): QuarterCheck {
  const problems: Text[] = [];
  const notes: Text[] = [];
  const date = quarterDate(csv.period)!;
  const found = new Map<string, { area: CsvArea; name: string }>();
  const regions = new Map<string, CsvArea>();
  let nation: CsvArea | undefined;
  let outside: CsvArea | undefined;
  for (const area of csv.areas) {
    if (NATION.test(area.name) || area.code === '000') {
      nation = area;
      continue;
    }
    if (OUTSIDE.test(area.name) || area.code === '411') {
      outside = area;
      continue;
    }
    if (LANDSDEL.test(area.name)) continue;
    const m = matchParty(area.name, { fuzzy: false });
    const code = area.code;
    const byCode = code ? PARTIES.find((p) => p.code === code.replace(/^0+(?=\d{3})/, '')) : undefined;
    const party = m?.party ?? byCode;
    if (!party) {
      problems.push(
        text(
          `Linje ${area.line}: »${area.name}« er ikke en dansk kommune eller region.`,
          `Line ${area.line}: "${area.name}" is not a Danish municipality or region.`,
        ),
      );
      continue;
    }
    if (m && byCode && m.party.code !== byCode.code && party.kind === 'kommune') {
      problems.push(
        text(
          `Linje ${area.line}: koden ${area.code} hører til ${byCode.name}, ikke ${area.name}.`,
          `Line ${area.line}: the code ${area.code} belongs to ${byCode.name}, not ${area.name}.`,
        ),
      );
      continue;
    }
    if (party.kind === 'region') {
      regions.set(party.name, area);
      continue;
    }
    if (!Number.isSafeInteger(area.value) || area.value <= 0) {
      problems.push(
        text(
          `Linje ${area.line}: folketallet for ${party.name} skal være et helt tal over 0.`,
          `Line ${area.line}: the population of ${party.name} must be a whole number above 0.`,
        ),
      );
    }
    const before = found.get(party.code);
    if (before) {
      problems.push(
        text(
          `${party.name} står både i linje ${before.area.line} og ${area.line}; vælg »I alt« for køn, alder og civilstand.`,
          `${party.name} is on both line ${before.area.line} and line ${area.line}; choose "Total" for sex, age and marital status.`,
        ),
      );
      continue;
    }
    found.set(party.code, { area, name: area.name });
  }
  const municipalities = PARTIES.filter((p) => p.kind === 'kommune');
  const missing = municipalities.filter((p) => !found.has(p.code)).map((p) => p.name);
  if (missing.length) {
    problems.push(
      text(
        `Der mangler ${missing.length} af de ${MUNICIPALITY_COUNT} kommuner: ${listed(missing)}.`,
        `${missing.length} of the ${MUNICIPALITY_COUNT} municipalities ${missing.length === 1 ? 'is' : 'are'} missing: ${listed(missing)}.`,
      ),
    );
  }
  if (problems.length) return { ok: false, problems };

  const sum = [...found.values()].reduce((s, f) => s + f.area.value, 0);
  const within = (value: number, parts: number) =>
    value >= parts && value - parts <= OUTSIDE_MUNICIPALITIES_MAX;
  for (const [name, area] of regions) {
    const parts = municipalities
      .filter((p) => p.region === name)
      .reduce((s, p) => s + found.get(p.code)!.area.value, 0);
    if (!within(area.value, parts)) {
      problems.push(
        text(
          `Linje ${area.line}: ${name} har ${area.value}, men regionens kommuner har tilsammen ${parts}.`,
          `Line ${area.line}: ${name} has ${area.value}, but its municipalities add up to ${parts}.`,
        ),
      );
    }
  }
  if (nation && !within(nation.value, sum)) {
    problems.push(
      text(
        `Linje ${nation.line}: hele landet har ${nation.value}, men de ${MUNICIPALITY_COUNT} kommuner har tilsammen ${sum}.`,
        `Line ${nation.line}: the whole country has ${nation.value}, but the ${MUNICIPALITY_COUNT} municipalities add up to ${sum}.`,
      ),
    );
  }
  if (latest && latest.date !== date) {
    const old = new Map(latest.figures.map(([code, , pop]) => [code, pop]));
    const jumped = municipalities.filter((p) => {
      const a = BigInt(found.get(p.code)!.area.value);
      const b = BigInt(old.get(p.code) ?? 0);
      const diff = a > b ? a - b : b - a;
      return diff * QUARTER_CHANGE_MAX.denominator > b * QUARTER_CHANGE_MAX.numerator;
    });
    if (jumped.length) {
      problems.push(
        text(
          `${jumped.length} kommuner afviger mere end 10 % fra ${latest.period}: ${listed(jumped.map((p) => p.name))}. Er det FOLK1A med »I alt« for køn, alder og civilstand?`,
          `${jumped.length} municipalities differ by more than 10 % from ${latest.period}: ${listed(jumped.map((p) => p.name))}. Is it FOLK1A with "Total" for sex, age and marital status?`,
        ),
      );
    }
  }
  if (problems.length) return { ok: false, problems };

  let nationTotal = nation?.value;
  if (nationTotal === undefined) {
    nationTotal = sum + (outside?.value ?? 0);
    notes.push(
      text(
        `Filen har intet tal for hele landet; landstallet er sat til kommunernes sum${outside ? ' plus Christiansø' : ''} (${nationTotal}).`,
        `The file has no figure for the whole country; the national total is the municipalities' sum${outside ? ' plus Christiansø' : ''} (${nationTotal}).`,
      ),
    );
  }
  const figures = municipalities
    .map((p) => [p.code, found.get(p.code)!.name, found.get(p.code)!.area.value] as const)
    .sort((a, b) => Number(a[0]) - Number(b[0]));
  return { ok: true, quarter: { date, period: csv.period, figures, nation: nationTotal, via }, notes };
}
