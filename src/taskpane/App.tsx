/**
 * The task pane: tables found (with corrections), parameters, the check and its findings. All
 * workbook access goes through the WorkbookPort, so the same pane runs in Excel, in the preview's
 * fake Excel and in tests.
 */
import { Button, Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { a1Range } from '../core/grid/a1';
import type { Finding, Lang } from '../core/findings/finding';
import type { LayoutOverride } from '../core/tables/layout';
import type { WorkbookPort, WorkbookSnapshot } from '../workbook/port';
import { ErrorBar, errorText } from './components/ErrorBar';
import { FindingsView } from './components/FindingsView';
import { OutcomeBar } from './components/OutcomeBar';
import { PaneHeader } from './components/PaneHeader';
import { ParamsForm } from './components/ParamsForm';
import { RunProgress } from './components/RunProgress';
import { Section } from './components/Section';
import { TableEditor } from './components/TableEditor';
import { TableList } from './components/TableList';
import { STRINGS, format } from './i18n';
import { I18nContext } from './i18n/context';
import { columnChoices, putOverride, rangeKey } from './overrides';
import { listTables, type PaneTable } from './pane-tables';
import { defaultDraft, localToday, validateDraft, type ParamsDraft } from './params-draft';
import { runCheck, type RunOutcome, type RunStep } from './run-check';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
    overflowX: 'hidden',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  run: { alignSelf: 'stretch' },
});

export interface AppProps {
  readonly port: WorkbookPort;
  readonly initialLang?: Lang;
  /** YYYY-MM-DD; the as-of date's default (tests pin it). */
  readonly today?: string;
}

interface Editing {
  readonly override: LayoutOverride;
}

export function App({ port, initialLang = 'da', today }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const i18n = useMemo(() => ({ lang, t: STRINGS[lang] }), [lang]);
  const { t } = i18n;

  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [overrides, setOverrides] = useState<LayoutOverride[]>([]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [tableNotice, setTableNotice] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const [draft, setDraft] = useState<ParamsDraft>(() => defaultDraft(today ?? localToday()));
  const [showErrors, setShowErrors] = useState(false);
  const [step, setStep] = useState<RunStep | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [wroteOff, setWroteOff] = useState(false);

  const validation = useMemo(() => validateDraft(draft), [draft]);
  // A field that is plainly wrong says so at once; an empty total is fine until the user runs.
  const errors =
    showErrors || draft.total.trim() !== '' ? validation.errors : { ...validation.errors, total: undefined };

  const reload = useCallback(async () => {
    setFailure(null);
    try {
      const snap = await port.read();
      setSnapshot(snap);
      return snap;
    } catch (err) {
      setFailure(errorText(err));
      return null;
    }
  }, [port]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const listing = useMemo<{ tables: PaneTable[] | null; error: string | null }>(() => {
    if (!snapshot) return { tables: null, error: null };
    try {
      return { tables: listTables(snapshot, overrides), error: null };
    } catch (err) {
      // A sheet the reader chokes on must not take the whole pane down; the check reports it too.
      return { tables: [], error: errorText(err) };
    }
  }, [snapshot, overrides]);

  function startEditing(override: LayoutOverride) {
    setTableNotice(null);
    setEditing({ override });
  }

  async function takeSelection() {
    setTableNotice(null);
    const snap = await reload();
    const sel = snap?.selection;
    if (!snap || !sel) {
      if (snap) setTableNotice(t.noSelection);
      return;
    }
    const range = a1Range(sel.range);
    const key = rangeKey(sel.sheet, range);
    const known = listTables(snap, overrides).find((tb) => tb.key === key);
    startEditing(
      known?.override ?? { sheet: sel.sheet, range, kind: 'cofinancing', headerRow: sel.range.top },
    );
  }

  function saveCorrection(next: LayoutOverride) {
    setOverrides((mine) => putOverride(mine, next));
    setEditing(null);
  }

  async function check() {
    setShowErrors(true);
    const params = validation.params;
    if (!params) {
      setNotice(t.fixParams);
      return;
    }
    setNotice(null);
    setFailure(null);
    setOutcome(null);
    try {
      const result = await runCheck(port, { ...params, lang }, overrides, draft.write, setStep);
      setSnapshot(result.snapshot);
      setOutcome(result);
      setWroteOff(!draft.write);
    } catch (err) {
      setFailure(errorText(err));
    } finally {
      setStep(null);
    }
  }

  async function select(f: Finding) {
    if (!port.select) return;
    try {
      await port.select(f.sheet, f.cell);
    } catch {
      setNotice(format(t.selectFailed, { cell: `${f.sheet}!${f.cell}` }));
    }
  }

  const busy = step !== null;
  const editedGrid = editing ? snapshot?.sheets.find((s) => s.name === editing.override.sheet) : undefined;

  return (
    <I18nContext.Provider value={i18n}>
      <main className={styles.root} lang={lang}>
        <PaneHeader onSwitchLanguage={() => setLang(lang === 'da' ? 'en' : 'da')} />

        <Section title={t.tablesHeading}>
          <TableList tables={listing.tables} onCorrect={(tb) => startEditing(tb.override)} />
          {editing && (
            <TableEditor
              key={rangeKey(editing.override.sheet, editing.override.range)}
              override={editing.override}
              choices={columnChoices(editedGrid, editing.override)}
              onSave={saveCorrection}
              onCancel={() => setEditing(null)}
            />
          )}
          <div className={styles.actions}>
            <Button
              size="small"
              aria-label={t.useSelectionLabel}
              disabled={busy}
              onClick={() => void takeSelection()}
            >
              {t.useSelection}
            </Button>
            <Button size="small" disabled={busy} onClick={() => void reload()}>
              {t.tablesRefresh}
            </Button>
          </div>
          {tableNotice && (
            <div role="status" aria-live="polite">
              {tableNotice}
            </div>
          )}
          {listing.error && <ErrorBar message={listing.error} />}
        </Section>

        <Divider />

        <Section title={t.paramsHeading}>
          <ParamsForm draft={draft} errors={errors} disabled={busy} onChange={setDraft} />
          <Button appearance="primary" className={styles.run} disabled={busy} onClick={() => void check()}>
            {busy ? t.runBusy : t.run}
          </Button>
          {step && <RunProgress step={step} />}
          {notice && (
            <div role="status" aria-live="polite">
              {notice}
            </div>
          )}
          {failure && <ErrorBar message={failure} />}
        </Section>

        {outcome && (
          <Section title={t.resultsHeading}>
            <OutcomeBar
              refusals={outcome.result.refusals}
              refused={outcome.report?.refused}
              cellsWritten={outcome.report?.written ? outcome.report.cells : null}
              writeOff={wroteOff}
              notes={outcome.result.notes}
            />
            <FindingsView
              findings={outcome.result.findings}
              tableCount={outcome.result.tables.length}
              onSelect={(f) => void select(f)}
            />
          </Section>
        )}
      </main>
    </I18nContext.Provider>
  );
}
