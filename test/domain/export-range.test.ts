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
    ['01/11 30/11', '2026-11-01', '2026-11-30'],
    ['01/11 - 20/11', '2026-11-01', '2026-11-20'],
    ['1/11/2026 đến 30/11/2026', '2026-11-01', '2026-11-30'],
    ['2026-10-01 to 2026-10-31', '2026-10-01', '2026-10-31'],
    ['01/12 31/01', '2025-12-01', '2026-01-31'],
    ['15/11 hôm nay', '2026-11-15', today],
    ['01/11-30/11', '2026-11-01', '2026-11-30'],
    ['01/11 – 30/11', '2026-11-01', '2026-11-30'],
    ['hôm kia hôm qua', '2026-11-22', '2026-11-23'],
  ])('reads %s as %s – %s', (text, from, to) => {
    expect(parseExportRange(text, today)).toEqual({ ok: true, value: { from, to } });
  });

  it('refuses dates it cannot read, a start in the future and an end before the start', () => {
    expect(parseExportRange('abc', today)).toEqual({ ok: false, error: 'invalid-date' });
    expect(parseExportRange('01/11 32/11', today)).toEqual({ ok: false, error: 'invalid-date' });
    expect(parseExportRange('01/11 02/11 03/11', today)).toEqual({ ok: false, error: 'invalid-date' });
    expect(parseExportRange('30/11/2026', today)).toEqual({ ok: false, error: 'future-date' });
    expect(parseExportRange('20/11/2026 01/11/2026', today)).toEqual({ ok: false, error: 'reversed' });
  });
});
