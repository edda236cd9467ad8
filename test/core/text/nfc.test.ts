import { nfc } from '../../../src/core/text/nfc';

describe('nfc', () => {
  it('composes a letter typed as base and accent, as String.normalize does', () => {
    // "Å" as A + combining ring (a Mac export): the same label as the composed letter.
    expect(nfc('A\u030arhus')).toBe('Århus');
    expect(nfc('Ko\u0308ge')).toBe('Köge');
  });

  it('gives Latin-1 text back as it is, and agrees with String.normalize on every Latin-1 letter', () => {
    const latin1 = Array.from({ length: 0xff - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
    expect(nfc(latin1)).toBe(latin1.normalize('NFC'));
    expect(nfc('Område 12 – egenfinansiering')).toBe('Område 12 – egenfinansiering');
  });
});
