/**
 * The open workbook's sheets as a grid, with Fordel's marks on the cells it found something in, and the
 * cell the pane points at outlined and scrolled into view. Shows what a sheet holds as text, never as HTML.
 */
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { a1, columnLetters, parseA1Range } from '../core/grid/a1';
import { cellAt, formatAt, type SheetGrid as Grid } from '../core/grid/grid';
import type { Severity } from '../core/findings/finding';
import type { Marks } from './marks';

/** Enough of a sheet to see its tables; the pane lists findings further down. */
const MAX_ROWS = 400;
const MAX_COLS = 40;
/** A cell's widest, and on a phone narrower, so column A and a few more fit beside each other. */
const CELL_MAX_WIDTH = '220px';
const CELL_MAX_WIDTH_NARROW = '140px';

const FILL: Record<Severity, string> = {
  error: tokens.colorPaletteRedBackground2,
  warning: tokens.colorPaletteYellowBackground2,
  info: tokens.colorPaletteBlueBackground2,
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, height: '100%' },
  scroll: {
    flex: '1 1 auto',
    overflow: 'auto',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Separate borders, each cell drawing only its right and bottom one: with collapsed borders Chromium leaves
  // the sticky row numbers' outer border unpainted, and the texts scrolled under them show through it.
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    zIndex: 1,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    textAlign: 'right',
    fontWeight: tokens.fontWeightRegular,
    // Above the cells scrolled under it, whose long texts would otherwise paint over the row numbers.
    zIndex: 1,
  },
  corner: { left: 0, zIndex: 2, borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  cell: {
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '1px 4px',
    maxWidth: CELL_MAX_WIDTH,
    '@media (max-width: 700px)': { maxWidth: CELL_MAX_WIDTH_NARROW },
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  more: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

export interface SheetGridProps {
  readonly sheets: readonly Grid[];
  readonly active: string;
  readonly onActive: (sheet: string) => void;
  readonly marks: Marks;
  /** The cell or range the pane points at, on the active sheet. */
  readonly selected: { readonly sheet: string; readonly range: string } | null;
  readonly label: string;
  readonly severityWord: Record<Severity, string>;
  /** Says how much of a sheet larger than the grid shows is shown. */
  readonly moreText: (sheet: { rows: number; cols: number }, shown: { rows: number; cols: number }) => string;
}

const GROUPED = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 10 });
const PLAIN = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 10, useGrouping: false });

/**
 * A cell as text, the Danish way ("34,6"): thousands points only where the cell's format has them
 * ("#,##0"), as Excel shows it, so a year stays 2021; errors as Excel shows them.
 */
function shown(v: ReturnType<typeof cellAt>, format: string | null): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  if (typeof v === 'number') return (format && /[#0],[#0]/.test(format) ? GROUPED : PLAIN).format(v);
  return String(v);
}

/**
 * Where to scroll one axis of the grid so a cell at `start` (in the grid's own coordinates) of `size` shows:
 * from the very start when it shows there, else where it is when it already shows, else the least scroll
 * that brings it out from under the sticky headings (`stuck`) or in from the far edge.
 */
export function scrollToShow(
  start: number,
  size: number,
  current: number,
  view: number,
  stuck: number,
): number {
  const end = Math.min(start + size, start + view - stuck);
  if (end <= view) return 0;
  if (start - stuck >= current && end <= current + view) return current;
  if (start - stuck < current) return Math.max(0, start - stuck);
  return end - view;
}

export function SheetGrid({
  sheets,
  active,
  onActive,
  marks,
  selected,
  label,
  severityWord,
  moreText,
}: SheetGridProps) {
  const styles = useStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const grid = sheets.find((g) => g.name === active) ?? sheets[0];
  const sel = selected && grid && selected.sheet === grid.name ? parseA1Range(selected.range) : null;

  // Only the grid scrolls, and no further than it must: the page stays where the user is in the pane (on a
  // phone the pane is below the grid), and the grid stays at A1 whenever the cell is in view from there.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    if (!sel) {
      box.scrollLeft = 0;
      box.scrollTop = 0;
      return;
    }
    const el = box.querySelector<HTMLElement>(`[data-cell="${a1(sel.top, sel.left)}"]`);
    if (!el) return;
    const cell = el.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    // The row numbers and the column letters stay in place over the cells scrolled under them.
    const rowHead = box.querySelector('tbody th')?.getBoundingClientRect().width ?? 0;
    const colHead = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    box.scrollLeft = scrollToShow(
      cell.left - view.left + box.scrollLeft,
      cell.width,
      box.scrollLeft,
      box.clientWidth,
      rowHead,
    );
    box.scrollTop = scrollToShow(
      cell.top - view.top + box.scrollTop,
      cell.height,
      box.scrollTop,
      box.clientHeight,
      colHead,
    );
  }, [sel?.top, sel?.left, grid?.name]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!grid) return null;
  const rowsAll = grid.values.length;
  const colsAll = Math.max(0, ...grid.values.map((r) => r.length));
  const top = grid.origin.row;
  const left = grid.origin.col;
  // Rows and columns from A1, so the letters and numbers are Excel's.
  const rowCount = Math.min(top + rowsAll, MAX_ROWS);
  const colCount = Math.min(left + colsAll, MAX_COLS);
  const sheetMarks = marks.get(grid.name);
  const inSel = (r: number, c: number) =>
    sel !== null && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;

  return (
    <div className={styles.root}>
      <TabList
        size="small"
        selectedValue={grid.name}
        onTabSelect={(_, d) => onActive(String(d.value))}
        aria-label={label}
      >
        {sheets.map((g) => (
          <Tab key={g.name} value={g.name}>
            {g.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroll} ref={scrollRef} tabIndex={0} role="region" aria-label={grid.name}>
        <table className={styles.table} data-testid="grid">
          <thead>
            <tr>
              <th className={`${styles.head} ${styles.corner}`} aria-hidden />
              {Array.from({ length: colCount }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rowCount }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: colCount }, (_, c) => {
                  const v = cellAt(grid, r, c);
                  const mark = sheetMarks?.get(`${r},${c}`);
                  return (
                    <td
                      key={c}
                      data-cell={a1(r, c)}
                      data-mark={mark}
                      title={mark ? `${a1(r, c)}: ${severityWord[mark]}` : undefined}
                      className={`${styles.cell} ${typeof v === 'number' ? styles.number : ''} ${inSel(r, c) ? styles.selected : ''}`}
                      style={mark ? { backgroundColor: FILL[mark] } : undefined}
                    >
                      {shown(v, formatAt(grid, r, c))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {(top + rowsAll > MAX_ROWS || left + colsAll > MAX_COLS) && (
          <p className={styles.more}>
            {moreText({ rows: top + rowsAll, cols: left + colsAll }, { rows: rowCount, cols: colCount })}
          </p>
        )}
      </div>
    </div>
  );
}
