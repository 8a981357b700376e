import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localesFolder } from '../src/paths.js';

// The words of the locale files themselves: one spelling of "xóa", one word for the simulation, and no
// message that nests parentheses in its own text (screens that put a value in parentheses are checked
// through the bot, test/bot/wording.test.ts).

function sourceOf(locale: string): string {
  return readFileSync(join(localesFolder, `${locale}.ftl`), 'utf8').normalize('NFC');
}

/** Each message's text with its placeables as `X` and its select variants' texts side by side. */
function messagesOf(locale: string): Map<string, string> {
  const blocks = sourceOf(locale).split(/^(?=[a-z][a-z0-9-]*\s*=)/m);
  return new Map(
    blocks
      .filter((block) => /^[a-z]/.test(block))
      .map((block) => {
        const key = /^([a-z][a-z0-9-]*)/.exec(block)![1]!;
        const text = block
          .split('\n')
          .filter((line) => !line.startsWith('#'))
          .join(' ')
          .replace(/^[a-z][a-z0-9-]*\s*=/, '')
          // Select expressions: `{ $x ->`, the variant keys and the closing brace go; the texts stay.
          .replace(/\{\s*\$[\w-]+\s*->/g, ' ')
          .replace(/\*?\[[^\]]+\]/g, ' ')
          .replace(/\{[^{}]*\}/g, 'X')
          .replace(/[{}]/g, ' ');
        return [key, text];
      }),
  );
}

/** The deepest parentheses nest in a text: 1 for "a (b) c", 2 for "a (b (c))". */
function parenDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(') deepest = Math.max(deepest, ++depth);
    else if (char === ')') depth -= 1;
  }
  return deepest;
}

describe('locale wording', () => {
  it('vi.ftl spells "xóa" one way (the accent on the a is the older spelling)', () => {
    const vi = sourceOf('vi');
    expect(vi).toMatch(/xóa/);
    expect(vi.match(/[xX]oá|XOÁ/g) ?? []).toEqual([]);
  });

  it('vi.ftl calls the simulation "mô phỏng" and nothing else', () => {
    const vi = sourceOf('vi').toLowerCase();
    expect(vi).toMatch(/mô phỏng/);
    for (const other of ['dự phóng', 'giả lập', 'kịch bản', 'dự báo tăng trưởng'])
      expect(vi).not.toContain(other);
  });

  it.each(['vi', 'en'])('no message of %s.ftl nests parentheses in its own text', (locale) => {
    const nested = [...messagesOf(locale)].filter(([, text]) => parenDepth(text) > 1).map(([key]) => key);
    expect(nested).toEqual([]);
  });

  it('the check finds parentheses nested in a message', () => {
    expect(parenDepth('↩️ Về mặc định (chưa đặt (không cảnh báo CPL))')).toBe(2);
    expect(parenDepth('AOV (giá trị đơn) X, CVR (tỉ lệ chốt) X')).toBe(1);
  });
});
