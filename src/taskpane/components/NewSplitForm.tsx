/**
 * The form of "Ny fordeling" (NewSplitPanel.tsx shows it when the user opens the section): makes a new exact split (by FOLK1A population, equal shares, a fixed percentage key or
 * a key column in the workbook, taken from the selection or typed as a range or Excel Table column) and
 * inserts it as a table at the selected cell, never over data. With "hold fordelingen levende" the
 * amounts are formulas that stay the exact largest-remainder split when the total is changed.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Text as FluentText,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../core/findings/finding';
import { a1Range, sheetRef } from '../../core/grid/a1';
import { populationDates } from '../../core/population/register';
import { dateWords } from '../../core/population/source';
import { planSplitTable } from '../../core/population/table-plan';
import type { WorkbookPort } from '../../workbook/port';
import { useI18n } from '../i18n/context';
import { defaultNewSplitDraft, splitOfDraft, type NewSplitDraft } from '../new-split-draft';

const STRINGS = {
  da: {
    total: 'Beløb at fordele (kr.)',
    parties: 'Parter',
    partiesHint: 'En region, »alle« eller navne adskilt af komma',
    key: 'Nøgle',
    population: 'Folketal (FOLK1A)',
    equal: 'Lige store andele',
    percent: 'Faste procenter',
    percentages: 'Procenter, fx 20/41/39',
    sheet: 'Nøglekolonne i arket',
    keyRange: 'Nøglekolonne, fx Ark1!B2:B30 eller Tabel1[Nøgle]',
    keyRangeHint:
      'Navnene i kolonnen til venstre er parterne; står nøglen alene, skrives parterne ovenfor. Én celle står for kolonnen nedad.',
    useSelection: 'Brug markeringen',
    partiesHintSheet: 'Kun når nøglekolonnen står uden navne: navnene i nøglens rækkefølge',
    date: 'Folketal pr.',
    unit: 'Afrund til',
    unit100: 'hele kr.',
    unit1: 'øre',
    unit100000: 'hele 1.000 kr.',
    live: 'Hold fordelingen levende (formler, der følger totalen)',
    insert: 'Indsæt ved markeringen',
    noSelection: 'Vælg først den celle, hvor tabellens øverste venstre hjørne skal stå.',
    notHere: 'Tabeller kan kun indsættes i Excel.',
    inserted: (where: string, n: number) =>
      n === 1
        ? `Fordelingen til 1 part er indsat i ${where}.`
        : `Fordelingen mellem ${n} parter er indsat i ${where}.`,
  },
  en: {
    total: 'Amount to split (DKK)',
    parties: 'Parties',
    partiesHint: 'A region, "alle" (all) or names separated by commas',
    key: 'Key',
    population: 'Population (FOLK1A)',
    equal: 'Equal shares',
    percent: 'Fixed percentages',
    percentages: 'Percentages, e.g. 20/41/39',
    sheet: 'Key column in the workbook',
    keyRange: 'Key column, e.g. Sheet1!B2:B30 or Table1[Key]',
    keyRangeHint:
      'The names in the column to its left are the parties; for a key column alone, list them above. One cell stands for the column below it.',
    useSelection: 'Use the selection',
    partiesHintSheet: "Only when the key column has no names beside it: the names in the key's order",
    date: 'Population at',
    unit: 'Round to',
    unit100: 'whole kroner',
    unit1: 'øre',
    unit100000: 'whole DKK 1,000',
    live: 'Keep the split live (formulas that follow the total)',
    insert: 'Insert at the selection',
    noSelection: "First select the cell for the table's top-left corner.",
    notHere: 'Tables can only be inserted in Excel.',
    inserted: (where: string, n: number) =>
      n === 1
        ? `The split to 1 party is inserted at ${where}.`
        : `The split between ${n} parties is inserted at ${where}.`,
  },
} as const satisfies Record<Lang, unknown>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Below the button, where the user looks after pressing it; scrolled to so it is never under the footer.
  status: { overflowWrap: 'anywhere', scrollMarginBottom: tokens.spacingVerticalS },
  failure: { color: tokens.colorPaletteRedForeground1 },
});

/** What the last click came to; `seq` makes a repeated message new text, so it is read out again. */
interface Status {
  readonly text: string;
  readonly error: boolean;
  readonly seq: number;
}

export interface NewSplitFormProps {
  readonly port: WorkbookPort;
  readonly disabled?: boolean;
}

