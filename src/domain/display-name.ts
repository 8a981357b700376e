/**
 * The one rule for every name an owner gives (a shop, a product, an ad), so that what is stored is what a
 * button shows:
 * - the text is NFC-normalised (a decomposed `Va\u0301y` is stored as `Váy`);
 * - control characters (Cc), format characters (Cf: zero-width spaces and joiners, word joiner, byte order
 *   mark, soft hyphen, the bidirectional marks, embeddings, overrides and isolates, the Arabic letter mark),
 *   lone surrogates and the Hangul fillers (letters that draw nothing) are removed; the zero-width joiner
 *   goes too, so an emoji sequence such as a family falls apart into its single emoji, which stay;
 * - any whitespace (tab, line break, no-break space…) becomes one ordinary space, runs collapse, both ends
 *   are trimmed;
 * - what is left must hold at least one letter or digit (\p{L} or \p{N}): a name of punctuation or emoji
 *   only (`...`, `🌸🌸`) is refused, since no one can tell such names apart or type them back;
 * - it has at most `maxLength` characters (code points), counted after cleaning.
 */
export type NameRefusal = 'empty' | 'no-letter-or-digit' | 'too-long';

export type CleanName = { ok: true; name: string } | { ok: false; reason: NameRefusal };

// Cc, Cf and lone surrogates draw nothing or reorder what follows; Hangul fillers are letters that draw nothing.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u115f\u1160\u3164\uffa0]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Every whitespace character JavaScript knows but U+FEFF (a zero-width no-break space, removed as invisible).
const WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** The name as stored, or why it cannot be one (see the rule above). */
export function cleanName(raw: string, maxLength: number): CleanName {
  const name = cleanText(raw);
  if (name === '') return { ok: false, reason: raw.trim() === '' ? 'empty' : 'no-letter-or-digit' };
  if (!LETTER_OR_DIGIT.test(name)) return { ok: false, reason: 'no-letter-or-digit' };
  if ([...name].length > maxLength) return { ok: false, reason: 'too-long' };
  return { ok: true, name };
}

/**
 * The text without the invisible characters, its whitespace collapsed to single spaces, then NFC-normalised
 * (last, since removing a character between a letter and its mark lets them compose).
 */
export function cleanText(raw: string): string {
  return raw.replace(WHITESPACE, ' ').replace(INVISIBLE, '').replace(/ +/g, ' ').trim().normalize('NFC');
}

/** The form two names are compared in: cleaned, then lower case (`Váy Hoa` and `váy\u200bhoa` are one). */
export function nameKey(name: string): string {
  return cleanText(name).toLocaleLowerCase('vi');
}
