import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';

describe('createTranslator', () => {
  it('keeps each locale its own texts when translations in both alternate', () => {
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
});
