/**
 * "Ret læsningen" sets every role the findings ask the user to correct: the periods (and which way they
 * run), the source columns of a table with the periods down the rows and its subtotal and breakdown
 * columns, a target list's unit and direction columns, a split laid out across by its rows and its total
 * column, a budget's columns and sum lines. The editor alone, rendered with the rows and columns the pane gives it; what it saves is
 * what the core applies (test/core/reader/override-rows.test.ts).
 */
import {
  FluentProvider,
  RendererProvider,
  createDOMRenderer,
  webLightTheme,
} from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { gridFromRows, type RawValue } from '../../src/core/grid/grid';
import { applyOverride } from '../../src/core/reader/overrides';
import type { ApportionmentLayout, LayoutOverride } from '../../src/core/tables/layout';
import { TableEditor } from '../../src/taskpane/components/TableEditor';
import { STRINGS } from '../../src/taskpane/i18n';
import { I18nContext } from '../../src/taskpane/i18n/context';
import { columnChoices, rowChoices } from '../../src/taskpane/overrides';
import { ruleSeenByTests } from './support/styles-seen';

// Only the Fluent rules that decide what a test sees or clicks go into jsdom, as in render-app.tsx.
const renderer = createDOMRenderer(document, { unstable_filterCSSRule: ruleSeenByTests });

function editor(rows: RawValue[][], override: LayoutOverride, opts: { lang?: 'da' | 'en' } = {}) {
  const grid = gridFromRows(override.sheet, rows);
  const onSave = jest.fn<void, [LayoutOverride]>();
  const lang = opts.lang ?? 'da';
  const t = STRINGS[lang];
  render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <I18nContext.Provider value={{ lang, t }}>
          <TableEditor
            override={override}
            choices={columnChoices(grid, override)}
            rows={rowChoices(grid, override, (row, label) => `Række ${row}: ${label}`)}
            onSave={onSave}
            onCancel={() => undefined}
          />
        </I18nContext.Provider>
      </FluentProvider>
    </RendererProvider>,
  );
  return {
    user: userEvent.setup(),
    onSave,
    box: screen.getByRole('group', { name: /^(Ret læsningen|Correct)/ }),
  };
}

const ticks = (box: HTMLElement, legend: RegExp) => within(within(box).getByRole('group', { name: legend }));

// Axe in jsdom on a shared, loaded machine can be slow; these are not speed tests.
jest.setTimeout(60_000);

