/**
 * "Test Fordel i denne Excel": runs the adapter's self-test (src/adapters/office/self-test.ts) on a
 * scratch sheet and shows each step with Excel's answer, and the report to copy. Only where Excel is.
 */
import { Button, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ExcelRun } from '../../adapters/office/office-workbook';
import { runSelfTest, selfTestText, type SelfTestReport } from '../../adapters/office/self-test';
import { officeDocumentFile } from '../../adapters/office/outline-levels';
import { useI18n } from '../i18n/context';

const TEXT = {
  da: {
    run: 'Test Fordel i denne Excel',
    running: 'Tester …',
    about:
      'Kører en kort prøve på et midlertidigt ark og fjerner det igen. Kopiér rapporten til jeres IT-afdeling.',
    copy: 'Kopiér rapporten',
    report: 'Rapport',
  },
  en: {
    run: 'Test Fordel in this Excel',
    running: 'Testing …',
    about:
      'Runs a short trial on a scratch sheet and removes it again. Copy the report to your IT department.',
    copy: 'Copy the report',
    report: 'Report',
  },
} as const;

export function ExcelSelfTest() {
  const { lang } = useI18n();
  const s = TEXT[lang];
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const host = globalThis as { Excel?: { run: ExcelRun }; Office?: typeof Office };
  if (!host.Excel || !host.Office?.context) return null;
  const start = async () => {
    setBusy(true);
    try {
      const office = host.Office!;
      setReport(
        await runSelfTest((options, batch) => host.Excel!.run(options, batch), {
          platform: String(office.context.platform ?? 'unknown'),
          isSetSupported: (v) => office.context.requirements?.isSetSupported('ExcelApi', v) ?? false,
          documentFile: officeDocumentFile,
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  const text = report ? selfTestText(report) : '';
  return (
    <section aria-label={s.run}>
      <p>{s.about}</p>
      <Button onClick={() => void start()} disabled={busy}>
        {busy ? s.running : s.run}
      </Button>
      {report && (
        <>
          <ul>
            {report.steps.map((step) => (
              <li key={step.name}>
                {step.ok ? 'ok' : '✗'} {step.name}
                {step.detail ? ` - ${step.detail}` : ''}
              </li>
            ))}
          </ul>
          <Textarea aria-label={s.report} readOnly value={text} rows={6} />
          <Button onClick={() => void navigator.clipboard?.writeText(text)}>{s.copy}</Button>
        </>
      )}
    </section>
  );
}
