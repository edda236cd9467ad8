/** The five Danish regions with their official codes (Danmarks Statistik / CPR region codes). */
export interface RegionEntry {
  readonly code: string;
  readonly name: string;
}

export const REGIONS: readonly RegionEntry[] = [
  { code: '1081', name: 'Region Nordjylland' },
  { code: '1082', name: 'Region Midtjylland' },
  { code: '1083', name: 'Region Syddanmark' },
  { code: '1084', name: 'Region Hovedstaden' },
  { code: '1085', name: 'Region Sjælland' },
];
