import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SheetGrid } from '../../src/web/SheetGrid';
import { gridFromRows } from '../../src/core/grid/grid';

describe('the browser page grid', () => {
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
