/** A value read from a sheet together with the A1 cell it came from, so a rule can point at it. */
export interface Located<T> {
  readonly value: T;
  /** A1 on the input's sheet. */
  readonly cell: string;
}
