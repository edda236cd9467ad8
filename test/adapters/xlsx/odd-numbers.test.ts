/** Which stored numbers the reader would misread (issue 19, point 9): found by their cell, others left alone. */
import { oddNumbers } from '../../../src/adapters/xlsx/odd-numbers';

describe('oddNumbers', () => {
  it('finds number cells whose text is no number, or reads as another (0 from 1e-400, Infinity)', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>0x10</v></c><c r="B1" t="n" s="2"><v>10,500</v></c>' +
      '<c r="C1"><v>1e-400</v></c><c r="D1"><v>1e400</v></c><c r="E1"><v>-1.5E-3</v></c>' +
      '<c r="F1"><v>0</v></c><c r="G1"><v>0.000e5</v></c><c r="H1"><v>123456789012345678</v></c></row></sheetData>';
    expect(oddNumbers(xml)).toEqual([
      { row: 0, col: 0, text: '0x10' },
      { row: 0, col: 1, text: '10,500' },
      { row: 0, col: 2, text: '1e-400' },
      { row: 0, col: 3, text: '1e400' },
    ]);
  });

  it('leaves text, shared strings, errors and formula results of other types alone', () => {
    const xml =
      '<x:row r="3"><x:c r="A3" t="s"><x:v>7</x:v></x:c><x:c r="B3" t="str"><x:f>A1&amp;"x"</x:f><x:v>0x10 kr.</x:v></x:c>' +
      '<x:c r="C3" t="e"><x:v>#N/A</x:v></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c>' +
      '<x:c r="E3"><x:f>1/3</x:f><x:v>abc</x:v></x:c></x:row>';
    expect(oddNumbers(xml)).toEqual([{ row: 2, col: 4, text: 'abc' }]);
  });
});
