import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutText, echoInput, splitAtLines } from '../../src/domain/message-text.js';

const isLoneSurrogate = (s: string) =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('echoInput', () => {
  it('keeps up to 40 characters and marks a cut with "…"', () => {
    expect(echoInput('8tr5')).toBe('8tr5');
    expect(echoInput('a'.repeat(40))).toBe('a'.repeat(40));
    expect(echoInput('a'.repeat(41))).toBe(`${'a'.repeat(40)}…`);
  });

  it('counts an emoji as one character and never splits it', () => {
    const echoed = echoInput('😀'.repeat(50));
    expect(echoed).toBe(`${'😀'.repeat(40)}…`);
    expect(isLoneSurrogate(echoed)).toBe(false);
  });
});

describe('cutText', () => {
  it('leaves short text alone and cuts long text to the limit, "…" included', () => {
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText('abcd', 3)).toBe('ab…');
  });

  it('never leaves half of a surrogate pair', () => {
    const cut = cutText(`a${'😀'.repeat(10)}`, 5);
    expect(cut).toBe('a😀…');
    expect(isLoneSurrogate(cut)).toBe(false);
  });
});

describe('splitAtLines', () => {
  it('splits at line boundaries when every line fits', () => {
    expect(splitAtLines('aaa\nbbb\nccc', 7)).toEqual(['aaa\nbbb', 'ccc']);
  });

  it('cuts a line longer than the limit, and drops blank parts', () => {
    expect(splitAtLines('abcdefgh\n\n\n   \nxy', 3)).toEqual(['abc', 'def', 'gh', 'xy']);
  });

  it('gives parts within the limit, none blank, none splitting a surrogate pair, in order', () => {
    const line = fc.string({ unit: fc.constantFrom('a', ' ', '😀', 'ệ', '\u200b'), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.integer({ min: 2, max: 50 }), (lines, max) => {
        const text = lines.join('\n');
        const parts = splitAtLines(text, max);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(max);
          expect(part.trim()).not.toBe('');
          expect(isLoneSurrogate(part)).toBe(false);
        }
        const squeeze = (s: string) => s.replace(/\s+/g, '');
        expect(squeeze(parts.join(''))).toBe(squeeze(text));
      }),
      { seed: 4096, numRuns: 300 },
    );
  });
});
