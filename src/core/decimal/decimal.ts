/**
 * An exact decimal number: digits / 10^scale. Used for everything read from a sheet
 * (amounts, population counts, percent shares) so that no value passes through a float.
 */
export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

export const ZERO: Decimal = { digits: 0n, scale: 0 };

export function decimal(digits: bigint | number, scale = 0): Decimal {
  return { digits: BigInt(digits), scale };
}

const POW10: bigint[] = [];
export function pow10(n: number): bigint {
  if (n < 0) throw new RangeError('negative power of ten');
  if (n < 64) return (POW10[n] ??= 10n ** BigInt(n));
  return 10n ** BigInt(n);
}

/** Parses a plain decimal string: optional '-', digits, optional '.' and digits. Returns null otherwise. */
export function parsePlainDecimal(text: string): Decimal | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const frac = m[3] ?? '';
  const digits = BigInt(m[2] + frac);
  return normalize({ digits: m[1] === '-' ? -digits : digits, scale: frac.length });
}

/**
 * The exact decimal of a JS number as Excel hands it over, taken from its shortest round-trip
 * representation (so 0.1 is 1/10, not the binary fraction behind it). Null for NaN and infinities.
 */
export function fromNumber(n: number): Decimal | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isSafeInteger(n)) return { digits: BigInt(n), scale: 0 };
  const s = n.toString();
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) return null;
  const frac = m[3] ?? '';
  const exp = m[4] ? Number(m[4]) : 0;
  let digits = BigInt(m[2] + frac);
  if (m[1] === '-') digits = -digits;
  let scale = frac.length - exp;
  if (scale < 0) {
    digits *= pow10(-scale);
    scale = 0;
  }
  return normalize({ digits, scale });
}

/** Drops trailing zeros of the fraction: 1.50 -> 1.5. */
export function normalize(d: Decimal): Decimal {
  let { digits, scale } = d;
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  return digits === d.digits && scale === d.scale ? d : { digits, scale };
}

/** Same value expressed with (at least) the given scale. */
export function rescale(d: Decimal, scale: number): Decimal {
  if (scale === d.scale) return d;
  if (scale < d.scale) throw new RangeError('rescale would lose digits');
  return { digits: d.digits * pow10(scale - d.scale), scale };
}

export function add(a: Decimal, b: Decimal): Decimal {
  // Whole numbers (most cells) need no rescaling, and their sum no trailing zeros dropped.
  if (a.scale === 0 && b.scale === 0) return { digits: a.digits + b.digits, scale: 0 };
  const s = Math.max(a.scale, b.scale);
  return normalize({ digits: rescale(a, s).digits + rescale(b, s).digits, scale: s });
}

export function sub(a: Decimal, b: Decimal): Decimal {
  return add(a, { digits: -b.digits, scale: b.scale });
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return normalize({ digits: a.digits * b.digits, scale: a.scale + b.scale });
}

export function neg(a: Decimal): Decimal {
  return { digits: -a.digits, scale: a.scale };
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  if (a.scale === b.scale) return a.digits < b.digits ? -1 : a.digits > b.digits ? 1 : 0;
  const s = Math.max(a.scale, b.scale);
  const x = rescale(a, s).digits;
  const y = rescale(b, s).digits;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(d: Decimal): boolean {
  return d.digits === 0n;
}

export function isInteger(d: Decimal): boolean {
  return d.scale === 0 || d.digits % pow10(d.scale) === 0n;
}

/** Integer value if the decimal is whole, else null. */
export function toBigInt(d: Decimal): bigint | null {
  if (d.scale === 0) return d.digits;
  const p = pow10(d.scale);
  return d.digits % p === 0n ? d.digits / p : null;
}

/** Nearest float: for display and ratios only, never for money arithmetic. */
export function toNumber(d: Decimal): number {
  return d.scale === 0 ? Number(d.digits) : Number(d.digits) / 10 ** d.scale;
}

/** Plain machine-readable form: "-1234.5" (used in JSON output). */
export function toPlainString(d: Decimal): string {
  const neg = d.digits < 0n;
  const s = (neg ? -d.digits : d.digits).toString().padStart(d.scale + 1, '0');
  const int = d.scale ? s.slice(0, s.length - d.scale) : s;
  const frac = d.scale ? '.' + s.slice(s.length - d.scale) : '';
  return (neg ? '-' : '') + int + frac;
}

/**
 * The exact sum, added as whole numbers at the finest scale among the values and made as short as it can be
 * once at the end, as add() would leave it, without a decimal made per value: long columns are summed often.
 */
export function sum(values: readonly (Decimal | null)[]): Decimal {
  let scale = 0;
  let any = false;
  // Counted loops: a long column's sum often runs before it is optimised, and for-of then makes an object per value.
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!v) continue;
    any = true;
    if (v.scale > scale) scale = v.scale;
  }
  if (!any) return ZERO;
  let total = 0n;
  if (scale === 0) {
    for (let i = 0; i < values.length; i++) total += values[i]?.digits ?? 0n;
    return { digits: total, scale: 0 };
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v) total += v.scale === scale ? v.digits : v.digits * pow10(scale - v.scale);
  }
  return normalize({ digits: total, scale });
}
