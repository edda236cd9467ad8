/**
 * Correcting how one table was read, beside the table: its kind, header and total rows, subtotal and
 * breakdown rows, the amounts' unit, the columns each role is in (by kind), a split's stated total and a
 * co-financing table's minimum own share. "Gem og kontrollér" saves it in the workbook's settings and
 * checks the table again at once.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { LayoutOverride } from '../../core/tables/layout';
import { format, type Strings } from '../i18n';
import { useI18n } from '../i18n/context';
import { KIND_LABEL, PANE_KINDS, isPaneKind, type PaneKind } from '../kinds';
import { plainKroner } from '../amount-input';
import { roleLetter, type ColumnChoice, type RowChoice } from '../overrides';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    // A row's label is long ("Række 5: Statens medfinansiering ..."): a native select would take its width
    // and run past a 320 px pane; keep every field within the box.
    minWidth: 0,
    '& .fui-Select, & select': { minWidth: 0, maxWidth: '100%' },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  rows: {
    display: 'flex',
    flexDirection: 'column',
    margin: 0,
    padding: `0 0 ${tokens.spacingVerticalXS}`,
    border: 'none',
    maxHeight: '11em',
    overflowY: 'auto',
  },
  legend: { padding: `0 0 ${tokens.spacingVerticalXXS}`, fontWeight: tokens.fontWeightSemibold },
});

/** The column roles the user can set, per kind, with their labels' text keys. */
const COLUMN_ROLES: Record<Exclude<PaneKind, 'ignore'>, readonly [string, keyof Strings][]> = {
  cofinancing: [
    ['label', 'editorLabelCol'],
    ['total', 'editorTotalCol'],
  ],
  apportionment: [
    ['party', 'editorParty'],
    ['key', 'editorKey'],
    ['share', 'editorShare'],
    ['amount', 'editorAmount'],
  ],
  kpi: [
    ['target', 'editorTarget'],
    ['targetValue', 'editorTargetValue'],
    ['actual', 'editorActual'],
    ['baseline', 'editorBaseline'],
    ['deadline', 'editorDeadline'],
  ],
  // A budget's columns are read from its headers; the editor sets its kind, rows and unit.
  budget: [],
};

const UNITS: readonly [string, string][] = [
  ['1', 'kr.'],
  ['1000', 't.kr.'],
  ['1000000', 'mio. kr.'],
];

export interface TableEditorProps {
  readonly override: LayoutOverride;
  readonly choices: readonly ColumnChoice[];
  readonly rows: readonly RowChoice[];
  readonly busy?: boolean;
  readonly onSave: (next: LayoutOverride) => void;
  readonly onCancel: () => void;
  /** Present when the table has a correction the user may remove. */
  readonly onRemove?: () => void;
}

