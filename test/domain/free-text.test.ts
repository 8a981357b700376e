import { describe, expect, it } from 'vitest';
import { classifyFreeText, type FreeTextIntent } from '../../src/domain/free-text.js';

describe('classifyFreeText', () => {
  it.each<[string, FreeTextIntent]>([
    ['lãi bao nhiêu?', 'today'],
    ['Lai bao nhieu', 'today'],
    ['hôm nay thế nào', 'today'],
    ['HÔM NAY THẾ NÀO?', 'today'],
    ['lãi', 'today'],
    ['profit?', 'today'],
    ['how is today', 'today'],
    ['tuần này sao', 'week'],
    ['tuan nay sao?', 'week'],
    ['how is this week', 'week'],
    ['cảm ơn', 'thanks'],
    ['cám ơn bạn nhé!', 'thanks'],
    ['thanks', 'thanks'],
    ['Thank you!', 'thanks'],
    ['xin chào', 'unknown'],
    ['gửi lại giúp mình', 'unknown'],
    ['công ty', 'unknown'],
    ['', 'unknown'],
    ['🙂', 'unknown'],
  ])('reads %j as %s', (text, intent) => {
    expect(classifyFreeText(text)).toBe(intent);
  });

  it('leaves anything with a digit to the quick entry, even with question words in it', () => {
    expect(classifyFreeText('hôm nay 15 8tr5 2tr 85')).toBe('entry');
    expect(classifyFreeText('lãi 5tr')).toBe('entry');
    expect(classifyFreeText('１５')).toBe('entry');
  });

  it('ignores zero-width characters and gives a long message the pointer to /help', () => {
    expect(classifyFreeText('lãi\u200b bao nhiêu')).toBe('today');
    expect(classifyFreeText(`tuần này ${'rất '.repeat(30)}dài`)).toBe('unknown');
  });
});
