/**
 * The sizes of the command-line benchmark, from `npm run bench -- cli --sizes 10000,100000 --out-sizes
 * 100000 --pairs 3 --files 200 --million no`. The defaults finish in a few minutes on 2 cores.
 */
export interface CliOptions {
  /** Rows of the workbooks checked with --json against the bare reads. */
  readonly sizes: readonly number[];
  /** The sizes also written with --out (the largest carries the memory target). */
  readonly outSizes: readonly number[];
  /** Paired runs for the small files; the large ones get a third of them, at least one. */
  readonly pairs: number;
  readonly folderFiles: number;
  readonly million: boolean;
}

export const DEFAULT_CLI_OPTIONS: CliOptions = {
  sizes: [10_000, 100_000, 300_000],
  outSizes: [100_000, 300_000],
  pairs: 3,
  folderFiles: 200,
  million: true,
};

function numbers(v: string | undefined, flag: string): number[] | undefined {
  if (v === undefined) return undefined;
  const xs = v.split(',').map((s) => Number(s.replace(/[._]/g, '')));
  if (!xs.length || xs.some((x) => !Number.isInteger(x) || x < 1))
    throw new Error(`${flag} takes whole numbers separated by commas, not "${v}"`);
  return xs;
}

export function cliOptions(argv: readonly string[]): CliOptions {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = numbers(value('--sizes'), '--sizes') ?? DEFAULT_CLI_OPTIONS.sizes;
  // "--out-sizes 0": no --out runs at all (only the --json figures, the start-up and the folder).
  const noOut = value('--out-sizes') === '0';
  const outSizes = noOut
    ? []
    : (numbers(value('--out-sizes'), '--out-sizes') ??
      DEFAULT_CLI_OPTIONS.outSizes.filter((n) => sizes.includes(n)));
  const million = value('--million');
  return {
    sizes,
    outSizes,
    pairs: numbers(value('--pairs'), '--pairs')?.[0] ?? DEFAULT_CLI_OPTIONS.pairs,
    folderFiles: numbers(value('--files'), '--files')?.[0] ?? DEFAULT_CLI_OPTIONS.folderFiles,
    million: million === undefined ? DEFAULT_CLI_OPTIONS.million : !/^(no|false|0)$/i.test(million),
  };
}
