/**
 * Correcting one table: its kind, and for an apportionment which columns hold the parties, the key
 * and the amounts, chosen among the table's header cells.
 */
import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { LayoutOverride } from '../../core/tables/layout';
import { format } from '../i18n';
import { useI18n } from '../i18n/context';
import { KIND_LABEL, PANE_KINDS, isPaneKind, type PaneKind } from '../kinds';
import { roleLetter, type ColumnChoice } from '../overrides';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Role = 'party' | 'key' | 'amount';
const ROLES: readonly Role[] = ['party', 'key', 'amount'];

export interface TableEditorProps {
  readonly override: LayoutOverride;
  readonly choices: readonly ColumnChoice[];
  readonly onSave: (next: LayoutOverride) => void;
  readonly onCancel: () => void;
  /** Present when the table has a correction the user may remove. */
  readonly onRemove?: () => void;
}

export function TableEditor({ override, choices, onSave, onCancel, onRemove }: TableEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [kind, setKind] = useState<PaneKind>(override.kind);
  const [roles, setRoles] = useState<Record<Role, string>>({
    party: roleLetter(override.columns?.party, choices),
    key: roleLetter(override.columns?.key, choices),
    amount: roleLetter(override.columns?.amount, choices),
  });
  const [tried, setTried] = useState(false);
  const kindRef = useRef<HTMLSelectElement>(null);
  // The editor opens below the list; move keyboard focus there so the user does not have to hunt for it.
  useEffect(() => kindRef.current?.focus(), []);
  const partyMissing = kind === 'apportionment' && roles.party === '';

  const roleLabel: Record<Role, string> = { party: t.editorParty, key: t.editorKey, amount: t.editorAmount };

  function save() {
    setTried(true);
    if (partyMissing) return;
    const columns: Record<string, string> = {};
    if (kind === 'apportionment') for (const role of ROLES) if (roles[role]) columns[role] = roles[role];
    const { columns: _old, ...rest } = override;
    onSave({ ...rest, kind, ...(Object.keys(columns).length ? { columns } : {}) });
  }

  const heading = format(t.editorHeading, { range: override.range, sheet: override.sheet });
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
      {kind === 'apportionment' &&
        ROLES.map((role) => (
          <Field
            key={role}
            label={roleLabel[role]}
            required={role === 'party'}
            validationMessage={role === 'party' && tried && partyMissing ? t.editorPartyRequired : undefined}
          >
            <Select value={roles[role]} onChange={(_, data) => setRoles({ ...roles, [role]: data.value })}>
              <option value="">{t.editorNoColumn}</option>
              {choices.map((c) => (
                <option key={c.letter} value={c.letter}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      <Caption1>{t.editorSavedNote}</Caption1>
      <div className={styles.buttons}>
        <Button appearance="primary" size="small" onClick={save}>
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
