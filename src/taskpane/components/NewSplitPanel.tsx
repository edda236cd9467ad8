/**
 * "Ny fordeling", folded away at the foot of the pane. Its form and everything behind it (the population
 * register, the split, the table it inserts) are fetched when the user first opens the section, so the
 * pane's first load does not carry them.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { Lang } from '../../core/findings/finding';
import { useI18n } from '../i18n/context';
import { lazyPart } from './LazyPart';
import type { NewSplitFormProps } from './NewSplitForm';

const HEADING = { da: 'Ny fordeling', en: 'New split' } as const satisfies Record<Lang, string>;

const NewSplitForm = lazyPart<NewSplitFormProps>(async () => (await import('./NewSplitForm')).NewSplitForm);

export type NewSplitPanelProps = NewSplitFormProps;

export function NewSplitPanel(props: NewSplitPanelProps) {
  const { lang } = useI18n();
  return (
    <Accordion collapsible>
      <AccordionItem value="new-split">
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
