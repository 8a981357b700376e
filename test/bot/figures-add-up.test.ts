import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { updateShopSettings } from '../../src/db/queries/shop-settings.js';
import type { ChatMessage } from '../../src/dev/bot-api-stand-in.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { CSV_CONVENTIONS } from '../../src/domain/csv.js';
import { DEFAULT_COST_SETTINGS } from '../../src/domain/daily-metrics.js';
import type { Locale } from '../../src/domain/locale.js';
import { useBotHarness } from '../support/bot-harness.js';
import { cellNumber, parseCsv } from '../support/csv-cells.js';
import { csvLines } from '../support/csv-document.js';
import { shopIdsOf } from '../support/owner-data-fixtures.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { insertDays, sameDaysEnding } from '../support/record-fixtures.js';
import { readXlsx } from '../support/xlsx-document.js';

// Monday 07/12/2026, 20:00: the books day is 07/12, last week is 30/11–06/12.
const { db, h } = await useBotHarness({ now: '2026-12-07T20:00:00+07:00' });

// The shop's costs: 12 % of parcels come back, 20.000 ₫ shipping per order, a 2 % payment fee and a fixed
// cost of 14.477.000 ₫ a month, 467.000 ₫ on each of December's 31 days; COGS 40 % of revenue.
const COSTS = { codReturnRate: 0.12, shippingCostPerOrder: 20_000, paymentFeeRatio: 0.02 };
const MONTHLY_FIXED = 14_477_000;

async function ownerWithCosts(locale: Locale, id: number): Promise<ChatSession> {
  const chat = await startOwner(h, locale, id);
  const [shopId] = await shopIdsOf(db, String(id));
  await updateShopSettings(db, shopId!, { ...COSTS, monthlyFixedCost: MONTHLY_FIXED });
  return chat;
}

/** An amount as the bot writes it (`-4.473.000 ₫`, `2,675,200 ₫`), in đồng. */
function amount(text: string): number {
  const match = /(-?[\d.,]+) ₫$/.exec(text.trim());
  if (!match) throw new Error(`no amount in ${text}`);
  return Number(match[1]!.replace(/[.,]/g, ''));
}

/**
 * The parts block of a text: the delivered revenue, the costs taken off it ("− …") and the net profit line
 * after them; checks that delivered revenue − each cost = net profit.
 */
function expectPartsSum(text: string, netLabel: string): void {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.startsWith('− '));
  const costs = lines.slice(first).filter((line) => line.startsWith('− '));
  const net = lines.slice(first + costs.length)[0]!;
  expect(net.startsWith(netLabel)).toBe(true);
  // The delivered revenue's own amount is the first one of its line: "4.400.000 ₫ (5.000.000 ₫ − …)".
  const delivered = amount(lines[first - 1]!.split(' (')[0]!);
  const sum = costs.reduce((left, line) => left - amount(line), delivered);
  expect(sum).toBe(amount(net.replace(/ \(.*\)$/, '')));
}

