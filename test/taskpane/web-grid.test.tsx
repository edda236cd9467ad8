import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SheetGrid, scrollToShow } from '../../src/web/SheetGrid';
import { gridFromRows } from '../../src/core/grid/grid';
import type { Lang } from '../../src/core/findings/finding';
import { moreText, openedText } from '../../src/web/texts';

describe('the browser page grid', () => {
  it('scrolls to a cell no further than it must, and from A1 whenever the cell shows there', () => {
    // A view of 360 px with row numbers 30 px wide stuck on the left.
    expect(scrollToShow(200, 70, 0, 360, 30)).toBe(0);
    expect(scrollToShow(300, 70, 0, 360, 30)).toBe(10);
    expect(scrollToShow(300, 70, 150, 360, 30)).toBe(150);
    // Back left: out from under the row numbers, not to the start.
    expect(scrollToShow(400, 70, 500, 360, 30)).toBe(370);
    expect(scrollToShow(20, 70, 500, 360, 30)).toBe(0);
    // A cell wider than the view shows its start.
    expect(scrollToShow(1000, 900, 0, 360, 30)).toBe(1000 + 330 - 360);
  });

  it('shows numbers as Excel does: thousands points only where the cell format has them, years plain', () => {
    const grid = {
      ...gridFromRows('Ark1', [
        [2021, 1500000],
        [34.6, 1500000],
      ]),
      formats: [
        [null, '#,##0'],
        [null, null],
      ],
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetGrid
          sheets={[grid]}
          active="Ark1"
          onActive={() => undefined}
          marks={new Map()}
          selected={null}
          label="Ark"
          severityWord={{ error: 'Fejl', warning: 'Advarsel', info: 'Info' }}
          moreText={() => ''}
        />
      </FluentProvider>,
    );
    const cell = (a1: string) => document.querySelector(`[data-cell="${a1}"]`)?.textContent;
    expect(cell('A1')).toBe('2021');
    expect(cell('B1')).toBe('1.500.000');
    expect(cell('A2')).toBe('34,6');
    expect(cell('B2')).toBe('1500000');
    expect(screen.getAllByRole('row').length).toBeGreaterThan(1);
  });
});

describe("the browser page's counts", () => {
  function bigSheet(lang: Lang) {
    // 1.200 rows in one column: more rows than the grid shows.
    const grid = gridFromRows(
      'Ark1',
      Array.from({ length: 1200 }, (_, i) => [i]),
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetGrid
          sheets={[grid]}
          active="Ark1"
          onActive={() => undefined}
          marks={new Map()}
          selected={null}
          label="Ark"
          severityWord={{ error: 'Fejl', warning: 'Advarsel', info: 'Info' }}
          moreText={(sheet, shown) => moreText(lang, sheet, shown)}
        />
      </FluentProvider>,
    );
  }

  it('says how much of a large sheet is shown, with its counts and nouns in Danish', () => {
    bigSheet('da');
    expect(screen.getByText(/^Viser/)).toHaveTextContent(
      'Viser række 1-400 og kolonne A-A af 1.200 rækker og 1 kolonne.',
    );
  });

  it('and in English', () => {
    bigSheet('en');
    expect(screen.getByText(/^Showing/)).toHaveTextContent(
      'Showing rows 1-400 and columns A-A of 1,200 rows and 1 column.',
    );
  });

  it('names one sheet and several in both languages', () => {
    expect(openedText('en', 'a.xlsx', 1)).toBe('a.xlsx is open: 1 sheet.');
    expect(openedText('en', 'a.xlsx', 4)).toBe('a.xlsx is open: 4 sheets.');
    expect(openedText('da', 'a.xlsx', 1)).toBe('a.xlsx er åbnet: 1 ark.');
    expect(openedText('da', 'a.xlsx', 4)).toBe('a.xlsx er åbnet: 4 ark.');
    expect(moreText('en', { rows: 1, cols: 60 }, { rows: 1, cols: 40 })).toBe(
      'Showing rows 1-1 and columns A-AN of 1 row and 60 columns.',
    );
  });
});
