/**
 * The official population register: FOLK1A per quarter for the 98 municipalities, with the regions and
 * the whole country. Regions are the sums of their municipalities (said so: Danmarks Statistik's own
 * regional figure for Hovedstaden also holds Christiansø); the country is the source's own figure.
 * Municipality names and regions come from the party register (src/core/parties), matched by code.
 */
import { partyByCode, PARTIES } from '../parties/register';
import { REGIONS } from '../parties/regions';
import type { Text } from '../findings/text';
import { FOLK1A_QUARTERS } from './data/folk1a';
import type { PopulationQuarter } from './quarter';
import { attribution } from './source';

export interface MunicipalityPopulation {
  readonly code: string;
  /** The party register's name ("København"). */
  readonly name: string;
  readonly region: string;
  readonly population: number;
}

export interface RegionPopulation {
  readonly code: string;
  readonly name: string;
  /** The sum of the region's municipalities (derived, not Danmarks Statistik's regional figure). */
  readonly population: number;
  readonly municipalities: number;
  readonly derived: true;
}

export interface PopulationAtDate {
  readonly date: string;
  readonly period: string;
  /** By code. */
  readonly municipalities: readonly MunicipalityPopulation[];
  readonly regions: readonly RegionPopulation[];
  readonly nation: {
    /** The source's figure for the whole country. */
    readonly population: number;
    readonly municipalitiesSum: number;
    /** Counted in the country but in no municipality (Christiansø). */
    readonly outsideMunicipalities: number;
  };
  readonly attribution: Text;
  readonly via: string;
}

function build(q: PopulationQuarter): PopulationAtDate {
  const municipalities = q.figures.map(([code, , population]) => {
    const party = partyByCode(code);
    if (!party || party.kind !== 'kommune')
      throw new Error(`FOLK1A ${q.period}: unknown municipality ${code}`);
    return { code, name: party.name, region: party.region!, population };
  });
  const regions = REGIONS.map((r) => {
    const own = municipalities.filter((m) => m.region === r.name);
    return {
      code: r.code,
      name: r.name,
      population: own.reduce((s, m) => s + m.population, 0),
      municipalities: own.length,
      derived: true as const,
    };
  });
  const sum = municipalities.reduce((s, m) => s + m.population, 0);
  return {
    date: q.date,
    period: q.period,
    municipalities,
    regions,
    nation: { population: q.nation, municipalitiesSum: sum, outsideMunicipalities: q.nation - sum },
    attribution: attribution(q.date),
    via: q.via,
  };
}

const BY_DATE = new Map<string, PopulationAtDate>();

/** The dates the register holds, oldest first. */
export function populationDates(): string[] {
  return FOLK1A_QUARTERS.map((q) => q.date).sort();
}

export function latestPopulationDate(): string {
  const dates = populationDates();
  return dates[dates.length - 1];
}

export function populationAt(date: string): PopulationAtDate | null {
  let p = BY_DATE.get(date);
  if (!p) {
    const q = FOLK1A_QUARTERS.find((x) => x.date === date);
    if (!q) return null;
    p = build(q);
    BY_DATE.set(date, p);
  }
  return p;
}

/** The population of one municipality (by code) at a date, or null. */
export function populationOf(code: string, date: string): number | null {
  return populationAt(date)?.municipalities.find((m) => m.code === code)?.population ?? null;
}

/** The municipality codes of a region, in code order. */
export function municipalitiesOf(regionName: string): string[] {
  return PARTIES.filter((p) => p.kind === 'kommune' && p.region === regionName).map((p) => p.code);
}
