/**
 * Correcting how one table was read, beside the table: its kind, header and total rows, subtotal and
 * breakdown rows (columns, when a co-financing table has its periods down the rows or a split its parties
 * across), the amounts' unit, which way the periods or the parties run, the columns (or, across, the rows)
 * each role is in (by kind), a budget's sum lines, a split's stated total and a co-financing table's minimum
 * own share. "Gem og kontrollér" saves it in the workbook's settings and
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
import { columnIndex } from '../../core/grid/a1';
import type { LayoutOverride } from '../../core/tables/layout';
import {
  columnRoleFields,
  lettersOf,
  rowNumberOf,
  type ColumnRoleField,
  type Orientation,
  type SplitWay,
} from '../editor-roles';
import { format } from '../i18n';
import { useI18n } from '../i18n/context';
import { KIND_LABEL, PANE_KINDS, isPaneKind } from '../kinds';
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
  note: { color: tokens.colorNeutralForeground2 },
});

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
  /** A split the reader found laid out across (parties as columns), when the override does not say so. */
  readonly across?: boolean;
}

export function TableEditor(props: TableEditorProps) {
  const { override, choices, rows, busy, onSave, onCancel, onRemove, across } = props;
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [kind, setKind] = useState(override.kind);
  const startOrientation: Orientation = override.orientation === 'rows' ? 'rows' : 'columns';
  const [orientation, setOrientation] = useState<Orientation>(startOrientation);
  const startSplitWay: SplitWay = override.orientation === 'across' || across ? 'across' : 'down';
  const [splitWay, setSplitWay] = useState<SplitWay>(startSplitWay);
  const [columns, setColumns] = useState<Record<string, string>>(() => {
    const start =
      override.kind === 'ignore' ? [] : columnRoleFields(override.kind, startOrientation, startSplitWay);
    const many = new Set(start.filter((f) => f.many).map((f) => f.role));
    const byRow = new Set(start.filter((f) => f.row).map((f) => f.role));
    const out: Record<string, string> = {};
    for (const [role, spec] of Object.entries(override.columns ?? {}))
      out[role] = many.has(role)
        ? lettersOf(spec, choices).join(',') || spec
        : byRow.has(role)
          ? rowNumberOf(spec, rows) || spec
          : roleLetter(spec, choices) || spec;
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
  // A split across: its parties are columns, its key and amounts rows, its total a column.
  const acrossSplit = kind === 'apportionment' && splitWay === 'across';
  const minShareBad = minShare.trim() !== '' && !/^\d{1,3}([.,]\d+)?\s*%?$/.test(minShare.trim());
  const statedPlain = stated.trim() === '' ? '' : plainKroner(stated, lang);
  const statedBad = kind === 'apportionment' && statedPlain === null;
  const marksRows = kind === 'cofinancing' || kind === 'apportionment' || kind === 'budget';
  // Turning the periods or the parties the other way makes the marks and columns of the old way meaningless.
  const flipped =
    (kind === 'cofinancing' && orientation !== startOrientation) ||
    (kind === 'apportionment' && splitWay !== startSplitWay);
  const down = kind === 'cofinancing' && orientation === 'rows';
  // A budget's sums are lines like the others; it has no one total row.
  const hasTotalRow = kind === 'cofinancing' || kind === 'apportionment';
  // Rows that may be subtotals or breakdowns: below the header row and not the total row. With the periods
  // down the rows they are the source columns: right of the periods and not the total column.
  const header = headerRow === '' ? (override.headerRow ?? -1) : Number(headerRow);
  const total = totalRow === '' ? override.totalRow : totalRow === 'none' ? null : Number(totalRow);
  const namesSpec = columns.names?.trim() ?? '';
  const namesCol = /^[A-Za-z]{1,3}$/.test(namesSpec) ? columnIndex(namesSpec) : namesSpec === '-' ? -1 : null;
  const markable: readonly { value: number; label: string }[] = down
    ? choices
        .map((c) => ({ value: columnIndex(c.letter), label: c.label, letter: c.letter }))
        .filter(
          (c) => (!columns.periods || c.value > columnIndex(columns.periods)) && c.letter !== columns.total,
        )
    : acrossSplit
      ? // Across, the lines are the columns right of the column of line names (all, when there is none: "-"),
        // the total column left out.
        choices
          .map((c) => ({ value: columnIndex(c.letter), label: c.label }))
          .filter((c) => c.value > (namesCol ?? -1) && c.value !== total)
          .slice(namesCol === null ? 1 : 0)
      : rows.filter((r) => r.row > header && r.row !== total).map((r) => ({ value: r.row, label: r.label }));
  const shownSubtotals = subtotals ?? (flipped ? [] : (override.subtotalRows ?? []).map(String));
  const shownBreakdowns = breakdowns ?? (flipped ? [] : (override.breakdownRows ?? []).map(String));
  const fields: readonly ColumnRoleField[] =
    kind === 'ignore' ? [] : columnRoleFields(kind, orientation, splitWay);

  function turn(next: Orientation) {
    setOrientation(next);
    // The columns and marks of one way say nothing about the other: the reader finds them afresh.
    setColumns({});
    setSubtotals(null);
    setBreakdowns(null);
  }

  function turnSplit(next: SplitWay) {
    setSplitWay(next);
    // Rows become columns: the roles, the total and the marks of one way say nothing about the other.
    setColumns({});
    setSubtotals(null);
    setTotalRow('');
    setHeaderRow('');
  }

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
      orientation: _o,
      ...rest
    } = override;
    const rowList = (xs: readonly string[]) => xs.map(Number).sort((a, b) => a - b);
    // Roles the editor does not show (a target list's method column) are kept as the reading had them;
    // a new kind, or periods turned the other way, starts from its own roles only.
    const kept: Record<string, string> = {};
    const shown = fields.map((f) => f.role);
    const sameWay = kind === override.kind && !flipped;
    for (const [role, letter] of Object.entries(columns)) {
      if (letter && kind !== 'ignore' && (sameWay || shown.includes(role))) kept[role] = letter;
    }
    // The reader reads only the source columns named: a column marked as subtotal or breakdown is one of them.
    if (down && kept.sources) {
      const marked = [...shownSubtotals, ...shownBreakdowns].map(
        (c) => choices.find((x) => columnIndex(x.letter) === Number(c))?.letter,
      );
      const named = new Set([...kept.sources.split(','), ...marked]);
      kept.sources = choices
        .filter((c) => named.has(c.letter))
        .map((c) => c.letter)
        .join(',');
    }
    const marks = (mine: string[] | null, saved: readonly number[] | undefined) =>
      mine !== null || (!flipped && saved !== undefined);
    // Across, the party row is the row the columns are named by.
    const header = acrossSplit ? (kept.party ? String(Number(kept.party) - 1) : '') : headerRow;
    onSave({
      ...rest,
      kind,
      ...(kind !== 'ignore' && Object.keys(kept).length ? { columns: kept } : {}),
      ...(kind !== 'ignore' && header !== '' ? { headerRow: Number(header) } : {}),
      ...(hasTotalRow && totalRow !== '' ? { totalRow: totalRow === 'none' ? null : Number(totalRow) } : {}),
      ...(kind !== 'ignore' && kind !== 'kpi' && unit ? { amountScale: Number(unit) } : {}),
      ...(kind === 'cofinancing' && minShare.trim() ? { minOwnShare: minShare.replace('%', '').trim() } : {}),
      ...(kind === 'cofinancing' && (override.orientation !== undefined || flipped) ? { orientation } : {}),
      ...(acrossSplit ? { orientation: 'across' as const } : {}),
      ...(marksRows && marks(subtotals, override.subtotalRows)
        ? { subtotalRows: rowList(shownSubtotals) }
        : {}),
      ...(kind === 'cofinancing' && marks(breakdowns, override.breakdownRows)
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
  const ticks = (
    label: string,
    options: readonly { value: string; label: string }[],
    value: readonly string[],
    set: (v: string[]) => void,
    emptyHint?: string,
  ) => (
    <fieldset className={styles.rows} key={label}>
      <legend className={styles.legend}>{label}</legend>
      {emptyHint && value.length === 0 && <Caption1>{emptyHint}</Caption1>}
      {options.map((o) => (
        <Checkbox
          key={o.value}
          label={o.label}
          checked={value.includes(o.value)}
          onChange={(_, d) => set(d.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
        />
      ))}
    </fieldset>
  );
  const marked = markable.map((m) => ({ value: String(m.value), label: m.label }));
  const letters = choices.map((c) => ({ value: c.letter, label: c.label }));
  const partyInvalid = (f: ColumnRoleField) =>
    f.role === 'party' && tried && partyMissing
      ? f.row
        ? t.editorPartyRowRequired
        : t.editorPartyRequired
      : undefined;
  const columnField = (f: ColumnRoleField) => {
    if (f.many && !f.row) {
      const value = columns[f.role] ? columns[f.role].split(',') : [];
      const set = (v: string[]) =>
        setColumns({
          ...columns,
          [f.role]: letters
            .filter((l) => v.includes(l.value))
            .map((l) => l.value)
            .join(','),
        });
      // Nothing ticked leaves the columns to the reader, as after switching the kind: say so, not an empty box.
      return ticks(t[f.label], letters, value, set, t.editorTicksAuto);
    }
    // A role of a split across is a row of the sheet ("3"); every other role a column ("B").
    const options = f.row ? rows.map((r) => ({ value: String(r.row + 1), label: r.label })) : letters;
    return (
      <Field
        key={f.role}
        label={t[f.label]}
        required={f.role === 'party'}
        validationMessage={partyInvalid(f)}
      >
        <Select
          value={columns[f.role] ?? ''}
          onChange={(_, data) => setColumns({ ...columns, [f.role]: data.value })}
        >
          <option value="">{t.editorNoColumn}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
    );
  };
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
      {kind === 'apportionment' && (
        <Field label={t.editorSplitWay}>
          <Select value={splitWay} onChange={(_, d) => turnSplit(d.value === 'across' ? 'across' : 'down')}>
            <option value="down">{t.editorSplitDown}</option>
            <option value="across">{t.editorSplitAcross}</option>
          </Select>
        </Field>
      )}
      {kind === 'cofinancing' && (
        <Field label={t.editorOrientation}>
          <Select value={orientation} onChange={(_, d) => turn(d.value === 'rows' ? 'rows' : 'columns')}>
            <option value="columns">{t.editorOrientationColumns}</option>
            <option value="rows">{t.editorOrientationRows}</option>
          </Select>
        </Field>
      )}
      {kind !== 'ignore' && !acrossSplit && rowSelect(t.editorHeaderRow, headerRow, setHeaderRow, false)}
      {hasTotalRow && !acrossSplit && rowSelect(t.editorTotalRow, totalRow, setTotalRow, true)}
      {fields.map(columnField)}
      {acrossSplit && (
        <Field label={t.editorTotalCol}>
          <Select value={totalRow} onChange={(_, d) => setTotalRow(d.value)}>
            <option value="">{t.editorUnitAuto}</option>
            <option value="none">{t.editorNoColumn}</option>
            {choices.map((c) => (
              <option key={c.letter} value={String(columnIndex(c.letter))}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {marksRows &&
        ticks(
          down || acrossSplit
            ? t.editorSubtotalCols
            : kind === 'budget'
              ? t.editorSumRows
              : t.editorSubtotalRows,
          marked,
          shownSubtotals,
          setSubtotals,
        )}
      {/* A breakdown is part of a line before it: the first has none. */}
      {kind === 'cofinancing' &&
        ticks(
          down ? t.editorBreakdownCols : t.editorBreakdownRows,
          marked.slice(1),
          shownBreakdowns,
          setBreakdowns,
        )}
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