forEachLanguage(
  {
    vi: {
      entry: '16 5tr 500k 80',
      yesterday: 'hôm qua 10 5tr 1tr 50',
      plainEntry: '10 5tr 1tr 50',
      product: '/products add Váy hoa nhí 350k 190k',
      products: '🏷 Sản phẩm',
      save: 'Lưu',
      net: 'Lãi ròng',
      ratioParts: [
        'Doanh thu giao được: 4.400.000 ₫ (5.000.000 ₫ − hàng hoàn 600.000 ₫)',
        '− Giá vốn: 1.760.000 ₫',
        '− Phí ship: 358.400 ₫',
        '− Phí thanh toán: 88.000 ₫',
        '− Quảng cáo: 500.000 ₫',
        '− Chi phí cố định: 467.000 ₫',
        'Lãi ròng: 1.226.600 ₫',
      ],
      productParts: [
        'Doanh thu giao được: 4.400.000 ₫ (5.000.000 ₫ − hàng hoàn 600.000 ₫)',
        '− Giá vốn: 16 × 190.000 ₫ (Váy hoa nhí) × 88 % giao thành công = 2.675.200 ₫',
        '− Phí ship: 358.400 ₫',
        '− Phí thanh toán: 88.000 ₫',
        '− Quảng cáo: 500.000 ₫',
        '− Chi phí cố định: 467.000 ₫',
        'Lãi ròng: 311.400 ₫',
      ],
      weekParts: [
        'Doanh thu giao được: 4.400.000 ₫ (5.000.000 ₫ − hàng hoàn 600.000 ₫)',
        '− Giá vốn: 2.675.200 ₫',
        '− Phí ship: 358.400 ₫',
        '− Phí thanh toán: 88.000 ₫',
        '− Quảng cáo: 500.000 ₫',
        '− Chi phí cố định: 467.000 ₫',
        'Lãi ròng: 311.400 ₫',
      ],
      cardBreakEven: 'ROAS: 10,00 · hòa vốn 3,91 ✅ có lãi (theo doanh thu và chi phí thực của ngày)',
      weekBreakEven: 'ROAS 10,00 · hòa vốn 3,91 (theo doanh thu và chi phí thực của tuần)',
      plainNet: 'Lãi ròng: 2.000.000 ₫',
      delivered: 'Doanh thu giao được',
      headers: {
        revenue: 'Doanh thu (₫)',
        returned: 'Hàng hoàn (₫)',
        cogs: 'Giá vốn (₫)',
        shipping: 'Phí ship (₫)',
        fee: 'Phí thanh toán (₫)',
        ads: 'Chi phí quảng cáo (₫)',
        fixed: 'Chi phí cố định (₫)',
        net: 'Lãi ròng (₫)',
      },
      lossWeekParts: [
        'Doanh thu giao được: 30.800.000 ₫ (35.000.000 ₫ − hàng hoàn 4.200.000 ₫)',
        '− Giá vốn: 12.320.000 ₫',
        '− Phí ship: 1.568.000 ₫',
        '− Phí thanh toán: 616.000 ₫',
        '− Quảng cáo: 17.500.000 ₫',
        '− Chi phí cố định: 3.269.000 ₫',
        'Lãi ròng: -4.473.000 ₫',
      ],
      loss:
        'Lãi ròng âm: doanh thu 35.000.000 ₫ − hàng hoàn 4.200.000 ₫ − giá vốn 12.320.000 ₫ − phí ship ' +
        '1.568.000 ₫ − phí thanh toán 616.000 ₫ − quảng cáo 17.500.000 ₫ − chi phí cố định 3.269.000 ₫ = ' +
        '-4.473.000 ₫.',
    },
    en: {
      entry: '16 5m 500k 80',
      yesterday: 'yesterday 10 5m 1m 50',
      plainEntry: '10 5m 1m 50',
      product: '/products add Váy hoa nhí 350k 190k',
      products: '🏷 Products',
      save: 'Save',
      net: 'Net profit',
      ratioParts: [
        'Delivered revenue: 4,400,000 ₫ (5,000,000 ₫ − returns 600,000 ₫)',
        '− Cost of goods: 1,760,000 ₫',
        '− Shipping: 358,400 ₫',
        '− Payment fees: 88,000 ₫',
        '− Ads: 500,000 ₫',
        '− Fixed cost: 467,000 ₫',
        'Net profit: 1,226,600 ₫',
      ],
      productParts: [
        'Delivered revenue: 4,400,000 ₫ (5,000,000 ₫ − returns 600,000 ₫)',
        '− Cost of goods: 16 × 190,000 ₫ (Váy hoa nhí) × 88% delivered = 2,675,200 ₫',
        '− Shipping: 358,400 ₫',
        '− Payment fees: 88,000 ₫',
        '− Ads: 500,000 ₫',
        '− Fixed cost: 467,000 ₫',
        'Net profit: 311,400 ₫',
      ],
      weekParts: [
        'Delivered revenue: 4,400,000 ₫ (5,000,000 ₫ − returns 600,000 ₫)',
        '− Cost of goods: 2,675,200 ₫',
        '− Shipping: 358,400 ₫',
        '− Payment fees: 88,000 ₫',
        '− Ads: 500,000 ₫',
        '− Fixed cost: 467,000 ₫',
        'Net profit: 311,400 ₫',
      ],
      cardBreakEven: "ROAS: 10.00 · break-even 3.91 ✅ profitable (on the day's actual revenue and costs)",
      weekBreakEven: "ROAS 10.00 · break-even 3.91 (on the week's actual revenue and costs)",
      plainNet: 'Net profit: 2,000,000 ₫',
      delivered: 'Delivered revenue',
      headers: {
        revenue: 'Revenue (₫)',
        returned: 'Returns (₫)',
        cogs: 'COGS (₫)',
        shipping: 'Shipping (₫)',
        fee: 'Payment fees (₫)',
        ads: 'Ad spend (₫)',
        fixed: 'Fixed cost (₫)',
        net: 'Net profit (₫)',
      },
      lossWeekParts: [
        'Delivered revenue: 30,800,000 ₫ (35,000,000 ₫ − returns 4,200,000 ₫)',
        '− Cost of goods: 12,320,000 ₫',
        '− Shipping: 1,568,000 ₫',
        '− Payment fees: 616,000 ₫',
        '− Ads: 17,500,000 ₫',
        '− Fixed cost: 3,269,000 ₫',
        'Net profit: -4,473,000 ₫',
      ],
      loss:
        'Net profit is negative: revenue 35,000,000 ₫ − returns 4,200,000 ₫ − cost of goods 12,320,000 ₫ − ' +
        'shipping 1,568,000 ₫ − payment fees 616,000 ₫ − ads 17,500,000 ₫ − fixed costs 3,269,000 ₫ = ' +
        '-4,473,000 ₫.',
    },
  },
  'every figure adds up on the screen that shows it',
  (locale, l) => {
    const conventions = CSV_CONVENTIONS[locale];

    // `16 5tr 500k 80` at 12 % returns: 5.000.000 × 12 % = 600.000 not collected, 4.400.000 delivered;
    // shipping 16 × 20.000 = 320.000 out + 12 % of it back (38.400) = 358.400; fee 2 % × 4.400.000 = 88.000;
    // fixed 467.000. COGS 40 % × 4.400.000 = 1.760.000: net 4.400.000 − 1.760.000 − 358.400 − 88.000 −
    // 500.000 − 467.000 = 1.226.600. With the product, 16 × 190.000 = 3.040.000, 88 % of it delivered
    // (3.040.000 − 364.800) = 2.675.200: net 4.400.000 − 2.675.200 − 358.400 − 88.000 − 500.000 − 467.000
    // = 311.400. Break-even on the day's actual figures: 5.000.000 / (4.400.000 − 2.675.200 − 358.400 −
    // 88.000 = 1.278.400) = 3,911 (the list price 350.000 would give 1 / ((350.000 − 190.000 − 7.000) ×
    // 0,88 − 22.400) / 350.000 = 3,12).
    it('the card shows each part of net profit, the products’ COGS with the share delivered; /edit and /week of that day show the same parts and break-even', async () => {
      const chat = await ownerWithCosts(locale, 801);
      await chat.send(l.product);
      const card = (await chat.send(l.entry)).texts[0]!;
      expect(card).toContain(l.ratioParts.join('\n'));
      expectPartsSum(card, l.net);

      await chat.press(l.products);
      const picked = (await chat.press('Váy hoa nhí')).texts.at(-1)!;
      expect(picked).toContain(l.productParts.join('\n'));
      expect(picked).toContain(l.cardBreakEven);
      expectPartsSum(picked, l.net);
      expect((await chat.press(l.save)).edited[0]!.text).toContain(l.productParts.join('\n'));

      const edit = (await chat.send('/edit 7/12')).texts[0]!;
      expect(edit).toContain(l.productParts.join('\n'));
      expect(edit).toContain(l.cardBreakEven);

      // The running week is that one day: the same parts, the same break-even.
      const week = (await chat.send('/week')).texts[1]!;
      expect(week).toContain(l.weekParts.join('\n'));
      expect(week).toContain(l.weekBreakEven);
      expectPartsSum(week, l.net);
    });

    // `10 5tr 1tr 50` with COGS 40 % and nothing else: 5.000.000 × 0,6 − 1.000.000 = 2.000.000.
    it('a shop with no costs beyond the goods and the ads sees no parts on its card or its week', async () => {
      const chat = await startOwner(h, locale, 802);
      const card = (await chat.send(l.plainEntry)).texts[0]!;
      expect(card).toContain(l.plainNet);
      expect(card).not.toContain(l.delivered);
      expect(card).not.toContain('− ');
      await chat.press(l.save);
      const week = (await chat.send('/week')).texts[1]!;
      expect(week).toContain(l.plainNet);
      expect(week).not.toContain('− ');
      expect((await chat.send('/edit 7/12')).texts[0]).not.toContain('− ');
    });

    // 06/12 `10 5tr 1tr 50`: returns 600.000, COGS 1.760.000, shipping 10 × 20.000 × 1,12 = 224.000, fee
    // 88.000, fixed 467.000: net 4.400.000 − 1.760.000 − 224.000 − 88.000 − 1.000.000 − 467.000 = 861.000.
    // 07/12 with the product: net 311.400 (above). Totals: 10.000.000 − 1.200.000 − 4.435.200 − 582.400 −
    // 176.000 − 1.500.000 − 934.000 = 1.172.400 = 861.000 + 311.400.
    it('the export carries every part: each row of the CSV and of the workbook sums to its net profit', async () => {
      const chat = await ownerWithCosts(locale, 803);
      await chat.send(l.product);
      await chat.send(l.yesterday);
      await chat.press(l.save);
      await chat.send(l.entry);
      await chat.press(l.products);
      await chat.press('Váy hoa nhí');
      await chat.press(l.save);
      const terms = [
        l.headers.revenue,
        l.headers.returned,
        l.headers.cogs,
        l.headers.shipping,
        l.headers.fee,
        l.headers.ads,
        l.headers.fixed,
        l.headers.net,
      ];
      const expected = [
        [5_000_000, 600_000, 1_760_000, 224_000, 88_000, 1_000_000, 467_000, 861_000],
        [5_000_000, 600_000, 2_675_200, 358_400, 88_000, 500_000, 467_000, 311_400],
      ];
      const sums = (row: number[]) => row[0]! - row.slice(1, 7).reduce((a, b) => a + b, 0) === row[7];

      const csv: ChatMessage = (await chat.send('/export csv')).sent[0]!;
      const rows = parseCsv(`${csvLines(csv).join('\r\n')}\r\n`, conventions);
      const columns = terms.map((header) => rows[0]!.indexOf(header));
      expect(columns).not.toContain(-1);
      const csvRows = rows.slice(1).map((row) => columns.map((c) => cellNumber(row[c]!, conventions)));
      expect(csvRows).toEqual(expected);
      expect(csvRows.every(sums)).toBe(true);

      const xlsx = (await chat.send('/export')).sent[0]!;
      const sheet = await readXlsx(xlsx.document!.bytes);
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const cells = terms.map((name) => header.indexOf(name) + 1);
      expect(cells).not.toContain(0);
      const xlsxRow = (n: number) => cells.map((c) => sheet.getRow(n).getCell(c).value as number);
      expect([xlsxRow(2), xlsxRow(3)]).toEqual(expected);
      const totals = xlsxRow(4);
      expect(totals).toEqual([
        10_000_000, 1_200_000, 4_435_200, 582_400, 176_000, 1_500_000, 934_000, 1_172_400,
      ]);
      expect([xlsxRow(2), xlsxRow(3), totals].every(sums)).toBe(true);
    });

    // 30/11–06/12, each day `10 5tr 2tr5 50`: returns 600.000, COGS 1.760.000, shipping 224.000, fee 88.000,
    // ads 2.500.000, fixed 467.000: −639.000 a day. The week: 35.000.000 − 4.200.000 − 12.320.000 −
    // 1.568.000 − 616.000 − 17.500.000 − 3.269.000 = −4.473.000 = 7 × −639.000.
    it('a losing week names every term it takes off revenue, and they give the loss', async () => {
      const chat = await startOwner(h, locale, 804);
      const [shopId] = await shopIdsOf(db, '804');
      await insertDays(db, shopId!, sameDaysEnding('2026-12-06', 7, [10, 5_000_000, 2_500_000, 50]), {
        ...DEFAULT_COST_SETTINGS,
        ...COSTS,
        dailyFixedCost: 467_000,
      });
      const report = (await chat.send('/week')).texts[0]!;
      expect(report).toContain(l.lossWeekParts.join('\n'));
      expectPartsSum(report, l.net);
      expect(report).toContain(l.loss);
    });

    it('a loss stored before its explanation named every term still names them all when its message is redrawn', async () => {
      const chat = await startOwner(h, locale, 806);
      const [shopId] = await shopIdsOf(db, '806');
      await insertDays(db, shopId!, sameDaysEnding('2026-12-06', 7, [10, 5_000_000, 2_500_000, 50]), {
        ...DEFAULT_COST_SETTINGS,
        ...COSTS,
        dailyFixedCost: 467_000,
      });
      await chat.send('/week');
      // As a diagnosis stored before: its loss explanation carries revenue, ads, fixed cost and net only.
      await db.execute(sql`
        update weekly_diagnostics set report = jsonb_set(report, '{diagnosis,issues}', (
          select jsonb_agg(case when i->'explanation'->>'key' = 'issue-net-profit-negative'
            then jsonb_set(i, '{explanation,params}',
              (i->'explanation'->'params') - 'cogs' - 'returnedRevenue' - 'shippingCost' - 'paymentFees')
            else i end)
          from jsonb_array_elements(report->'diagnosis'->'issues') i))
        where shop_id = ${shopId!}`);
      const reportMessage = chat.messages().find((m) => m.text?.includes(l.loss) && m.keyboard.length > 0)!;
      await chat.pressData(reportMessage.keyboard[0]![0]!.callback_data!, reportMessage);
      const redrawn = chat.messages().find((m) => m.messageId === reportMessage.messageId)!;
      expect(redrawn.editCount).toBe(1);
      expect(redrawn.text).toContain(l.loss);
    });
  },
);

describe('the loss explanation leaves out the terms that are 0', () => {
  it('names only revenue, COGS and ads for a shop without other costs', async () => {
    const chat = await startOwner(h, 'vi', 805);
    const [shopId] = await shopIdsOf(db, '805');
    // Each day 5.000.000 − 40 % COGS 2.000.000 − ads 3.500.000 = −500.000; the week: 35.000.000 −
    // 14.000.000 − 24.500.000 = −3.500.000.
    await insertDays(db, shopId!, sameDaysEnding('2026-12-06', 7, [10, 5_000_000, 3_500_000, 50]));
    const report = (await chat.send('/week')).texts[0]!;
    expect(report).toContain(
      'Lãi ròng âm: doanh thu 35.000.000 ₫ − giá vốn 14.000.000 ₫ − quảng cáo 24.500.000 ₫ = -3.500.000 ₫.',
    );
  });
});
