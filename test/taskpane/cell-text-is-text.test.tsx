/**
 * Cell text reaches the pane only as text: a party name that looks like HTML or script is shown
 * literally and never becomes markup.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { gridFromRows } from '../../src/core/grid/grid';
import { MemoryPort } from './support/memory-port';
import { renderApp } from './support/render-app';

jest.setTimeout(240_000);

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('text from cells in the task pane', () => {
  it('is shown literally, and no markup from it reaches the page', async () => {
    const sheet = gridFromRows('Fordeling', [
      ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
      [HOSTILE, 1000, 500],
      ['København', 1000, 500],
      ['I alt', 2000, 1000],
    ]);
    const port = new MemoryPort({ sheets: [sheet], sheetNames: ['Fordeling'], settings: null });
    const { user, container } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    // The table's findings, with the party name in them, show when the table is opened.
    const list = screen.getByRole('list', { name: 'Tabeller' });
    await user.click(list.querySelector('button[aria-expanded="false"]')!);
    // Each item's explanation, with the party name in it, opens on demand.
    for (const toggle of list.querySelectorAll<HTMLElement>('[data-item] button[aria-expanded="false"]')) {
      await user.click(toggle);
    }

    expect(container.textContent).toContain('<img src=x');
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('is never handed to the DOM as HTML anywhere in the pane source', () => {
    const offenders = sourceFiles(join(__dirname, '../../src/taskpane')).filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
