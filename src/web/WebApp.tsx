/**
 * Fordel in the browser: open or drop a workbook, see its sheets as a grid with Fordel's marks, check it with
 * the same pane as in Excel beside it, and download the checked copy or the findings workbook. The file is
 * read in the page (SheetJS, the command line's reader) and checked in a Web Worker; nothing is sent anywhere.
 */
import { Button, Caption1, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState, type DragEvent } from 'react';
import type { CheckResult } from '../core/check/result';
import type { Lang } from '../core/findings/finding';
import { App } from '../taskpane/App';
import { format } from '../taskpane/i18n';
import type { Checker } from '../taskpane/run-check';
import { BrowserWorkbook, OpenError } from './browser-workbook';
import { marksOf } from './marks';
import { SheetGrid } from './SheetGrid';
import { WEB_TEXTS, moreText, openedText } from './texts';

const useStyles = makeStyles({
  // On a phone the page scrolls as one: the header goes, the grid stays stuck at the top, and the pane fills
  // the rest, so a finding chosen in the pane shows its cell without the pane moving.
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: 0,
    '@media (max-width: 700px)': { overflowY: 'auto' },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: '200px', flexGrow: 1 },
  title: { margin: 0 },
  fileLabel: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  input: { maxWidth: '100%', fontSize: tokens.fontSizeBase300 },
  body: {
    flex: '1 1 auto',
    display: 'flex',
    minHeight: 0,
    '@media (max-width: 700px)': { flexDirection: 'column', flex: '0 0 auto' },
  },
  grid: {
    flex: '1 1 auto',
    minWidth: 0,
    minHeight: 0,
    display: 'flex',
    flexDirection: 'column',
    '@media (max-width: 700px)': {
      flex: '0 0 auto',
      height: '40vh',
      position: 'sticky',
      top: 0,
      zIndex: 2,
      backgroundColor: tokens.colorNeutralBackground1,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  drop: { outline: `2px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  empty: { padding: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  pane: {
    flex: '0 0 360px',
    minHeight: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    '@media (max-width: 700px)': { flex: '0 0 auto', height: '60vh', borderLeft: 'none' },
  },
  downloads: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  status: { minHeight: '1.2em' },
});

export interface WebAppProps {
  readonly checker: Checker;
  readonly initialLang?: Lang;
}

export function WebApp({ checker, initialLang = 'da' }: WebAppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const w = WEB_TEXTS[lang];
  const [book, setBook] = useState<BrowserWorkbook | null>(null);
  const [active, setActive] = useState('');
  const [selected, setSelected] = useState<{ sheet: string; range: string } | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  const [opened, setOpened] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  // The pane's check, kept here too: the grid shows its marks and the downloads write its plan.
  const recording = useMemo<Checker>(
    () => async (snapshot, params) => {
      const r = await checker(snapshot, params);
      setResult((prev) => (params.only && prev ? prev : r));
      return r;
    },
    [checker],
  );
  const marks = useMemo(() => marksOf(result), [result]);

  async function open(file: File) {
    setStatus(format(w.opening, { name: file.name }));
    setResult(null);
    setSelected(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const next = BrowserWorkbook.open(bytes, file.name);
      next.onSelect = (sheet, range) => {
        setActive(sheet);
        setSelected({ sheet, range });
      };
      const snap = await next.read();
      setBook(next);
      setOpened((n) => n + 1);
      setActive(snap.sheets[0]?.name ?? '');
      setStatus(openedText(lang, file.name, snap.sheets.length));
    } catch (e) {
      setBook(null);
      setStatus(e instanceof OpenError ? e.why[lang] : String(e));
    }
  }

  async function download(findingsOnly: boolean) {
    if (!book || !result) {
      setStatus(w.checkFirst);
      return;
    }
    setStatus(w.downloading);
    try {
      const file = await book.download(result.plan, findingsOnly);
      const url = URL.createObjectURL(file.blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(
        file.fundOnly && !findingsOnly
          ? format(w.fundOnly, { why: file.fundOnly[lang] })
          : format(w.downloaded, { name: file.fileName }),
      );
    } catch (e) {
      setStatus(e instanceof OpenError ? e.why[lang] : String(e));
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files?.[0];
    if (file) void open(file);
  }

  const sheets = book ? book.snapshotSheets() : [];
  return (
    <div className={styles.root} lang={lang}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Subtitle1 as="h1" className={styles.title}>
            {w.title}
          </Subtitle1>
          <Caption1>{w.intro}</Caption1>
        </div>
        <label className={styles.fileLabel}>
          <Text weight="semibold">{w.open}</Text>
          <input
            ref={inputRef}
            className={styles.input}
            type="file"
            accept=".xlsx,.xlsm,.xls,.xlsb,.ods"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void open(file);
            }}
          />
        </label>
        <div className={styles.downloads}>
          <Button size="small" disabled={!result} onClick={() => void download(false)}>
            {w.downloadCopy}
          </Button>
          <Button size="small" disabled={!result} onClick={() => void download(true)}>
            {w.downloadFindings}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => setLang(lang === 'da' ? 'en' : 'da')}>
            {w.language}
          </Button>
        </div>
        <Caption1 role="status" aria-live="polite" className={styles.status} data-testid="web-status">
          {status}
        </Caption1>
      </header>
      <main className={styles.body} aria-label={w.title}>
        <section
          className={`${styles.grid} ${dragging ? styles.drop : ''}`}
          aria-label={w.sheets}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          {book ? (
            <SheetGrid
              sheets={sheets}
              active={active}
              onActive={setActive}
              marks={marks}
              selected={selected}
              label={w.sheets}
              severityWord={{ error: w.error, warning: w.warning, info: w.info }}
              moreText={(sheet, shown) => moreText(lang, sheet, shown)}
            />
          ) : (
            <p className={styles.empty}>
              {w.empty} {w.drop}.
            </p>
          )}
        </section>
        <section className={styles.pane} aria-label="Fordel">
          {book && <App key={`${opened}:${lang}`} port={book} checker={recording} initialLang={lang} />}
        </section>
      </main>
    </div>
  );
}