describe('Ret læsningen: periods and their direction', () => {
  const byColumn: RawValue[][] = [
    ['Kilde', 2025, 2026, 'Note', 'I alt'],
    ['Egenfinansiering', 600, 600, 1, 1200],
    ['Statslige midler', 400, 400, 2, 800],
  ];
  const read: LayoutOverride = {
    sheet: 'Ark1',
    range: 'A1:E3',
    kind: 'cofinancing',
    columns: { label: 'A', periods: 'B,C,D', total: 'E' },
    headerRow: 0,
    totalRow: null,
  };

  it('the period columns are ticked as read, and the user can take one out', async () => {
    const { user, onSave, box } = editor(byColumn, read);
    const periods = ticks(box, /^Kolonner med perioder/);
    expect(periods.getByRole('checkbox', { name: 'B: 2025' })).toBeChecked();
    expect(periods.getByRole('checkbox', { name: 'D: Note' })).toBeChecked();
    expect(periods.getByRole('checkbox', { name: 'A: Kilde' })).not.toBeChecked();
    await user.click(periods.getByRole('checkbox', { name: 'D: Note' }));
    await user.click(within(box).getByRole('button', { name: 'Gem og kontrollér' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].columns).toEqual({ label: 'A', periods: 'B,C', total: 'E' });
    // Unchanged direction is not stated: the reader keeps trying both ways as before.
    expect(onSave.mock.calls[0][0]).not.toHaveProperty('orientation');
  });

  it('turning the periods down the rows saves that way and forgets the columns of the other way', async () => {
    const { user, onSave, box } = editor(byColumn, read);
    await user.selectOptions(
      within(box).getByRole('combobox', { name: 'Perioderne står' }),
      'i rækker, én pr. periode',
    );
    expect(within(box).getByRole('combobox', { name: 'Kolonne med perioderne' })).toHaveValue('');
    expect(within(box).getByRole('group', { name: 'Kolonner med kilder' })).toBeInTheDocument();
    await user.click(within(box).getByRole('button', { name: 'Gem og kontrollér' }));
    const saved = onSave.mock.calls[0][0];
    expect(saved.orientation).toBe('rows');
    expect(saved).not.toHaveProperty('columns');
    expect(saved).not.toHaveProperty('subtotalRows');
  });
});

describe('Ret læsningen: a co-financing table with the periods down the rows', () => {
  const byYear: RawValue[][] = [
    ['År', 'Egenfinansiering', 'Kontant', 'Statslige midler', 'I alt'],
    [2025, 600, 200, 400, 1000],
    [2026, 600, 200, 400, 1000],
    ['I alt', 1200, 400, 800, 2000],
  ];
  // As layoutToOverride starts it from the reading.
  const read: LayoutOverride = {
    sheet: 'Ark1',
    range: 'A1:E4',
    kind: 'cofinancing',
    columns: { periods: 'A', sources: 'B,C,D', total: 'E' },
    headerRow: 0,
    totalRow: 3,
    orientation: 'rows',
  };

  it('marks a breakdown column, not a row, and saves it by its sheet column', async () => {
    const { user, onSave, box } = editor(byYear, read);
    // The marks are the source columns: not the periods, not the total column, and not the years' rows.
    const breakdown = ticks(box, /^Kolonner der er en del af kolonnen til venstre/);
    expect(breakdown.getAllByRole('checkbox')).toHaveLength(2);
    expect(breakdown.getByRole('checkbox', { name: 'D: Statslige midler' })).not.toBeChecked();
    expect(breakdown.queryByRole('checkbox', { name: 'E: I alt' })).toBeNull();
    expect(within(box).queryByRole('group', { name: /^Rækker der er en del/ })).toBeNull();
    expect(ticks(box, /^Subtotalkolonner/).getAllByRole('checkbox')).toHaveLength(3);
    await user.click(breakdown.getByRole('checkbox', { name: 'C: Kontant' }));
    await user.click(within(box).getByRole('button', { name: 'Gem og kontrollér' }));
    const saved = onSave.mock.calls[0][0];
    expect(saved).toMatchObject({ orientation: 'rows', breakdownRows: [2], totalRow: 3 });
    expect(saved.columns).toEqual({ periods: 'A', sources: 'B,C,D', total: 'E' });
  });

  it('has no accessibility violations, column ticks included', async () => {
    const { box } = editor(byYear, read);
    expect(await axe(box)).toHaveNoViolations();
  });

  it('a column marked as a breakdown is kept among the columns the reader reads', async () => {
    const { user, onSave, box } = editor(byYear, { ...read, columns: { ...read.columns, sources: 'B,D' } });
    await user.click(ticks(box, /^Kolonner der er en del/).getByRole('checkbox', { name: 'C: Kontant' }));
    await user.click(within(box).getByRole('button', { name: 'Gem og kontrollér' }));
    expect(onSave.mock.calls[0][0].columns?.sources).toBe('B,C,D');
  });
});

describe('Ret læsningen: a target list', () => {
  it('offers the unit and the direction columns as well as target, actual, baseline and deadline', async () => {
    const rows: RawValue[][] = [
      ['Mål', 'Enhed', 'Udgangspunkt', 'Mål 2027', 'Resultat', 'Frist', 'Retning'],
      ['Ventetid', 'dage', 30, 20, 25, '2027-12-31', 'lavere er bedre'],
    ];
    const { user, onSave, box } = editor(rows, {
      sheet: 'Mål',
      range: 'A1:G2',
      kind: 'kpi',
      columns: { target: 'A', targetValue: 'D', actual: 'E' },
      headerRow: 0,
    });
    for (const name of [
      'Kolonne med udgangspunkt (baseline)',
      'Kolonne med resultat',
      'Kolonne med frist',
      'Kolonne med enhed',
    ])
      expect(within(box).getByRole('combobox', { name })).toBeInTheDocument();
    await user.selectOptions(within(box).getByRole('combobox', { name: 'Kolonne med enhed' }), 'B: Enhed');
    await user.selectOptions(
      within(box).getByRole('combobox', { name: /^Kolonne med retning/ }),
      'G: Retning',
    );
    await user.click(within(box).getByRole('button', { name: 'Gem og kontrollér' }));
    expect(onSave.mock.calls[0][0].columns).toEqual({
      target: 'A',
      targetValue: 'D',
      actual: 'E',
      unit: 'B',
      direction: 'G',
    });
  });
});

describe('Ret læsningen: a split laid out across', () => {
  const across: RawValue[][] = [
    ['Kommune', 'Albertslund', 'Ballerup', 'Vest', 'I alt'],
    ['Indbyggere', 28000, 52000, 80000, 80000],
    ['Beløb (kr.)', 350000, 650000, 1000000, 1000000],
  ];
  // As the core hands it over (layoutToOverride): rows by number, the "I alt" column as a sheet column.
  const read: LayoutOverride = {
    sheet: 'Ark1',
    range: 'A1:E3',
    kind: 'apportionment',
    orientation: 'across',
    columns: { party: '1', key: '2', amount: '3', names: 'A' },
    headerRow: 0,
    totalRow: 4,
  };

  it('sets the rows of the key and amounts, the total column and subtotal columns, and saves them as rows', async () => {
    const { user, onSave, box } = editor(across, read);
    expect(within(box).getByRole('combobox', { name: 'Parterne står' })).toHaveValue('across');
    expect(within(box).queryByRole('combobox', { name: /^Kolonne med parter/ })).toBeNull();
    expect(within(box).queryByRole('combobox', { name: 'Overskriftsrække' })).toBeNull();
    expect(within(box).getByRole('combobox', { name: /^Række med parter/ })).toHaveDisplayValue(
      'Række 1: Kommune',
    );
    expect(within(box).getByRole('combobox', { name: /^Række med beløb/ })).toHaveDisplayValue(
      'Række 3: Beløb (kr.)',
    );
    const total = within(box).getByRole('combobox', { name: 'Totalkolonne' });
    expect(total).toHaveDisplayValue('E: I alt');
    await user.selectOptions(
      within(box).getByRole('combobox', { name: /^Række med trykte andele/ }),
      'Række 2: Indbyggere',
    );
    await user.selectOptions(within(box).getByRole('combobox', { name: /^Række med nøgle/ }), '(ingen)');
    // The party columns, not the column of line names nor the total column, can be subtotals.
    const subs = ticks(box, /^Subtotalkolonner/);
    expect(subs.getAllByRole('checkbox')).toHaveLength(3);
    expect(subs.queryByRole('checkbox', { name: 'E: I alt' })).toBeNull();
    await user.click(subs.getByRole('checkbox', { name: 'D: Vest' }));
    await user.click(within(box).getByRole('button', { name: 'Gem og kontrollér' }));
    expect(onSave.mock.calls[0][0]).toEqual({
      sheet: 'Ark1',
      range: 'A1:E3',
      kind: 'apportionment',
      orientation: 'across',
      columns: { party: '1', share: '2', amount: '3', names: 'A' },
      headerRow: 0,
      totalRow: 4,
      subtotalRows: [3],
    });
  });

  it('what it saves reads the table as the user said', () => {
    const grid = gridFromRows('Ark1', across);
    const t = applyOverride(grid, { ...read, subtotalRows: [3] }) as ApportionmentLayout;
    expect(t).toMatchObject({
      orientation: 'across',
      keyCol: 1,
      amountCol: 2,
      totalRow: 4,
      dataRows: [1, 2],
    });
    expect(t.subtotalRows).toEqual([{ row: 3, parts: [1, 2] }]);
  });

  it('a row named by its text is shown by its number, and turning the split down starts afresh', async () => {
    const { user, onSave, box } = editor(across, { ...read, columns: { party: '1', key: 'Indbyggere' } });
    expect(within(box).getByRole('combobox', { name: /^Række med nøgle/ })).toHaveDisplayValue(
      'Række 2: Indbyggere',
    );
    await user.selectOptions(
      within(box).getByRole('combobox', { name: 'Parterne står' }),
      'i rækker, én pr. part',
    );
    expect(within(box).getByRole('combobox', { name: /^Kolonne med parter/ })).toHaveValue('');
    await user.click(within(box).getByRole('button', { name: 'Gem og kontrollér' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(within(box).getByText('Vælg kolonnen med parter.')).toBeInTheDocument();
    await user.selectOptions(
      within(box).getByRole('combobox', { name: /^Kolonne med parter/ }),
      'A: Kommune',
    );
    await user.click(within(box).getByRole('button', { name: 'Gem og kontrollér' }));
    const saved = onSave.mock.calls[0][0];
    expect(saved).not.toHaveProperty('orientation');
    expect(saved).toMatchObject({ kind: 'apportionment', columns: { party: 'A' } });
  });

  it('reads in English too, with no accessibility violations', async () => {
    const { box } = editor(across, read, { lang: 'en' });
    expect(within(box).getByRole('combobox', { name: 'The parties run' })).toHaveValue('across');
    expect(within(box).getByRole('combobox', { name: /^Row with amounts/ })).toHaveDisplayValue(
      'Række 3: Beløb (kr.)',
    );
    expect(await axe(box)).toHaveNoViolations();
  });
});

describe('Ret læsningen: a budget', () => {
  const budget: RawValue[][] = [
    ['Hovedkonto', 'Regnskab 2025', '2026', 'Forventet regnskab 2026', 'Afvigelse'],
    ['Løn', 900, 1000, 950, 50],
    ['Drift', 400, 500, 520, -20],
    ['Tilskud netto', 300, 300, 300, 10],
  ];
  const read: LayoutOverride = {
    sheet: 'Ark1',
    range: 'A1:E4',
    kind: 'budget',
    columns: { label: 'A', amounts: 'B,C,D,E' },
    headerRow: 0,
    subtotalRows: [3],
  };

  it('sets the columns, the budget year and the sum lines, with no total row of its own', async () => {
    const { user, onSave, box } = editor(budget, read);
    expect(within(box).queryByRole('combobox', { name: 'Totalrække' })).toBeNull();
    expect(within(box).getByRole('combobox', { name: /^Kolonne med linjernes navne/ })).toHaveDisplayValue(
      'A: Hovedkonto',
    );
    const amounts = ticks(box, /^Kolonner med beløb/);
    expect(amounts.getByRole('checkbox', { name: 'C: 2026' })).toBeChecked();
    await user.click(amounts.getByRole('checkbox', { name: 'E: Afvigelse' }));
    await user.selectOptions(
      within(box).getByRole('combobox', { name: /^Kolonne med årets budget/ }),
      'C: 2026',
    );
    const sums = ticks(box, /^Rækker der er summer/);
    expect(sums.getByRole('checkbox', { name: 'Række 4: Tilskud netto' })).toBeChecked();
    await user.click(sums.getByRole('checkbox', { name: 'Række 4: Tilskud netto' }));
    await user.click(within(box).getByRole('button', { name: 'Gem og kontrollér' }));
    expect(onSave.mock.calls[0][0]).toEqual({
      sheet: 'Ark1',
      range: 'A1:E4',
      kind: 'budget',
      columns: { label: 'A', amounts: 'B,C,D', budget: 'C' },
      headerRow: 0,
      subtotalRows: [],
    });
  });

  it('reads in English too, with no accessibility violations', async () => {
    const { box } = editor(budget, read, { lang: 'en' });
    expect(within(box).getByRole('group', { name: /^Rows that are totals/ })).toBeInTheDocument();
    expect(await axe(box)).toHaveNoViolations();
  });
});
