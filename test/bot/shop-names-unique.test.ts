import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { shops, users } from '../../src/db/schema/index.js';
import type { Locale } from '../../src/domain/locale.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// Two shops of one owner never share a name, letter case and accents aside: adding or renaming to a name
// another of the owner's shops has is refused, naming that shop, and the name is asked again.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

interface Language {
  id: number;
  first: string;
  /** `first` in other letter case, accents and spaces. */
  sameAsFirst: string[];
  addShop: string;
  askNewShop: string;
  rename: string;
  askNewName: string;
  taken: (name: string, shop: string) => string;
  tryAgain: string;
  renamed: (old: string, name: string) => string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 2301,
    first: 'Hoa Mai Shop',
    sameAsFirst: ['hoa mai shop', 'Hòa Mãi Shop', 'HOA  MAI  SHỌP'],
    addShop: 'Thêm cửa hàng',
    askNewShop: 'Cửa hàng mới tên gì?',
    rename: '✏️ Đổi tên',
    askNewName: 'Tên mới của cửa hàng là gì?',
    taken: (name, shop) =>
      `Bạn đã có cửa hàng “${shop}”; tên “${name}” trùng với nó (chữ hoa, chữ thường và dấu không tính là khác). Hãy chọn tên khác.`,
    tryAgain: 'Bạn đã nhập sai 3 lần',
    renamed: (old, name) => `✅ Đã đổi tên cửa hàng: ${old} → ${name}.`,
  },
  en: {
    id: 2302,
    first: 'Anna Flowers',
    sameAsFirst: ['anna flowers', 'Ánna Flòwers', 'ANNA   FLOWERS'],
    addShop: 'Add a shop',
    askNewShop: 'What is the new shop called?',
    rename: '✏️ Rename',
    askNewName: "What is the shop's new name?",
    taken: (name, shop) =>
      `You already have a shop called “${shop}”; “${name}” is the same name (capital letters and accents aside). Pick another name.`,
    tryAgain: 'That was 3 wrong answers',
    renamed: (old, name) => `✅ Shop renamed: ${old} → ${name}.`,
  },
};

/** The names of the shops of the user with this Telegram id, sorted. */
async function namesOf(id: number): Promise<string[]> {
  const rows = await db
    .select({ name: shops.name })
    .from(shops)
    .innerJoin(users, eq(users.id, shops.ownerId))
    .where(eq(users.externalId, String(id)));
  return rows.map((r) => r.name).sort();
}

/** What the chat says once a name is typed: one message, a name refusal and the question again. */
const refusedAndAskedAgain = (lang: Language, name: string, question: string) =>
  `${lang.taken(name, lang.first)}\n${question}`;

forEachLanguage(LANGUAGES, 'one name per shop of an owner', (locale, lang) => {
  it('adding a shop with the name of one the owner has is refused, naming it, and asked again', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('/shop');
    expect((await chat.press(lang.addShop)).texts).toEqual([lang.askNewShop]);
    for (const same of lang.sameAsFirst.slice(0, 2)) {
      const refused = await chat.send(same);
      expect(refused.texts).toEqual([refusedAndAskedAgain(lang, same, lang.askNewShop)]);
    }
    expect(await namesOf(lang.id)).toEqual([lang.first]);
    const asked = await chat.send(`${lang.first} 2`);
    expect(asked.texts[0]).toContain('40');
    await chat.press(/40/);
    expect(await namesOf(lang.id)).toEqual([lang.first, `${lang.first} 2`]);
  });

  it('renaming a shop to the name of another of the owner is refused; its own name in new letters is fine', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('/shop');
    await chat.press(lang.addShop);
    await chat.send('Tiệm Bánh Mì');
    await chat.press(/40/);
    await chat.send('/shop');
    expect((await chat.press(lang.rename)).texts).toEqual([lang.askNewName]);
    const typed = lang.sameAsFirst[2]!;
    const refused = await chat.send(typed);
    // The name is cleaned (runs of spaces made one) before it is compared and echoed.
    const cleaned = typed.replace(/\s+/g, ' ');
    expect(refused.texts).toEqual([refusedAndAskedAgain(lang, cleaned, lang.askNewName)]);
    expect(await namesOf(lang.id)).toEqual([lang.first, 'Tiệm Bánh Mì'].sort());
    expect((await chat.send('tiệm bánh mì')).texts).toEqual([lang.renamed('Tiệm Bánh Mì', 'tiệm bánh mì')]);
    expect(await namesOf(lang.id)).toEqual([lang.first, 'tiệm bánh mì'].sort());
  });

  it('after the third name refused as taken the rename stops and nothing changes', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('/shop');
    await chat.press(lang.addShop);
    await chat.send('Chi nhánh 2');
    await chat.press(/40/);
    await chat.send('/shop');
    await chat.press(lang.rename);
    await chat.send(lang.sameAsFirst[0]!);
    await chat.send(lang.sameAsFirst[1]!);
    const last = await chat.send(lang.sameAsFirst[2]!);
    expect(last.texts).toHaveLength(1);
    expect(last.texts[0]).toContain(lang.taken(lang.sameAsFirst[2]!.replace(/\s+/g, ' '), lang.first));
    expect(last.texts[0]).toContain(lang.tryAgain);
    expect((await chat.send('Chi nhánh 3')).texts.join('\n')).not.toContain(
      lang.renamed('Chi nhánh 2', 'Chi nhánh 3'),
    );
    expect(await namesOf(lang.id)).toEqual(['Chi nhánh 2', lang.first].sort());
  });

  it('a shop given the name while the new shop was being set up is found when it is created', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('/shop');
    await chat.press(lang.addShop);
    const asked = await chat.send('Chi nhánh Quận 3');
    expect(asked.texts[0]).toContain('40');
    // Another instance of the bot (or any other writer) names the owner's first shop so meanwhile.
    await db.update(shops).set({ name: 'chi nhánh quận 3' }).where(eq(shops.name, lang.first));
    const refused = await chat.press(/40/);
    expect(refused.texts).toEqual([
      `${lang.taken('Chi nhánh Quận 3', 'chi nhánh quận 3')}\n${lang.askNewShop}`,
    ]);
    expect(await namesOf(lang.id)).toEqual(['chi nhánh quận 3']);
    const done = await chat.send('Chi nhánh Quận 5');
    expect(done.texts[0]).toContain('Chi nhánh Quận 5');
    expect(await namesOf(lang.id)).toEqual(['Chi nhánh Quận 5', 'chi nhánh quận 3'].sort());
  });
});

it("another owner's shop of the same name does not count, nor a first shop at /start", async () => {
  const lan = h.user({ id: 2311, first_name: 'Lan', language_code: 'vi' });
  await onboard(lan, { shopName: 'Hoa Mai Shop' });
  const mai = h.user({ id: 2312, first_name: 'Mai', language_code: 'vi' });
  await onboard(mai, { shopName: 'hoa mai shop' });
  expect(await namesOf(2311)).toEqual(['Hoa Mai Shop']);
  expect(await namesOf(2312)).toEqual(['hoa mai shop']);
});
