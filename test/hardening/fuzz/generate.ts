/**
 * The fault suite's generator: from a seed, hostile and damaged workbooks in the families issue 19 names
 * (byte flips, truncation, XML mutations of each part, lying sizes, XXE, entity expansion, far-corner
 * cells). The same seed always gives the same files, so a failure can be replayed.
 */
import { minimalXlsx, unzip, zip, type Part } from './zip-tools';

export type Family =
  'byte-flip' | 'truncation' | 'xml-mutation' | 'lying-size' | 'xxe' | 'entity-expansion' | 'far-corner';

export const FAMILIES: readonly Family[] = [
  'byte-flip',
  'truncation',
  'xml-mutation',
  'lying-size',
  'xxe',
  'entity-expansion',
  'far-corner',
];

export interface FuzzCase {
  readonly id: string;
  readonly family: Family;
  /** What was done, to replay or read in a report. */
  readonly what: string;
  readonly bytes: Buffer;
}

/** A small, fast, seedable random source (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Numbers stored as numbers that no reader should take at face value (point 9). */
const ODD_NUMBERS = ['0x10', '10,500', '1e-400', '1e400', '-', 'NaN', ' 12', '١٢'];

export function* generate(base: Buffer, seed: number, count: number): Generator<FuzzCase> {
  const rnd = random(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const parts = unzip(base);
  const xmlParts = parts.filter((p) => /\.(xml|rels)$/.test(p.name));
  for (let i = 0; i < count; i++) {
    const family = FAMILIES[i % FAMILIES.length];
    const id = `${seed}-${i}`;
    const made = make(family);
    yield { id, family, what: made.what, bytes: made.bytes };
  }

  function make(family: Family): { what: string; bytes: Buffer } {
    switch (family) {
      case 'byte-flip': {
        const bytes = Buffer.from(base);
        const flips = 1 + int(4);
        const at: number[] = [];
        for (let k = 0; k < flips; k++) {
          const p = int(bytes.length);
          bytes[p] ^= 1 << int(8);
          at.push(p);
        }
        return { what: `bits flipped at ${at.join(', ')}`, bytes };
      }
      case 'truncation': {
        const end = int(base.length);
        return { what: `cut at ${end} of ${base.length} bytes`, bytes: base.subarray(0, end) };
      }
      case 'xml-mutation': {
        const part = pick(xmlParts);
        const xml = part.data.toString('utf8');
        const [how, changed] = mutateXml(xml);
        return { what: `${part.name}: ${how}`, bytes: zip(replace(parts, part.name, changed)) };
      }
      case 'lying-size': {
        const part = pick(parts);
        // One byte short of the truth, except for an empty part (a size cannot be negative).
        const short = Math.max(0, part.data.length - 1);
        const size = pick([0, 1, 200, short, part.data.length + 1, 0x7fffffff, 0xfffffff0]);
        const packed = rnd() < 0.3 ? pick([0, 1, 0x7fffffff]) : undefined;
        const localName = rnd() < 0.2 ? `${part.name}x` : undefined;
        return {
          what: `${part.name} declares ${size} bytes${packed !== undefined ? `, packed ${packed}` : ''}${localName ? ', other local name' : ''}`,
          bytes: zip(parts, {
            lie: (n) => (n === part.name ? { size, packedSize: packed, localName } : undefined),
          }),
        };
      }
      case 'xxe': {
        const part = pick(xmlParts.filter((p) => /sharedStrings|sheet\d|workbook\.xml/.test(p.name)));
        const doctype = `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
        const xml = withDoctype(part.data.toString('utf8'), doctype).replace(
          /<t>([^<]*)<\/t>/,
          '<t>&xxe;</t>',
        );
        return { what: `${part.name}: external entity`, bytes: zip(replace(parts, part.name, xml)) };
      }
      case 'entity-expansion': {
        const part = pick(xmlParts.filter((p) => /sharedStrings|sheet\d/.test(p.name)));
        let ents = '<!ENTITY a0 "lol">';
        for (let k = 1; k <= 9; k++) ents += `<!ENTITY a${k} "${`&a${k - 1};`.repeat(10)}">`;
        const xml = withDoctype(part.data.toString('utf8'), `<!DOCTYPE x [${ents}]>`).replace(
          /<t>([^<]*)<\/t>/,
          '<t>&a9;</t>',
        );
        return { what: `${part.name}: a billion laughs`, bytes: zip(replace(parts, part.name, xml)) };
      }
      case 'far-corner': {
        const far = pick(['XFD1048576', 'A1048576', 'XFD1', 'ZZ500000', 'AAA99999']);
        const row = Number(far.replace(/^[A-Z]+/, ''));
        const cells = `<row r="1"><c r="A1" t="inlineStr"><is><t>Part</t></is></c><c r="B1" t="inlineStr"><is><t>Beløb</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Gentofte</t></is></c><c r="B2"><v>${pick(ODD_NUMBERS)}</v></c></row>`;
        const last = row > 2 ? `<row r="${row}"><c r="${far}"><v>1</v></c></row>` : '';
        return {
          what: `cells in A1:B2 and ${far}`,
          bytes: minimalXlsx([{ name: 'Ark1', data: cells + last }]),
        };
      }
    }
  }

  function mutateXml(xml: string): [string, string] {
    const ops: (() => [string, string])[] = [
      () => {
        const a = int(xml.length);
        const b = Math.min(xml.length, a + 1 + int(200));
        return [`deleted ${a}..${b}`, xml.slice(0, a) + xml.slice(b)];
      },
      () => {
        const a = int(xml.length);
        return [
          `garbage at ${a}`,
          xml.slice(0, a) + pick(['<', '>', '&', '"', '\u0000', '<x', ']]>']) + xml.slice(a),
        ];
      },
      () => {
        const matches = [...xml.matchAll(/<v>[^<]*<\/v>/g)];
        if (!matches.length) return ['unchanged', xml];
        const m = pick(matches);
        const odd = pick([...ODD_NUMBERS, '99999', '-1', '']);
        return [`value ${m[0]} -> ${odd}`, xml.replace(m[0], `<v>${odd}</v>`)];
      },
      () => {
        const matches = [...xml.matchAll(/ r="[A-Z]+\d+"/g)];
        if (!matches.length) return ['unchanged', xml];
        const m = pick(matches);
        const ref = pick(['XFD1048576', 'A0', 'ZZZZ1', 'A99999999', '']);
        return [`ref ${m[0]} -> ${ref}`, xml.replace(m[0], ` r="${ref}"`)];
      },
      () => {
        const matches = [...xml.matchAll(/ t="[a-z]+"/g)];
        if (!matches.length) return ['unchanged', xml];
        const m = pick(matches);
        const t = pick(['e', 's', 'b', 'n', 'str', 'd', 'x']);
        return [`type ${m[0]} -> ${t}`, xml.replace(m[0], ` t="${t}"`)];
      },
      () => {
        const a = int(xml.length);
        const len = 1 + int(500);
        return [
          `duplicated ${a}..${a + len}`,
          xml.slice(0, a + len) + xml.slice(a, a + len) + xml.slice(a + len),
        ];
      },
    ];
    return pick(ops)();
  }
}

function replace(parts: readonly Part[], name: string, xml: string): Part[] {
  return parts.map((p) => (p.name === name ? { name, data: Buffer.from(xml, 'utf8') } : p));
}

function withDoctype(xml: string, doctype: string): string {
  const decl = /^<\?xml[^>]*\?>/.exec(xml);
  return decl ? decl[0] + doctype + xml.slice(decl[0].length) : doctype + xml;
}
