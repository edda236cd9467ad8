/** The register of Danish public parties: 98 municipalities and 5 regions. */
import { MUNICIPALITIES_BY_REGION } from './municipalities';
import { REGIONS } from './regions';

export interface Party {
  readonly code: string;
  readonly name: string;
  readonly kind: 'kommune' | 'region';
  /** The region's name, for municipalities. */
  readonly region?: string;
}

function buildParties(): Party[] {
  const out: Party[] = [];
  for (const region of REGIONS) {
    for (const [code, name] of MUNICIPALITIES_BY_REGION[region.name] ?? []) {
      out.push({ code, name, kind: 'kommune', region: region.name });
    }
  }
  out.sort((a, b) => Number(a.code) - Number(b.code));
  for (const region of REGIONS) out.push({ code: region.code, name: region.name, kind: 'region' });
  return out;
}

export const PARTIES: readonly Party[] = Object.freeze(buildParties());

const BY_CODE = new Map(PARTIES.map((p) => [p.code, p]));

export function partyByCode(code: string): Party | undefined {
  return BY_CODE.get(code);
}
