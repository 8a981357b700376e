import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { adDecisions, productPresets, shops, users } from '../../src/db/schema/index.js';
import { insertFourteenDays, shopOf } from '../support/ad-fixtures.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// Every name an owner gives (shop, product, ad) is stored NFC, without control, zero-width or bidirectional
// characters, and refused when no letter or digit is left. Punctuation or emoji alone is refused too.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const ZERO_WIDTHS = '\u200b\u200c\u200d\u2060';
const CONTROLS = '\u0001\u0007\u001b';
const FORMATS = '\ufeff\u00ad\u202e\u2066\u2069\u061c';
const AD_FIGURES = 'ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0, kênh khác';

const shopNames = async (ownerExternalId: string) => {
  const [owner] = await db.select().from(users).where(eq(users.externalId, ownerExternalId));
  return (await db.select().from(shops).where(eq(shops.ownerId, owner!.id))).map((s) => s.name).sort();
};
const productNames = async () => (await db.select().from(productPresets)).map((p) => p.name).sort();
const adNames = async () => (await db.select().from(adDecisions)).map((a) => a.adName).sort();

const TEXTS = {
  vi: {
    id: 2101,
    shop: 'Hoa Mai Shop',
    askStartName: 'Cửa hàng của bạn tên gì? (ví dụ: Hoa Mai Shop)',
    shopNoLetter: 'Tên cửa hàng phải có ít nhất một chữ hoặc số.',
    askNewShop: 'Cửa hàng mới tên gì?',
    addShop: 'Thêm cửa hàng',
    rename: '✏️ Đổi tên',
    askRename: 'Tên mới của cửa hàng là gì?',
    productNoLetter: 'Tên sản phẩm phải có ít nhất một chữ hoặc số.',
    example: 'Thêm nhanh: /products add Váy hoa 350k 140k (tên, giá bán, giá vốn).',
    added: '✅ Đã thêm Váy hoa.',
    duplicate: 'Đã có sản phẩm tên “VÁY HOA”. Hãy chọn tên khác.',
    addButton: 'Thêm sản phẩm',
    askPrice: 'Giá bán một Áo thun?',
    nameButton: 'Tên',
    adNoLetter: 'Tên quảng cáo phải có ít nhất một chữ hoặc số.',
    askAdName: 'Quảng cáo nào? Chọn một quảng cáo đã đánh giá, hoặc gõ tên quảng cáo mới.',
    askChannel: '“Áo dài” chạy trên kênh nào?',
    tryAgain: 'Vui lòng nhập lại (2 lần thử còn lại).',
    tryAgainOne: 'Vui lòng nhập lại (1 lần thử còn lại).',
    language: 'Tiếng Việt',
  },
  en: {
    id: 2102,
    shop: 'Anna Flowers',
    askStartName: 'What is your shop called? (for example: Hoa Mai Shop)',
    shopNoLetter: 'A shop name needs at least one letter or digit.',
    askNewShop: 'What is the new shop called?',
    addShop: 'Add a shop',
    rename: '✏️ Rename',
    askRename: "What is the shop's new name?",
    productNoLetter: 'A product name needs at least one letter or digit.',
    example: 'Quick add: /products add Flower dress 350k 140k (name, sell price, cost).',
    added: '✅ Added Váy hoa.',
    duplicate: 'There is already a product called “VÁY HOA”. Pick another name.',
    addButton: 'Add a product',
    askPrice: 'Sell price of one Áo thun?',
    nameButton: 'Name',
    adNoLetter: 'An ad name needs at least one letter or digit.',
    askAdName: 'Which ad? Pick one judged before, or type the name of a new one.',
    askChannel: 'Where does “Áo dài” run?',
    tryAgain: 'Please try again (2 tries left).',
    tryAgainOne: 'Please try again (1 try left).',
    language: 'English',
  },
};

