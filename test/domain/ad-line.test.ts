import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseAdChannel,
  parseAdLine,
  splitAdLines,
  type TypedAdLine,
  withEarlierChannels,
} from '../../src/domain/ad-line.js';

// No channel typed: null, for the bot to ask or take the ad's last one.
const VAY_DO: TypedAdLine = {
  name: 'Váy đỏ',
  channel: null,
  daysRunning: 4,
  spend: 1_000_000,
  leads: 0,
  orders: 0,
  revenue: 0,
  impressions: null,
  clicks: null,
};

describe('parseAdLine', () => {
  it('reads the issue’s line: the name before the colon, then labelled values', () => {
    expect(parseAdLine('Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0')).toEqual({
      ok: true,
      ad: VAY_DO,
    });
  });

  it('reads English labels, the other synonyms, units written apart and the optional fields', () => {
    expect(
      parseAdLine(
        'Áo thun: revenue 10 million, orders 20, leads 100, spend 2tr, days 5, impressions 50.000, clicks 900, channel tiktok',
      ),
    ).toEqual({
      ok: true,
      ad: {
        name: 'Áo thun',
        channel: 'tiktok',
        daysRunning: 5,
        spend: 2_000_000,
        leads: 100,
        orders: 20,
        revenue: 10_000_000,
        impressions: 50_000,
        clicks: 900,
      },
    });
    expect(
      parseAdLine(
        'Quần: ngay 1 qc 1 triệu 2 lead 3 don 0 dt 2 triệu rưỡi kênh Facebook hiển thị 1200 click 7',
      ),
    ).toEqual({
      ok: true,
      ad: {
        name: 'Quần',
        channel: 'facebook',
        daysRunning: 1,
        spend: 1_200_000,
        leads: 3,
        orders: 0,
        revenue: 2_500_000,
        impressions: 1200,
        clicks: 7,
      },
    });
    expect(parseAdLine('X: ngày 2; ads 8,5tr; lead 1; đơn 1; doanh thu 850k.')).toMatchObject({
      ok: true,
      ad: { spend: 8_500_000, revenue: 850_000 },
    });
  });

  it('names the field of each problem', () => {
    expect(parseAdLine('ngày 4, chi 1tr')).toEqual({ ok: false, error: { code: 'no-name' } });
    expect(parseAdLine(': ngày 4')).toEqual({ ok: false, error: { code: 'no-name' } });
    expect(parseAdLine(`${'a'.repeat(65)}: ngày 4`)).toEqual({ ok: false, error: { code: 'name-too-long' } });
    expect(parseAdLine('A: ngày 4, chi 1tr, lead 0, đơn 0')).toEqual({
      ok: false,
      error: { code: 'missing-field', field: 'revenue' },
    });
    expect(parseAdLine('A: ngày 4, ngày 5, chi 1tr, lead 0, đơn 0, dt 0')).toEqual({
      ok: false,
      error: { code: 'duplicate-field', field: 'days' },
    });
    expect(parseAdLine('A: 4, chi 1tr')).toEqual({ ok: false, error: { code: 'unlabelled', value: '4' } });
    expect(parseAdLine('A: ngày 4, chi abc, lead 0, đơn 0, dt 0')).toEqual({
      ok: false,
      error: { code: 'bad-value', field: 'spend', value: 'abc', reason: 'invalid' },
    });
    expect(parseAdLine('A: ngày 4, chi 1tr, lead 2.5, đơn 0, dt 0')).toEqual({
      ok: false,
      error: { code: 'bad-value', field: 'leads', value: '2.5', reason: 'fraction' },
    });
    expect(parseAdLine('A: ngày 0, chi 1tr, lead 0, đơn 0, dt 0')).toEqual({
      ok: false,
      error: { code: 'zero-days' },
    });
    expect(parseAdLine('A: ngày 1, chi 1tr, lead 0, đơn 0, dt 0, kênh google')).toEqual({
      ok: false,
      error: { code: 'bad-channel', value: 'google' },
    });
  });

  it('reads channel words', () => {
    expect(['fb', 'Facebook', 'TikTok', 'zalo', 'khác', 'other', 'google'].map(parseAdChannel)).toEqual([
      'facebook',
      'facebook',
      'tiktok',
      'zalo',
      'other',
      'other',
      null,
    ]);
  });

  it('property: any order of the labelled fields, vi or en labels, reads the same values', () => {
    const money = fc.oneof(
      fc.integer({ min: 0, max: 999 }).map((n) => ({ text: `${n}k`, value: n * 1000 })),
      fc.integer({ min: 0, max: 99 }).map((n) => ({ text: `${n} triệu`, value: n * 1_000_000 })),
      fc.integer({ min: 0, max: 9_999_999 }).map((n) => ({ text: String(n), value: n })),
    );
    const count = fc.integer({ min: 0, max: 100_000 });
    const label = (vi: string, en: string) => fc.constantFrom(vi, en);
    fc.assert(
      fc.property(
        fc.record({
          days: fc.integer({ min: 1, max: 90 }),
          spend: money,
          leads: count,
          orders: count,
          revenue: money,
          labels: fc.tuple(
            label('ngày', 'days'),
            label('chi', 'spend'),
            label('lead', 'leads'),
            label('đơn', 'orders'),
            label('doanh thu', 'revenue'),
          ),
          separator: fc.constantFrom(', ', ' ', '; '),
        }),
        fc.func(fc.integer()),
        (ad, order) => {
          const [days, spend, leads, orders, revenue] = ad.labels;
          const fields = [
            `${days} ${ad.days}`,
            `${spend} ${ad.spend.text}`,
            `${leads} ${ad.leads}`,
            `${orders} ${ad.orders}`,
            `${revenue} ${ad.revenue.text}`,
          ];
          const shuffled = fields
            .map((field, i) => ({ field, key: order(i) }))
            .sort((a, b) => a.key - b.key)
            .map((f) => f.field);
          expect(parseAdLine(`Mẫu 7: ${shuffled.join(ad.separator)}`)).toEqual({
            ok: true,
            ad: {
              name: 'Mẫu 7',
              channel: null,
              daysRunning: ad.days,
              spend: ad.spend.value,
              leads: ad.leads,
              orders: ad.orders,
              revenue: ad.revenue.value,
              impressions: null,
              clicks: null,
            },
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('several ads on one line', () => {
  it('are named as such, not as a field typed twice; a label with a colon is still a field', () => {
    expect(
      parseAdLine(
        'Váy: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0; Áo thun: ngày 5, chi 2tr, lead 1, đơn 1, dt 1tr',
      ),
    ).toEqual({ ok: false, error: { code: 'several-ads' } });
    expect(parseAdLine('Váy: ngày 4 chi 1tr lead 0 đơn 0 doanh thu 0 Áo: ngày 5 chi 2tr')).toEqual({
      ok: false,
      error: { code: 'several-ads' },
    });
    expect(parseAdLine('A: ngày: 4, ngày: 5, chi: 1tr, lead 0, đơn 0, dt 0')).toEqual({
      ok: false,
      error: { code: 'duplicate-field', field: 'days' },
    });
    expect(parseAdLine('A: ngày: 4, chi: 1tr, lead: 0, đơn: 0, dt: 0')).toMatchObject({ ok: true });
  });
});

describe('splitAdLines', () => {
  it('one ad a line: lines trimmed, a leading /ads dropped, blank lines skipped', () => {
    expect(
      splitAdLines('Váy: ngày 4\r\n\n  /ads Áo: ngày 5  \n/ads@ShopPulseBot Quần: ngày 1\n\u200b\n'),
    ).toEqual(['Váy: ngày 4', 'Áo: ngày 5', 'Quần: ngày 1']);
    expect(splitAdLines('Váy: ngày 4, chi 1tr')).toEqual(['Váy: ngày 4, chi 1tr']);
  });
});

describe('withEarlierChannels', () => {
  it('a line without a channel takes the one typed on an earlier line of the same ad, letter case aside', () => {
    const ad = (name: string, channel: TypedAdLine['channel']) => ({ name, channel });
    expect(
      withEarlierChannels([
        ad('Áo', 'tiktok'),
        ad('Váy', null),
        ad('áo', null),
        ad('Áo', 'zalo'),
        ad('ÁO', null),
      ]),
    ).toEqual([ad('Áo', 'tiktok'), ad('Váy', null), ad('áo', 'tiktok'), ad('Áo', 'zalo'), ad('ÁO', 'zalo')]);
  });
});
