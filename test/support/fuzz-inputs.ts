import fc from 'fast-check';

/**
 * Random and hostile input for the bot: what owners type (right, nearly right, and anything at all) and
 * what a modified client can put in callback data. Callback templates name ids with placeholders
 * (`{victimShop}`, `{ownDraft}`…) the fuzz run fills in when it sends them.
 */

const NUMBERS = [
  '0',
  '15',
  '85',
  '8tr5',
  '2tr',
  '850k',
  '8.500.000',
  '8,500,000',
  '8.500.000đ',
  '8500000 vnd',
  '2 triệu rưỡi',
  '1ty2',
  '1 tỷ',
  '2 củ',
  '1e308',
  '1e-7',
  '9999999999999999999',
  '9007199254740993',
  '00000000000000000000015',
  '999999 tỷ',
  '1000000000001',
  '10000001',
  '-5',
  '−5',
  '-0',
  'NaN',
  'Infinity',
  '0x1F',
  '1.2345k',
  '1,5',
  '15.',
  '.5',
  '１５',
  '٣٤',
  '𝟗𝟗',
  '50%',
  '101%',
  '96',
  '0.0001%',
  '2^53',
  '1/0',
];

const WORDS = [
  'đơn',
  'don',
  'doanh thu',
  'DOANH THU',
  'ads',
  'quảng cáo',
  'lead',
  'leads',
  'orders',
  'revenue',
  'hôm qua',
  'hôm kia',
  'hôm nay',
  'yesterday',
  '20/11',
  '24/11/2026',
  '25/11/2026',
  '31/02',
  '29/02/2025',
  '01/01/1970',
  '99/99',
  '.',
  'on',
  'off',
  'tắt',
  '20:30',
  '25:61',
  'English',
  'Tiếng Việt',
];

const LOOKALIKES = [
  "'; drop table daily_records; --",
  "' or 1=1 --",
  'Robert"); DELETE FROM shops; --',
  '$1',
  '{ $x }',
  '{ $value }',
  '{ -brand-name }',
  '{ $n ->\n *[other] x\n}',
  '{',
  '}',
  '%s %d %j',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template look-alike is the point
  '${process.exit(1)}',
  '<b>bold</b> <a href="tg://x">x</a>',
  '*bold* _it_ `code`',
  '\\u0000',
  '__proto__',
  'constructor',
  'null',
  'undefined',
];

const ODD_CHARS = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u0301',
  '\u00a0',
  '😀',
  '👨‍👩‍👧',
  'đ',
  'Đ',
  'ệ',
  '₫',
  '…',
  '\t',
  '\r',
  '\n',
  ' ',
  ':',
  ',',
  ';',
  '=',
  '"',
  "'",
  '\\',
  '{',
  '$',
  '/',
  '%',
];

const COMMANDS = [
  '/start',
  '/start deep-link-payload',
  '/start@ShopPulseBot',
  '/today',
  '/today@OtherBot',
  '/edit',
  '/delete',
  '/week',
  '/actions',
  '/ads',
  '/ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0',
  '/chart',
  '/goal',
  '/goal 12/2026',
  '/simulate',
  '/export',
  '/products',
  '/products add Váy hoa 350k 140k',
  '/remind',
  '/settings',
  '/settings help',
  '/settings giá vốn 35%',
  '/settings ship',
  '/settings múi giờ',
  '/shop',
  '/lang',
  '/help',
  '/cancel',
  '/unknown',
  '/',
];

const TEXT_LIMIT = 4096;

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...LOOKALIKES) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_CHARS) },
  { weight: 1, arbitrary: fc.nat({ max: 2_000_000_000 }).map(String) },
);
const separator = fc.constantFrom(' ', ' ', ' ', ', ', ': ', '\n', '  ', '\u200b ', '; ');

/** Tokens joined by separators: `đơn 15 doanh thu 1e308, ads …`. */
const tokenSoup = fc
  .array(fc.tuple(token, separator), { minLength: 1, maxLength: 12 })
  .map((pairs) => pairs.map(([t, s]) => t + s).join(''));

const count = fc.nat({ max: 500 });
const money = fc.oneof(fc.nat({ max: 50_000_000 }).map(String), fc.constantFrom(...NUMBERS));
const quickEntry = fc
  .tuple(
    fc.option(fc.constantFrom('hôm qua', '20/11', '23/11'), { nil: undefined }),
    count,
    money,
    money,
    count,
  )
  .map(([date, o, r, a, l]) => [date, o, r, a, l].filter((x) => x !== undefined).join(' '));

/** A text of exactly `length` characters made of one repeated piece. */
function filled(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}
const longText = fc.constantFrom(
  filled('x', TEXT_LIMIT),
  filled('9', TEXT_LIMIT),
  filled('8tr5 ', TEXT_LIMIT),
  filled('15 8tr5 2tr 85\n', TEXT_LIMIT),
  `đơn 15 doanh thu ${filled('x', 4000)} ads 2tr lead 85`,
  `/remind ${filled('9', TEXT_LIMIT - 8)}`,
  `/edit ${filled('ệ', TEXT_LIMIT - 6)}`,
  `/export ${filled('01/11 ', TEXT_LIMIT - 8)}`,
  filled('{ $x }', TEXT_LIMIT),
  `${filled('\u200b', TEXT_LIMIT - 1)}1`,
  filled('😀', TEXT_LIMIT),
);

