/**
 * What "Fjern Fordels output" removes, from what Fordel recorded in its settings sheet on the last run.
 * The core's planClean is the authority once it is there; this reads the same record the same way.
 */
import type { CleanPlan, FordelSettings } from '../core/output/plan';

export function hasOutput(settings: FordelSettings | null): boolean {
  return !!settings && (settings.owned.length > 0 || settings.ownedSheets.length > 0);
}

export function cleanPlanFor(settings: FordelSettings, removeSettings: boolean): CleanPlan {
  return {
    ranges: [...settings.owned],
    sheets: [...settings.ownedSheets],
    fills: [...(settings.fills ?? [])],
    removeSettings,
  };
}
