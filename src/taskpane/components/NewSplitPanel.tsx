/**
 * "Ny fordeling", folded away at the foot of the pane. Its form and everything behind it (the population
 * register, the split, the table it inserts) are fetched when the user first opens the section, so the
 * pane's first load does not carry them.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../core/findings/finding';
import { useI18n } from '../i18n/context';
import { lazyPart } from './LazyPart';
import type { NewSplitFormProps } from './NewSplitForm';

const HEADING = { da: 'Ny fordeling', en: 'New split' } as const satisfies Record<Lang, string>;

const NewSplitForm = lazyPart<NewSplitFormProps>(async () => (await import('./NewSplitForm')).NewSplitForm);

/** How long after opening the section follows its own growth; after that the user scrolls as they like. */
const SETTLE_MS = 3_000;

export type NewSplitPanelProps = NewSplitFormProps;

export function NewSplitPanel(props: NewSplitPanelProps) {
  const { lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  // The section is the last in the pane: opened, its spinner, message or form would sit below the fold.
  // It is brought to the top, and kept there while it grows (the motion, then the form once fetched).
  useEffect(() => {
    const item = ref.current;
    if (!open || !item) return;
    const bring = () => item.scrollIntoView?.({ block: 'start' });
    bring();
    const growing = typeof ResizeObserver === 'function' ? new ResizeObserver(bring) : null;
    growing?.observe(item);
    // Once the user works in the form, its own messages decide what is in view.
    const settle = () => growing?.disconnect();
    const timer = setTimeout(settle, SETTLE_MS);
    item.addEventListener('pointerdown', settle);
    item.addEventListener('keydown', settle);
    return () => {
      clearTimeout(timer);
      settle();
      item.removeEventListener('pointerdown', settle);
      item.removeEventListener('keydown', settle);
    };
  }, [open]);
  const onToggle: AccordionToggleEventHandler<string> = (_, data) =>
    setOpen(data.openItems.includes('new-split'));
  return (
    <Accordion collapsible openItems={open ? ['new-split'] : []} onToggle={onToggle}>
      <AccordionItem value="new-split" ref={ref}>
        <AccordionHeader as="h2" size="medium">
          {HEADING[lang]}
        </AccordionHeader>
        {/* Fluent mounts the panel's content only while it is open: the form is fetched at the first opening. */}
        <AccordionPanel>
          <NewSplitForm {...props} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
