import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';

describe('createTranslator', () => {
  it('keeps each locale its own texts when translations in both alternate (bundle matches are remembered)', () => {
    const translator = createTranslator('vi');
    const vi = translator.forLocale('vi');
    const en = translator.forLocale('en');
    for (let round = 0; round < 3; round++) {
      expect(vi('help-no-shop')).toBe('chưa tạo');
      expect(en('help-no-shop')).toBe('not set up yet');
      expect(translator.i18n.t('en', 'help-no-shop')).toBe('not set up yet');
      expect(translator.i18n.t('vi', 'help-no-shop')).toBe('chưa tạo');
    }
  });

  it('falls back to the default locale for a locale it has no texts of', () => {
    const viDefault = createTranslator('vi');
    const enDefault = createTranslator('en');
    expect(viDefault.i18n.t('fr', 'help-no-shop')).toBe('chưa tạo');
    expect(enDefault.i18n.t('fr', 'help-no-shop')).toBe('not set up yet');
    expect(viDefault.i18n.t('en-US', 'help-no-shop')).toBe('not set up yet');
  });

  it('names a key that no locale has', () => {
    expect(createTranslator('vi').forLocale('en')('no-such-key')).toBe('{no-such-key}');
  });

  // The remembered matches rely on the plugin's own `matchBundles` (a method it does not document): if an
  // upgrade renames it or stops calling it per translation, this fails instead of the cache silently
  // doing nothing or the negotiation going wrong.
  it("goes through the plugin's matchBundles on every translation, and remembers its answer per locale list", () => {
    const translator = createTranslator('vi');
    const fluent = translator.i18n.fluent as unknown as {
      matchBundles?: (locales: readonly string[]) => Set<unknown>;
    };
    const remembered = fluent.matchBundles;
    expect(typeof remembered).toBe('function');
    let calls = 0;
    fluent.matchBundles = (locales) => {
      calls += 1;
      return remembered!.call(fluent, locales);
    };
    expect(translator.forLocale('en')('help-no-shop')).toBe('not set up yet');
    expect(translator.forLocale('vi')('help-no-shop')).toBe('chưa tạo');
    expect(calls).toBe(2);
    expect(remembered!.call(fluent, ['en'])).toBe(remembered!.call(fluent, ['en']));
    expect(remembered!.call(fluent, ['en'])).not.toBe(remembered!.call(fluent, ['vi']));
  });
});