forEachLanguage(TEXTS, 'names', (locale, x) => {
  it('/start: a shop name of zero-width or control characters is refused for having no letter', async () => {
    const chat = h.user({ id: x.id, first_name: 'Lan', language_code: locale });
    expect((await chat.send('/start')).texts.at(-1)).toBe(x.askStartName);
    expect((await chat.send(ZERO_WIDTHS)).texts).toEqual([
      `${x.shopNoLetter}\n${x.askStartName}\n${x.tryAgain}`,
    ]);
    expect((await chat.send(`${CONTROLS} 🌸 ...`)).texts).toEqual([
      `${x.shopNoLetter}\n${x.askStartName}\n${x.tryAgainOne}`,
    ]);
    // Decomposed Vietnamese with a right-to-left override inside: stored composed, without the override.
    await chat.send('Tie\u0302\u0323m\u202e Ba\u0301nh');
    await chat.press(x.language);
    await chat.press(/40/);
    expect(await shopNames(String(x.id))).toEqual(['Tiệm Bánh']);
  });

  it('/shop add and rename: refused with the right reason, stored cleaned, shown on the buttons', async () => {
    const chat = await startOwner(h, locale, x.id);
    await chat.send('/shop');
    await chat.press(x.addShop);
    expect((await chat.send(FORMATS)).texts).toEqual([`${x.shopNoLetter}\n${x.askNewShop}\n${x.tryAgain}`]);
    await chat.send('Chi\u0007 nhánh\u200b 2\u001b');
    await chat.press(/40/);
    expect(await shopNames(String(x.id))).toEqual([x.shop, 'Chi nhánh 2'].sort());

    const list = await chat.send('/shop');
    expect(chat.buttons(list.sent[0]).join('')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    await chat.send('/shop');
    const asked = await chat.press(x.rename);
    expect(asked.texts).toEqual([x.askRename]);
    // Control characters: no letter is left, and that is the reason given (not "reads as a day's numbers").
    expect((await chat.send(CONTROLS)).texts).toEqual([`${x.shopNoLetter}\n${x.askRename}\n${x.tryAgain}`]);
    expect((await chat.send(ZERO_WIDTHS)).texts).toEqual([
      `${x.shopNoLetter}\n${x.askRename}\n${x.tryAgainOne}`,
    ]);
    const renamed = await chat.send('Tiệm\u202e Bánh\u0001 Số 1');
    expect(renamed.texts[0]).toMatch(/Tiệm Bánh Số 1\.$/);
    expect(await shopNames(String(x.id))).toEqual([x.shop, 'Tiệm Bánh Số 1'].sort());
  });

  it('/products add: an invisible name is refused, a real one stored cleaned and compared cleaned', async () => {
    const chat = await startOwner(h, locale, x.id);
    expect((await chat.send(`/products add ${ZERO_WIDTHS} 300k 100k`)).texts).toEqual([
      `${x.productNoLetter}\n${x.example}`,
    ]);
    expect((await chat.send(`/products add ${CONTROLS} 300k 100k`)).texts).toEqual([
      `${x.productNoLetter}\n${x.example}`,
    ]);
    expect((await chat.send('/products add 🌸🌸 ... 300k 100k')).texts).toEqual([
      `${x.productNoLetter}\n${x.example}`,
    ]);
    expect(await productNames()).toEqual([]);
    const added = await chat.send('/products add Va\u0301y\u202e hoa\u200b 350k 140k');
    expect(added.texts[0]!.split('\n')[0]).toBe(x.added);
    expect(await productNames()).toEqual(['Váy hoa']);
    // The same name with other invisible characters and another case is the same product.
    expect((await chat.send('/products add VÁY\u2060 HOA\ufeff 200k 100k')).texts).toEqual([x.duplicate]);
    const list = await chat.send('/products');
    expect(chat.buttons(list.sent[0])).toContain('✏️ Váy hoa');
  });

  it('/products by buttons and rename: the same rule at the name question', async () => {
    const chat = await startOwner(h, locale, x.id);
    await chat.send('/products');
    await chat.press(x.addButton);
    expect((await chat.send(FORMATS)).texts[0]).toBe(`${x.productNoLetter}\n${x.tryAgain}`);
    expect((await chat.send('\u0001Áo\u200d thun\u0007')).texts[0]).toContain(x.askPrice);
    await chat.send('200k');
    await chat.send('120k');
    expect(await productNames()).toEqual(['Áo thun']);

    await chat.send('/products');
    await chat.press('✏️ Áo thun');
    await chat.press(new RegExp(`^${x.nameButton}$`));
    expect((await chat.send(ZERO_WIDTHS)).texts[0]).toBe(`${x.productNoLetter}\n${x.tryAgain}`);
    expect((await chat.send('Áo\u202e thun\u200b xanh')).texts[0]).toContain('Áo thun xanh');
    expect(await productNames()).toEqual(['Áo thun xanh']);
  });

  it('/ads: by one line and by questions, an ad name is refused with the reason or stored cleaned', async () => {
    const chat = await startOwner(h, locale, x.id);
    await insertFourteenDays(db, await shopOf(db, x.id));
    const line = await chat.send(`/ads ${ZERO_WIDTHS}: ${AD_FIGURES}`);
    expect(line.texts[0]!.split('\n')[0]).toBe(x.adNoLetter);
    expect((await chat.send(`/ads ${CONTROLS} 🌸: ${AD_FIGURES}`)).texts[0]!.split('\n')[0]).toBe(
      x.adNoLetter,
    );
    await chat.send(`/ads Bo\u0301\u202e ho\u0302\u0300ng\u0007: ${AD_FIGURES}`);
    expect(await adNames()).toEqual(['Bó hồng']);

    await chat.send('/ads');
    const asked = await chat.press(/➕/);
    expect(asked.texts).toEqual([x.askAdName]);
    expect(chat.buttons(asked.sent[0])).toEqual(['Bó hồng']);
    expect((await chat.send(FORMATS)).texts).toEqual([`${x.adNoLetter}\n${x.tryAgain}`]);
    expect((await chat.send('A\u0301o\u200b da\u0300i\u001b')).texts).toEqual([x.askChannel]);
  });
});
