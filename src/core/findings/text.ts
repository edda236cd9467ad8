/** A user-facing text in both of Fordel's languages: Danish first, English available. */
export interface Text {
  readonly da: string;
  readonly en: string;
}

export type Lang = keyof Text;

export function text(da: string, en: string): Text {
  return { da, en };
}
