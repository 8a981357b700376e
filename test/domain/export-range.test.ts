import { describe, expect, it } from 'vitest';
import { parseExportRange } from '../../src/domain/export-range.js';

const today = '2026-11-24';

describe('parseExportRange', () => {
  it('reads nothing as every record', () => {
    expect(parseExportRange('  ', today)).toEqual({ ok: true, value: {} });
  });

  it('reads one date as that day until today', () => {
    expect(parseExportRange('01/11', today)).toEqual({ ok: true, value: { from: '2026-11-01', to: today } });
    expect(parseExportRange('hôm qua', today)).toEqual({
      ok: true,
      value: { from: '2026-11-23', to: today },
    });
  });

  it.each([
    ['01/11 - 20/11', '2026-11-01', '2026-11-20'],
    ['2026-10-01 to 2026-10-31', '2026-10-01', '2026-10-31'],
    ['01/12/2025 31/01/2026', '2025-12-01', '2026-01-31'],
    ['15/11 hôm nay', '2026-11-15', today],
    ['01/11-20/11', '2026-11-01', '2026-11-20'],
    ['01/11 – 20/11', '2026-11-01', '2026-11-20'],
    ['hôm kia hôm qua', '2026-11-22', '2026-11-23'],
  ])('reads %s as %s – %s', (text, from, to) => {
    expect(parseExportRange(text, today)).toEqual({ ok: true, value: { from, to } });
  });

  it('swaps an end typed before the start, in the same year, and says so', () => {
    // 22/11 and 16/11 typed on 29/11: both this November, never 16/11 next year.
    expect(parseExportRange('22/11 16/11', '2026-11-29')).toEqual({
      ok: true,
      value: { from: '2026-11-16', to: '2026-11-22', swapped: true },
    });
    expect(parseExportRange('20/11/2026 01/11/2026', today)).toEqual({
      ok: true,
      value: { from: '2026-11-01', to: '2026-11-20', swapped: true },
    });
  });

  it('cuts an end after today to today, and says so', () => {
    expect(parseExportRange('01/11 30/11', today)).toEqual({
      ok: true,
      value: { from: '2026-11-01', to: today, endCutToToday: true },
    });
    expect(parseExportRange('1/11/2026 đến 30/11/2026', today)).toEqual({
      ok: true,
      value: { from: '2026-11-01', to: today, endCutToToday: true },
    });
    // 5/12 after 20/11, both typed on 29/11: swapped, then cut.
    expect(parseExportRange('5/12 20/11', '2026-11-29')).toEqual({
      ok: true,
      value: { from: '2026-11-20', to: '2026-11-29', swapped: true, endCutToToday: true },
    });
  });

  it('refuses dates it cannot read and a start in the future', () => {
    expect(parseExportRange('abc', today)).toEqual({ ok: false, error: 'invalid-date' });
    expect(parseExportRange('01/11 32/11', today)).toEqual({ ok: false, error: 'invalid-date' });
    expect(parseExportRange('01/11 02/11 03/11', today)).toEqual({ ok: false, error: 'invalid-date' });
    expect(parseExportRange('30/11/2026', today)).toEqual({ ok: false, error: 'future-date' });
    expect(parseExportRange('ngày mai', today)).toEqual({ ok: false, error: 'future-date' });
    // 01/12 typed on 24/11 is next week, so the range has not started.
    expect(parseExportRange('01/12 31/01', today)).toEqual({ ok: false, error: 'future-date' });
  });
});