export function NewSplitForm({ port, disabled = false }: NewSplitFormProps) {
  const { lang } = useI18n();
  const s = STRINGS[lang];
  const styles = useStyles();
  const [draft, setDraft] = useState<NewSplitDraft>(defaultNewSplitDraft);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const said = useRef(0);
  const say = (text: string, error: boolean) => setStatus({ text, error, seq: ++said.current });
  // The form is taller than the pane at 320 px: the message would open below the fold, unseen.
  useEffect(() => {
    if (status) statusRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [status]);
  const set = <K extends keyof NewSplitDraft>(key: K, value: NewSplitDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  async function insert() {
    setStatus(null);
    // A key column is read from the workbook; the other keys are checked before anything is read.
    let made = draft.key === 'sheet' ? null : splitOfDraft(draft);
    if (made && !made.ok) return say(made.problems.map((p) => p[lang]).join(' '), true);
    if (!port.insertTable) return say(s.notHere, true);
    setBusy(true);
    try {
      const snapshot = await port.read();
      const selection = snapshot.selection;
      made ??= splitOfDraft(draft, { sheets: snapshot.sheets, activeSheet: selection?.sheet ?? null });
      if (!made.ok) return say(made.problems.map((p) => p[lang]).join(' '), true);
      if (!selection) return say(s.noSelection, true);
      const origin = { top: selection.range.top, left: selection.range.left };
      const plan = planSplitTable(made.split, lang, draft.live, origin);
      const report = await port.insertTable({ sheet: selection.sheet, ...origin }, plan);
      if (!report.written) return say(report.refused?.[lang] ?? '', true);
      const where = `${selection.sheet}!${a1Range({
        top: origin.top,
        left: origin.left,
        bottom: origin.top + plan.rows - 1,
        right: origin.left + plan.cols - 1,
      })}`;
      say(s.inserted(where, made.split.rows.length), false);
    } catch (e) {
      say(e instanceof Error ? e.message : String(e), true);
    } finally {
      setBusy(false);
    }
  }

  /** Takes the selected cells as the key column, so the user can then select where the table goes. */
  async function takeSelection() {
    setStatus(null);
    try {
      const selection = (await port.read()).selection;
      if (!selection) return say(s.noSelection, true);
      set('keyRange', sheetRef(selection.sheet, a1Range(selection.range)));
    } catch (e) {
      say(e instanceof Error ? e.message : String(e), true);
    }
  }

  const off = disabled || busy;
  return (
    <div className={styles.root}>
      <Field label={s.total}>
        <Input value={draft.total} disabled={off} onChange={(_, d) => set('total', d.value)} />
      </Field>
      <Field label={s.parties} hint={draft.key === 'sheet' ? s.partiesHintSheet : s.partiesHint}>
        <Input value={draft.parties} disabled={off} onChange={(_, d) => set('parties', d.value)} />
      </Field>
      <Field label={s.key}>
        <Select
          value={draft.key}
          disabled={off}
          onChange={(_, d) => set('key', d.value as NewSplitDraft['key'])}
        >
          <option value="population">{s.population}</option>
          <option value="equal">{s.equal}</option>
          <option value="percent">{s.percent}</option>
          <option value="sheet">{s.sheet}</option>
        </Select>
      </Field>
      {draft.key === 'population' && (
        <Field label={s.date}>
          <Select value={draft.date} disabled={off} onChange={(_, d) => set('date', d.value)}>
            {populationDates().map((date) => (
              <option key={date} value={date}>
                {dateWords(date)[lang]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {draft.key === 'percent' && (
        <Field label={s.percentages}>
          <Input value={draft.percentages} disabled={off} onChange={(_, d) => set('percentages', d.value)} />
        </Field>
      )}
      {draft.key === 'sheet' && (
        <>
          <Field label={s.keyRange} hint={s.keyRangeHint}>
            <Input value={draft.keyRange} disabled={off} onChange={(_, d) => set('keyRange', d.value)} />
          </Field>
          <Button appearance="subtle" disabled={off} onClick={() => void takeSelection()}>
            {s.useSelection}
          </Button>
        </>
      )}
      <Field label={s.unit}>
        <Select
          value={draft.unit}
          disabled={off}
          onChange={(_, d) => set('unit', d.value as NewSplitDraft['unit'])}
        >
          <option value="100">{s.unit100}</option>
          <option value="1">{s.unit1}</option>
          <option value="100000">{s.unit100000}</option>
        </Select>
      </Field>
      <Checkbox
        checked={draft.live}
        disabled={off}
        label={s.live}
        onChange={(_, d) => set('live', d.checked === true)}
      />
      <Button appearance="secondary" disabled={off} onClick={() => void insert()}>
        {s.insert}
      </Button>
      {/* Both regions are there before any message: screen readers read out what then appears in them. */}
      <div ref={statusRef} className={styles.status} data-testid="new-split-status">
        <FluentText role="alert" className={styles.failure}>
          {status?.error && <span key={status.seq}>{status.text}</span>}
        </FluentText>
        <FluentText role="status">
          {status && !status.error && <span key={status.seq}>{status.text}</span>}
        </FluentText>
      </div>
    </div>
  );
}