export function TableEditor({ override, choices, rows, busy, onSave, onCancel, onRemove }: TableEditorProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [kind, setKind] = useState<PaneKind>(override.kind);
  const [columns, setColumns] = useState<Record<string, string>>(() => {
    const out: Record<string, string> = {};
    for (const [role, spec] of Object.entries(override.columns ?? {}))
      out[role] = roleLetter(spec, choices) || spec;
    return out;
  });
  const [headerRow, setHeaderRow] = useState(
    override.headerRow === undefined ? '' : String(override.headerRow),
  );
  // '' keeps the total row Fordel found; 'none' says the table has none.
  const [totalRow, setTotalRow] = useState(
    override.totalRow === undefined ? '' : override.totalRow === null ? 'none' : String(override.totalRow),
  );
  const [unit, setUnit] = useState(override.amountScale ? String(override.amountScale) : '');
  const [minShare, setMinShare] = useState(override.minOwnShare ?? '');
  // Subtotal and breakdown rows as the reading had them; saved only when the user changed them.
  const [subtotals, setSubtotals] = useState<string[] | null>(null);
  const [breakdowns, setBreakdowns] = useState<string[] | null>(null);
  const [stated, setStated] = useState(override.statedTotal ?? '');
  const [tried, setTried] = useState(false);
  const kindRef = useRef<HTMLSelectElement>(null);
  // The editor opens in place of "Ret"; move keyboard focus there so the user does not have to hunt for it.
  useEffect(() => kindRef.current?.focus(), []);
  const partyMissing = kind === 'apportionment' && !columns.party;
  const minShareBad = minShare.trim() !== '' && !/^\d{1,3}([.,]\d+)?\s*%?$/.test(minShare.trim());
  const statedPlain = stated.trim() === '' ? '' : plainKroner(stated, lang);
  const statedBad = kind === 'apportionment' && statedPlain === null;
  const marksRows = kind === 'cofinancing' || kind === 'apportionment';
  // Rows that may be subtotals or breakdowns: below the header row and not the total row.
  const header = headerRow === '' ? (override.headerRow ?? -1) : Number(headerRow);
  const total = totalRow === '' ? override.totalRow : totalRow === 'none' ? null : Number(totalRow);
  const bodyRows = rows.filter((r) => r.row > header && r.row !== total);
  const shownSubtotals = subtotals ?? (override.subtotalRows ?? []).map(String);
  const shownBreakdowns = breakdowns ?? (override.breakdownRows ?? []).map(String);

  function save() {
    setTried(true);
    if (partyMissing || minShareBad || statedBad) return;
    const {
      columns: _c,
      headerRow: _h,
      totalRow: _t,
      amountScale: _a,
      minOwnShare: _m,
      subtotalRows: _s,
      breakdownRows: _b,
      statedTotal: _st,
      ...rest
    } = override;
    const rowList = (xs: readonly string[]) => xs.map(Number).sort((a, b) => a - b);
    // Roles the editor does not show (a co-financing table's periods) are kept as the reading had them;
    // a new kind starts from its own roles only.
    const kept: Record<string, string> = {};
    if (kind !== 'ignore') {
      const shown = COLUMN_ROLES[kind].map(([role]) => role);
      for (const [role, letter] of Object.entries(columns)) {
        if (letter && (kind === override.kind || shown.includes(role))) kept[role] = letter;
      }
    }
    onSave({
      ...rest,
      kind,
      ...(kind !== 'ignore' && Object.keys(kept).length ? { columns: kept } : {}),
      ...(kind !== 'ignore' && headerRow !== '' ? { headerRow: Number(headerRow) } : {}),
      ...(kind !== 'ignore' && kind !== 'kpi' && totalRow !== ''
        ? { totalRow: totalRow === 'none' ? null : Number(totalRow) }
        : {}),
      ...(kind !== 'ignore' && kind !== 'kpi' && unit ? { amountScale: Number(unit) } : {}),
      ...(kind === 'cofinancing' && minShare.trim() ? { minOwnShare: minShare.replace('%', '').trim() } : {}),
      ...(marksRows && (subtotals || override.subtotalRows) ? { subtotalRows: rowList(shownSubtotals) } : {}),
      ...(kind === 'cofinancing' && (breakdowns || override.breakdownRows)
        ? { breakdownRows: rowList(shownBreakdowns.filter((r) => !shownSubtotals.includes(r))) }
        : {}),
      ...(kind === 'apportionment' && statedPlain ? { statedTotal: statedPlain } : {}),
    });
  }

  const heading = format(t.editorHeading, { range: override.range, sheet: override.sheet });
  const rowSelect = (label: string, value: string, set: (v: string) => void, none: boolean) => (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => set(d.value)}>
        <option value="">{t.editorUnitAuto}</option>
        {none && <option value="none">{t.editorNoColumn}</option>}
        {rows.map((r) => (
          <option key={r.row} value={String(r.row)}>
            {r.label}
          </option>
        ))}
      </Select>
    </Field>
  );
  // Checkboxes rather than a multiselect list: each row is one keystroke away, and the box scrolls.
  const rowsSelect = (label: string, value: string[], set: (v: string[]) => void, from = 0) => (
    <fieldset className={styles.rows}>
      <legend className={styles.legend}>{label}</legend>
      {bodyRows.slice(from).map((r) => (
        <Checkbox
          key={r.row}
          label={r.label}
          checked={value.includes(String(r.row))}
          onChange={(_, d) =>
            set(d.checked ? [...value, String(r.row)] : value.filter((v) => v !== String(r.row)))
          }
        />
      ))}
    </fieldset>
  );
  return (
    <div
      className={styles.root}
      role="group"
      aria-label={heading}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <h3 className={styles.heading}>{heading}</h3>
      <Field label={t.editorKind}>
        <Select
          ref={kindRef}
          value={kind}
          onChange={(_, data) => isPaneKind(data.value) && setKind(data.value)}
        >
          {PANE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t[KIND_LABEL[k]]}
            </option>
          ))}
        </Select>
      </Field>
      {kind !== 'ignore' && rowSelect(t.editorHeaderRow, headerRow, setHeaderRow, false)}
      {kind !== 'ignore' && kind !== 'kpi' && rowSelect(t.editorTotalRow, totalRow, setTotalRow, true)}
      {marksRows && rowsSelect(t.editorSubtotalRows, shownSubtotals, setSubtotals)}
      {/* A breakdown is part of a row above it: the first row has none. */}
      {kind === 'cofinancing' && rowsSelect(t.editorBreakdownRows, shownBreakdowns, setBreakdowns, 1)}
      {kind !== 'ignore' &&
        COLUMN_ROLES[kind].map(([role, label]) => (
          <Field
            key={role}
            label={t[label]}
            required={role === 'party'}
            validationMessage={role === 'party' && tried && partyMissing ? t.editorPartyRequired : undefined}
          >
            <Select
              value={columns[role] ?? ''}
              onChange={(_, data) => setColumns({ ...columns, [role]: data.value })}
            >
              <option value="">{t.editorNoColumn}</option>
              {choices.map((c) => (
                <option key={c.letter} value={c.letter}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      {kind !== 'ignore' && kind !== 'kpi' && (
        <Field label={t.editorUnit}>
          <Select value={unit} onChange={(_, d) => setUnit(d.value)}>
            <option value="">{t.editorUnitAuto}</option>
            {UNITS.map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {kind === 'apportionment' && (
        <Field
          label={t.editorStatedTotal}
          validationMessage={tried && statedBad ? t.editorStatedTotalInvalid : undefined}
        >
          <Input value={stated} inputMode="decimal" onChange={(_, d) => setStated(d.value)} />
        </Field>
      )}
      {kind === 'cofinancing' && (
        <Field
          label={t.editorMinShare}
          validationMessage={tried && minShareBad ? t.minShareInvalid : undefined}
        >
          <Input value={minShare} inputMode="decimal" onChange={(_, d) => setMinShare(d.value)} />
        </Field>
      )}
      <Caption1>{t.editorSavedNote}</Caption1>
      <div className={styles.buttons}>
        <Button appearance="primary" size="small" disabledFocusable={busy} onClick={save}>
          {t.editorSave}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t.editorCancel}
        </Button>
        {onRemove && (
          <Button size="small" appearance="subtle" onClick={onRemove}>
            {t.editorRemove}
          </Button>
        )}
      </div>
    </div>
  );
}
