import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName, cleanText, nameKey } from '../../src/domain/display-name.js';

// Characters a name must never keep: controls, zero-width and bidirectional formatting, Hangul fillers.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\u115f\u1160\u3164\uffa0]/u;

const INVISIBLES = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00ad',
  '\u061c',
  '\u180e',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2061',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\u3164',
  '\u{e0041}',
];

/** Text made of letters, marks, digits, spaces, punctuation, emoji and every kind of invisible character. */
const nameLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...INVISIBLES),
      fc.constantFrom('a', 'V', 'á', 'ệ', 'đ', '\u0301', '\u0323', '5', ' ', '\t', '\n', '\u00a0', '\u3000'),
      fc.constantFrom('.', '-', '=', '🌸', '👨', '\ufe0f', '/'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('cleanName', () => {
  it('refuses zero-width-only, control-only and format-only names as having no letter or digit', () => {
    for (const raw of [
      '\u200b\u200c\u200d\u2060',
      '\u0001\u0007\u001b',
      '\u202e\u202d',
      '\ufeff\u00ad\u061c',
      '\u3164',
      ' \u200b ',
    ])
      expect(cleanName(raw, 64)).toEqual({ ok: false, reason: 'no-letter-or-digit' });
  });

  it('refuses names of punctuation or emoji only, and a blank name as empty', () => {
    for (const raw of ['...', '🌸🌸', '👨‍👩‍👧', '-=-', '\u0301'])
      expect(cleanName(raw, 64)).toEqual({ ok: false, reason: 'no-letter-or-digit' });
    expect(cleanName('  \t ', 64)).toEqual({ ok: false, reason: 'empty' });
  });

  it('keeps a real name without the invisible characters inside it', () => {
    expect(cleanName('Váy\u202e hoa', 48)).toEqual({ ok: true, name: 'Váy hoa' });
    expect(cleanName('Hoa\u0007 Mai\u001b Shop', 64)).toEqual({ ok: true, name: 'Hoa Mai Shop' });
    expect(cleanName('\u200bÁo\u2060 dài\ufeff', 48)).toEqual({ ok: true, name: 'Áo dài' });
    expect(cleanName('Shop 🌸', 64)).toEqual({ ok: true, name: 'Shop 🌸' });
  });

  it('joins the halves of a name split by a zero-width space rather than spacing them', () => {
    expect(cleanName('Bó\u200bhồng', 48)).toEqual({ ok: true, name: 'Bóhồng' });
  });

  it('strips the zero-width joiner of an emoji sequence, keeping its emoji', () => {
    expect(cleanName('👨\u200d👩\u200d👧 Shop', 64)).toEqual({ ok: true, name: '👨👩👧 Shop' });
  });

  it('stores a decomposed Vietnamese name composed (NFC), also across a removed character', () => {
    expect(cleanName('Va\u0301y', 48)).toEqual({ ok: true, name: 'Váy' });
    expect(cleanName('Va\u200b\u0301y', 48)).toEqual({ ok: true, name: 'Váy' });
    expect(cleanName('Tie\u0302\u0323m ba\u0301nh', 48)).toEqual({ ok: true, name: 'Tiệm bánh' });
  });

  it('collapses every kind of whitespace into one space and trims', () => {
    expect(cleanName('  Váy\n\thoa\u00a0\u3000 đỏ ', 48)).toEqual({ ok: true, name: 'Váy hoa đỏ' });
  });

  it('counts the length in characters after cleaning', () => {
    expect(cleanName(`${'a'.repeat(48)}\u200b\u200b`, 48)).toEqual({ ok: true, name: 'a'.repeat(48) });
    expect(cleanName('a'.repeat(49), 48)).toEqual({ ok: false, reason: 'too-long' });
    expect(cleanName(`${'🌸'.repeat(47)}a`, 48)).toEqual({ ok: true, name: `${'🌸'.repeat(47)}a` });
    expect(cleanName('Va\u0301y'.repeat(16), 48)).toEqual({ ok: true, name: 'Váy'.repeat(16) });
  });

  it('never returns a control, format or zero-width character, returns NFC, and is idempotent', () => {
    fc.assert(
      fc.property(nameLike, (raw) => {
        const text = cleanText(raw);
        expect(text).not.toMatch(FORBIDDEN);
        expect(text).toBe(text.normalize('NFC'));
        expect(text).not.toMatch(/\s\s|^\s|\s$|[^\S ]/);
        expect(cleanText(text)).toBe(text);
        const cleaned = cleanName(raw, 20);
        if (cleaned.ok) {
          expect(cleaned.name).toBe(text);
          expect(cleaned.name).toMatch(/[\p{L}\p{N}]/u);
          expect([...cleaned.name].length).toBeLessThanOrEqual(20);
          expect(cleanName(cleaned.name, 20)).toEqual(cleaned);
        } else if (cleaned.reason === 'too-long') expect([...text].length).toBeGreaterThan(20);
        else expect(text).not.toMatch(/[\p{L}\p{N}]/u);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('nameKey', () => {
  it('is the same for names that differ only in case, invisible characters or composition', () => {
    expect(nameKey('Váy Hoa')).toBe(nameKey('va\u0301y\u200b HOA'));
    expect(nameKey('Váy Hoa')).not.toBe(nameKey('Vay Hoa'));
  });
});
