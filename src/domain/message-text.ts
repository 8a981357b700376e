/**
 * Fitting text into Telegram's limits. Lengths are in UTF-16 code units, as Telegram counts them; a cut
 * never falls inside a surrogate pair.
 */

const ELLIPSIS = '…';

/** How many characters of the owner's own input a reply quotes back. */
export const ECHO_MAX_CHARS = 40;

/** An end index at or before `end` that does not split a surrogate pair. */
function safeEnd(text: string, end: number): number {
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** The text, or its first `max - 1` units and "…" when it is longer than `max`. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeEnd(text, max - 1))}${ELLIPSIS}`;
}

/** The owner's input as a reply quotes it: at most 40 characters (code points), then "…". */
export function echoInput(text: string): string {
  const chars = Array.from(text);
  return chars.length <= ECHO_MAX_CHARS ? text : `${chars.slice(0, ECHO_MAX_CHARS).join('')}${ELLIPSIS}`;
}

/** Splits a line longer than `max` into pieces of at most `max`. */
function splitLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const end = safeEnd(rest, max);
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Splits text into parts of at most `max`, at line boundaries where it can (a longer line is cut inside).
 * Blank parts are left out (Telegram refuses an empty message), and so is whitespace ending a part.
 */
export function splitAtLines(text: string, max: number): string[] {
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    const part = current.trimEnd();
    if (part !== '') parts.push(part);
    current = '';
  };
  for (const line of text.split('\n')) {
    const joined = current === '' ? line : `${current}\n${line}`;
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    flush();
    const pieces = splitLine(line, max);
    current = pieces.pop() ?? '';
    for (const piece of pieces) if (piece.trim() !== '') parts.push(piece);
  }
  flush();
  return parts;
}
