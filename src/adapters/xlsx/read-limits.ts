/**
 * How large a sheet's used range may be before reading it as one rectangle costs more memory than a
 * file under 10 MB should (Fordel's grid holds a value, a format and a formula flag per cell).
 */
export const SPARSE_LIMITS = {
  /** Cells in the used range beyond which no sheet is read as a rectangle (about 1 GB of grid). */
  maxArea: 12_000_000,
  /** From this many cells on, the used range must be filled well enough ... */
  sparseFromArea: 2_000_000,
  /** ... at least one cell in this many. */
  minFilledShare: 20,
} as const;
