/** Everything the check found, errors first, then warnings, then info. */
import { Text } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/findings/finding';
import { format } from '../i18n';
import { useI18n } from '../i18n/context';
import { FindingGroup } from './FindingGroup';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingsViewProps {
  readonly findings: readonly Finding[];
  readonly tableCount: number;
  readonly onSelect: (f: Finding) => void;
}

export function FindingsView({ findings, tableCount, onSelect }: FindingsViewProps) {
  const { t } = useI18n();
  const groups = SEVERITIES.map((severity) => ({
    severity,
    items: findings.filter((f) => f.severity === severity),
  }));
  const count = (s: Severity) => groups.find((g) => g.severity === s)?.items.length ?? 0;
  return (
    <>
      <Text role="status">
        {findings.length === 0
          ? t.noFindings
          : format(t.summary, {
              errors: count('error'),
              warnings: count('warning'),
              info: count('info'),
              tables: tableCount,
            })}
      </Text>
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <FindingGroup key={g.severity} severity={g.severity} findings={g.items} onSelect={onSelect} />
        ))}
    </>
  );
}
