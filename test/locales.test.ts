import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../src/i18n/translator.js';
import { localesFolder } from '../src/paths.js';

function sourceOf(locale: string): string {
  return readFileSync(join(localesFolder, `${locale}.ftl`), 'utf8');
}

function keysOf(locale: string): string[] {
  return [...sourceOf(locale).matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]!).sort();
}

/** The variables each message uses, read from its block in the .ftl source. */
function variablesOf(locale: string): Map<string, string[]> {
  const blocks = sourceOf(locale).split(/^(?=[a-z][a-z0-9-]*\s*=)/m);
  return new Map(
    blocks.map((block) => [
      /^([a-z][a-z0-9-]*)/.exec(block)?.[1] ?? '',
      [...block.matchAll(/\$([a-zA-Z][\w-]*)/g)].map((m) => m[1]!),
    ]),
  );
}

describe('locales', () => {
  it('vi.ftl and en.ftl have exactly the same keys', () => {
    expect(keysOf('en')).toEqual(keysOf('vi'));
  });

  it('has no duplicate keys', () => {
    for (const locale of ['vi', 'en']) {
      const keys = keysOf(locale);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('every key translates to text in both languages (no missing message fallbacks)', () => {
    const translator = createTranslator('vi');
    for (const locale of ['vi', 'en'] as const) {
      const t = translator.forLocale(locale);
      const variables = variablesOf(locale);
      for (const key of keysOf(locale)) {
        const args = Object.fromEntries((variables.get(key) ?? []).map((name) => [name, 1]));
        const text = key.startsWith('command-') ? t(`${key}.description`) : t(key, args);
        expect(text, `${locale}:${key}`).not.toBe(key);
        expect(text.trim().length, `${locale}:${key}`).toBeGreaterThan(0);
      }
    }
  });
});