/** Anything an owner could type: Telegram delivers non-blank text of at most 4,096 characters. */
export const ownerText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 5, arbitrary: quickEntry },
    { weight: 5, arbitrary: tokenSoup },
    { weight: 3, arbitrary: fc.constantFrom(...COMMANDS) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...COMMANDS), tokenSoup).map(([c, s]) => `${c} ${s}`) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...ODD_CHARS), minLength: 1, maxLength: 30 }) },
    { weight: 1, arbitrary: longText },
  )
  .filter((text) => text.trim() !== '' && text.length <= TEXT_LIMIT);

/** Callback data as the bot encodes it, with ids left as placeholders. */
const TEMPLATES = [
  'entry:save:{victimDraft}',
  'entry:edit:{victimDraft}',
  'entry:date:{victimDraft}',
  'entry:save:{ownDraft}',
  'entry:edit:{ownDraft}',
  'entry:date:{ownDraft}',
  'entry:save:{randomUuid}',
  'day:yes:{victimShop}:{date}',
  'day:del:{victimShop}:{date}',
  'day:edit:{victimShop}:{date}',
  'day:keep:{victimShop}:{date}',
  'day:yes:{ownShop}:{date}',
  'day:del:{ownShop}:{date}',
  'day:edit:{ownShop}:{date}',
  'daydel:{victimShop}:{date}:00000000',
  'daydel:{ownShop}:{date}:zzzzzzzz',
  'act:done:w:{victimItem}',
  'act:accepted:l:{victimItem}',
  'act:dismissed:w:{randomUuid}',
  'act:done:l3:{victimItem}',
  'acl:{victimShop}:1',
  'acl:{ownShop}:99',
  'adr:done:{randomUuid}',
  'adr:later:{victimShop}',
  'adnew:{victimShop}',
  'adnew:{ownShop}',
  'adpick:{randomUuid}',
  'adch:tiktok',
  'adskip:1',
  'shop:use:{victimShop}',
  'shop:use:{ownShop}',
  'shop:use:{randomUuid}',
  'shop:ren:{ownShop}',
  'shop:del:{ownShop}',
  'shop:yes:{victimShop}',
  'shop:keep:{ownShop}',
  'set:grp:{ownShop}:costs',
  'set:grp:{victimShop}:ads',
  'set:edit:{ownShop}:ship',
  'set:edit:{ownShop}:alert',
  'set:edit:{victimShop}:rmon',
  'set:menu:{ownShop}:shop',
  'setdef:cogs',
  'shop-new:1',
  'prod:yes:{randomUuid}',
  'prod:open:{randomUuid}',
  'prod-add:1',
  'eprod:{victimDraft}',
  'eprod:{ownDraft}',
  'epick:{randomUuid}',
  'ecount:all',
  'remind:off:{victimShop}',
  'remind:push-off:{victimShop}',
  'remind:on:{ownShop}',
  'remind:push-on:{ownShop}',
  'chart:week:{victimShop}',
  'chart:month:{ownShop}',
  'chart:goal:{ownShop}',
  'sim:goal:{randomUuid}',
  'sim:goal:{victimShop}',
  'pick:{date}',
  'lang:en',
  'lang:vi',
  'lang:xx',
  'cogs:default',
  'entry:save',
  'entry:save:{victimDraft}:extra',
  'day:yes:{victimShop}',
  'act:done:w:{victimItem}:',
  'remind::{victimShop}',
  ':',
  'entry:',
];

const DATES = [
  '2026-11-20',
  '2026-11-24',
  '2026-11-25',
  '2026-02-31',
  '1970-01-01',
  '9999-12-31',
  '2026-1-1',
];

const bytesWithin64 = (data: string) => {
  const bytes = Buffer.byteLength(data);
  return bytes >= 1 && bytes <= 64;
};

/** Callback data: real shapes with someone else's ids, stale or random ids, broken shapes, noise. */
export const callbackTemplate: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TEMPLATES) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...TEMPLATES), fc.string({ unit: fc.constantFrom(...ODD_CHARS), maxLength: 4 }))
      .map(([t, noise]) => t + noise),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
);

/** Fills a template's placeholders; the result is what Telegram would deliver (1 to 64 bytes) or null. */
export function fillTemplate(
  template: string,
  ids: Record<'victimDraft' | 'victimShop' | 'victimItem' | 'ownDraft' | 'ownShop' | 'randomUuid', string>,
  pick: number,
): string | null {
  const filled = template
    .replace(
      /\{(victimDraft|victimShop|victimItem|ownDraft|ownShop|randomUuid)\}/g,
      (_, key: keyof typeof ids) => ids[key],
    )
    .replace(/\{date\}/g, DATES[pick % DATES.length]!);
  return bytesWithin64(filled) ? filled : null;
}

/** One step of the run: who acts, and what they do. */
export type FuzzStep =
  | { who: number; kind: 'text'; text: string }
  | { who: number; kind: 'press'; pick: number }
  | { who: number; kind: 'data'; template: string; pick: number };

export function fuzzStep(owners: number): fc.Arbitrary<FuzzStep> {
  const who = fc.nat({ max: owners - 1 });
  return fc.oneof(
    { weight: 10, arbitrary: fc.record({ who, kind: fc.constant('text' as const), text: ownerText }) },
    { weight: 6, arbitrary: fc.record({ who, kind: fc.constant('press' as const), pick: fc.nat() }) },
    {
      weight: 4,
      arbitrary: fc.record({
        who,
        kind: fc.constant('data' as const),
        template: callbackTemplate,
        pick: fc.nat(),
      }),
    },
  );
}
