import { describe, expect, it } from 'vitest';
import { classifyFreeText, type FreeTextIntent } from '../../src/domain/free-text.js';
import type { QuestionPeriod } from '../../src/domain/question-period.js';

const question = (
  period: QuestionPeriod,
  topic: 'profit' | 'revenue' | 'ads' = 'profit',
): FreeTextIntent => ({
  kind: 'question',
  period,
  topic,
});

describe('classifyFreeText', () => {
  it.each<[string, FreeTextIntent]>([
    ['lãi bao nhiêu?', question('today')],
    ['Lai bao nhieu', question('today')],
    ['hôm nay thế nào', question('today')],
    ['HÔM NAY THẾ NÀO?', question('today')],
    ['lãi', question('today')],
    ['lời bao nhiêu', question('today')],
    ['lời', question('today')],
    ['có lời không', question('today')],
    ['lãi hay lỗ', question('today')],
    ['bữa nay lời sao', question('today')],
    ['profit?', question('today')],
    ['how is today', question('today')],
    ['loss?', question('today')],
    ['doanh thu bao nhiêu', question('today', 'revenue')],
    ['quảng cáo hết bao nhiêu', question('today', 'ads')],
    ['hôm qua lãi bao nhiêu', question('yesterday')],
    ['hom qua loi bao nhieu', question('yesterday')],
    ['doanh thu hôm qua', question('yesterday', 'revenue')],
    ['yesterday profit', question('yesterday')],
    ['revenue yesterday', question('yesterday', 'revenue')],
    ['hôm kia lãi bao nhiêu', question('dayBeforeYesterday')],
    ['profit the day before yesterday', question('dayBeforeYesterday')],
    ['tuần này sao', question('thisWeek')],
    ['tuan nay sao?', question('thisWeek')],
    ['how is this week', question('thisWeek')],
    ['tuần trước lãi hay lỗ', question('lastWeek')],
    ['tuần rồi lời bao nhiêu', question('lastWeek')],
    ['last week profit', question('lastWeek')],
    ['ads last week', question('lastWeek', 'ads')],
    ['tháng này lãi bao nhiêu', question('thisMonth')],
    ['quảng cáo tháng này', question('thisMonth', 'ads')],
    ['profit this month', question('thisMonth')],
    ['tháng trước lỗ bao nhiêu', question('lastMonth')],
    ['doanh thu tháng trước', question('lastMonth', 'revenue')],
    ['revenue last month', question('lastMonth', 'revenue')],
    ['cảm ơn', { kind: 'thanks' }],
    ['cám ơn bạn nhé!', { kind: 'thanks' }],
    ['thanks', { kind: 'thanks' }],
    ['Thank you!', { kind: 'thanks' }],
    ['xin chào', { kind: 'unknown' }],
    ['gửi lại giúp mình', { kind: 'unknown' }],
    ['báo lỗi giúp mình', { kind: 'unknown' }],
    ['đừng lo', { kind: 'unknown' }],
    ['công ty', { kind: 'unknown' }],
    ['', { kind: 'unknown' }],
    ['🙂', { kind: 'unknown' }],
  ])('reads %j', (text, intent) => {
    expect(classifyFreeText(text)).toEqual(intent);
  });

  it('leaves anything with a digit to the quick entry, even with question words in it', () => {
    expect(classifyFreeText('hôm nay 15 8tr5 2tr 85')).toEqual({ kind: 'entry' });
    expect(classifyFreeText('lãi 5tr')).toEqual({ kind: 'entry' });
    expect(classifyFreeText('１５')).toEqual({ kind: 'entry' });
  });

  it('ignores zero-width characters and gives a long message the pointer to /help', () => {
    expect(classifyFreeText('lãi\u200b bao nhiêu')).toEqual(question('today'));
    expect(classifyFreeText(`tuần này ${'rất '.repeat(30)}dài`)).toEqual({ kind: 'unknown' });
  });
});
