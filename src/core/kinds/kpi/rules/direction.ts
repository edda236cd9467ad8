/**
 * Which way a target points, read from the places that say it: a direction column, the operator in the
 * target cell ("mindst", "højst"), an operator in the name bound to the target's own number ("under
 * 300.000"), and verbs about the indicator itself ("øges", "reduceres", "halveres"). Words that only name
 * the population measured ("virksomheder under 3 år", "over 50 ansatte", "færre end 10 ansatte") say nothing.
 */
import { toPlainString, type Decimal } from '../../../decimal/decimal';
import { text, type Text } from '../../../findings/finding';
import type { Comparator, Direction } from './target';
import type { TargetCell } from './target-cell';

export interface DirectionReading {
  /** Null when nothing says which way is better and the target cannot be read as a level to reach. */
  readonly direction: Direction | null;
  readonly comparator?: Comparator;
  readonly because: Text;
  /**
   * True when no word said it: 'up' is only the default reading of a level to reach, null the reading of an
   * indicator where lower is often better. A baseline may settle either.
   */
  readonly byDefault?: boolean;
}

const UP_VERBS =
  /(?<!\p{L})(?:øges?|øget|forøge[st]?|stige[r]?|stigning(?:en)?|vækst(?:en)?|hæve[st]?|forbedre[st]?|udvide[st]?|flere|højere|større|increase[sd]?|grow(?:s|th)?|more)(?!\p{L})|fordobl/iu;
const DOWN_VERBS =
  /(?<!\p{L})(?:reducere[st]?|reduceret|reduktion(?:en)?|falde[r]?|fald(?:et)?|halvere[st]?|halveret|nedbringe[st]?|nedsætte[s]?|mindske[st]?|sænke[st]?|begrænse[st]?|færre|lavere|mindre|decrease[sd]?|reduce[sd]?|cut)(?!\p{L})/iu;
/** "færre end 50 ansatte", "mindre end 3 år": a comparative with "end" describes who is counted. */
const POPULATION_COMPARATIVE = /(?<!\p{L})(?:færre|flere|mindre|mere|større|højere|lavere)\s+end(?!\p{L})/giu;

/**
 * Indicators where lower is usually better - waiting and processing times, emissions, consumption, absence,
 * complaints, costs - and durations counted in days or weeks. With no word for the direction such a level
 * is not read as one to reach: the direction is unknown unless a baseline settles it.
 */
const OFTEN_LOWER =
  /(?:vente|behandlings|svar|respons|leverings|ekspeditions)tid|fravær|udledning|udslip|(?<!\p{L})co2|drivhusgas|forbrug|klage|frafald|ledighed|omkostning|udgift|ulykke|dræbte|tilskadekomne|støj|affald|restance|\((?:dage|uger|måneder|timer|minutter|sekunder)\)|,\s*(?:dage|uger|måneder|timer|minutter|sekunder)$/iu;

/** Units of emissions, energy and time written in the target cell: "300.000 t", "40.000 MWh", "30 dage". */
const UNIT_OFTEN_LOWER =
  /^(?:t|ton|tons|tons? co2\S*|t co2\S*|kg|mwh|kwh|gwh|m3|liter|dage|uger|måneder|timer|minutter|sekunder)$/iu;

const WORDS_DOWN = /lavere|lower|ned|fald|down|mindre|færre|reduc/iu;
const WORDS_UP = /højere|hoejere|higher|\bop\b|up|større|stoerre|flere|øg|stig/iu;

/** Number as it may be written in a name: "300.000", "300000", "2,5". */
function writtenForms(d: Decimal): string[] {
  const plain = toPlainString(d).replace('-', '');
  const [int, frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const tail = frac ? `,${frac}` : '';
  return [...new Set([int + tail, grouped + tail])];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function readDirection(name: string, cell: TargetCell, directionText: string): DirectionReading {
  const q = (s: string) => `»${s}«`;
  if (directionText) {
    if (WORDS_DOWN.test(directionText))
      return {
        direction: 'down',
        because: text(
          `retningskolonnen siger ${q(directionText)}`,
          `the direction column says ${q(directionText)}`,
        ),
      };
    if (WORDS_UP.test(directionText))
      return {
        direction: 'up',
        because: text(
          `retningskolonnen siger ${q(directionText)}`,
          `the direction column says ${q(directionText)}`,
        ),
      };
  }
  if (cell.comparator && cell.operatorWords) {
    const direction: Direction = cell.comparator === 'atLeast' ? 'up' : 'down';
    return {
      direction,
      comparator: cell.comparator,
      because: text(
        `målcellen siger ${q(cell.operatorWords)}`,
        `the target cell says ${q(cell.operatorWords)}`,
      ),
    };
  }
  if (cell.changeWords) {
    const down = cell.value.digits < 0n;
    return {
      direction: down ? 'down' : 'up',
      because: text(`målcellen siger ${q(cell.changeWords)}`, `the target cell says ${q(cell.changeWords)}`),
    };
  }
  if (cell.relative === 'change') {
    const down = cell.value.digits < 0n;
    return {
      direction: down ? 'down' : 'up',
      because: text('målet er en ændring i procent', 'the target is a change in percent'),
    };
  }
  // An operator in the name counts only when it stands before the target's own number.
  for (const form of writtenForms(cell.value)) {
    const re = new RegExp(
      `(?<!\\p{L})(mindst|minimum|over|mere end|højst|maks(?:imalt)?\\.?|under|op til|ikke over|ikke under)\\s+${escape(form)}(?![\\d,.]\\d)`,
      'iu',
    );
    const m = re.exec(name);
    if (m) {
      const atLeast = /^(?:mindst|minimum|over|mere end|ikke under)$/iu.test(m[1]);
      return {
        direction: atLeast ? 'up' : 'down',
        comparator: atLeast ? 'atLeast' : 'atMost',
        because: text(`navnet siger ${q(m[0])}`, `the name says ${q(m[0])}`),
      };
    }
  }
  const verbs = name.replace(POPULATION_COMPARATIVE, ' ');
  const up = UP_VERBS.exec(verbs);
  const down = DOWN_VERBS.exec(verbs);
  if (down && !up)
    return { direction: 'down', because: text(`navnet siger ${q(down[0])}`, `the name says ${q(down[0])}`) };
  if (up && !down)
    return { direction: 'up', because: text(`navnet siger ${q(up[0])}`, `the name says ${q(up[0])}`) };
  if (up && down) {
    return {
      direction: null,
      because: text(
        `navnet siger både ${q(up[0])} og ${q(down[0])}`,
        `the name says both ${q(up[0])} and ${q(down[0])}`,
      ),
    };
  }
  const inName = OFTEN_LOWER.exec(verbs);
  const inUnit = cell.unitWord ? UNIT_OFTEN_LOWER.exec(cell.unitWord) : null;
  if (inName || inUnit) {
    const where = inName
      ? text(`navnet nævner »${inName[0]}«`, `the name mentions "${inName[0]}"`)
      : text(`målet er i »${inUnit![0]}«`, `the target is in "${inUnit![0]}"`);
    return {
      direction: null,
      byDefault: true,
      because: text(
        `${where.da}, hvor lavere ofte er bedre, men intet ord siger retningen`,
        `${where.en}, where lower is often better, but no word says the direction`,
      ),
    };
  }
  return {
    direction: 'up',
    byDefault: true,
    because: text(
      'intet ord siger, at lavere er bedre, så målet læses som et niveau, der skal nås',
      'no word says lower is better, so the target is read as a level to reach',
    ),
  };
}
