/** The check's settings, folded away until the user opens them; a field in error opens them. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/context';

export interface SettingsSectionProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly children: ReactNode;
}

export function SettingsSection({ open, onOpenChange, children }: SettingsSectionProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  // Opened at the bottom of the pane, the fields would sit below the fold: bring the section to the top.
  useEffect(() => {
    if (!open) return;
    const bring = () => ref.current?.scrollIntoView?.({ block: 'start' });
    bring();
    // The panel opens with a short motion; once it has its full height there is room to scroll it up.
    const timer = setTimeout(bring, 300);
    return () => clearTimeout(timer);
  }, [open]);
  const onToggle: AccordionToggleEventHandler<string> = (_, data) =>
    onOpenChange(data.openItems.includes('settings'));
  return (
    <Accordion collapsible openItems={open ? ['settings'] : []} onToggle={onToggle}>
      <AccordionItem value="settings" ref={ref}>
        <AccordionHeader as="h2" size="medium">
          {t.paramsHeading}
        </AccordionHeader>
        <AccordionPanel>{children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
