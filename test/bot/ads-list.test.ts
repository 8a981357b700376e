import { expect, it } from 'vitest';
import { adDecisions } from '../../src/db/schema/index.js';
import { insertFourteenDays, shopOf } from '../support/ad-fixtures.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// The /ads list, judging an ad again (what changed), the "Đã làm" / "Để sau" answers, another owner, and the
// weekly report's ads. The shop: break-even CPA 300.000 ₫, CPL 60.000 ₫ (see ads-line.test.ts).

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const at = (local: string) => new Date(`${local}+07:00`);

const TEXTS = {
  vi: {
    title: '📣 Quảng cáo của Hoa Mai Shop (lần đánh giá gần nhất):',
    lines: [
      '• Quần (Kênh khác): 🟡 KEEP (giữ nguyên) · 21/11/2026',
      '• Áo thun (Kênh khác): 🚀 SCALE (tăng ngân sách) · 21/11/2026',
      '• Váy đỏ (Facebook): 🔴 KILL (tắt) · 20/11/2026 · ✅ đã làm',
    ],
    judge: '➕ Đánh giá một quảng cáo',
    done: '✅ Đã làm',
    later: '⏰ Để sau',
    answeredDone: 'Đã ghi nhận: bạn đã làm.',
    answeredLater: 'Đã ghi nhận: để sau.',
    already: 'Quyết định này đã được trả lời rồi.',
    stale: 'Nút này đã cũ hoặc không còn hiệu lực.',
    // Váy đỏ again: 1.000.000 → 1.500.000 ₫, 2 orders of 500.000 ₫ now: ROAS 0 → 1.000.000 / 1.500.000 = 0,67.
    changed:
      '🔁 So với lần trước (20/11/2026): chi 1.000.000 ₫ → 1.500.000 ₫ · ROAS 0,00 → 0,67 · KILL → KILL',
    askNameNew: 'Quảng cáo tên gì? (ví dụ: Váy đỏ)',
    weekTitle: '📣 Quảng cáo đã đánh giá trong tuần:',
    weekLines: [
      '• Váy đỏ (Facebook): 🔴 KILL (tắt) · 20/11/2026 · ✅ đã làm',
      '• Áo thun (Kênh khác): 🚀 SCALE (tăng ngân sách) · 21/11/2026 · chưa trả lời',
      '• Quần (Kênh khác): 🟡 KEEP (giữ nguyên) · 21/11/2026',
    ],
  },
  en: {
    title: '📣 Ads of Anna Flowers (latest judgement):',
    lines: [
      '• Quần (Other channel): 🟡 KEEP (leave it) · Sat 21 Nov 2026',
      '• Áo thun (Other channel): 🚀 SCALE (raise the budget) · Sat 21 Nov 2026',
      '• Váy đỏ (Facebook): 🔴 KILL (turn it off) · Fri 20 Nov 2026 · ✅ done',
    ],
    judge: '➕ Judge an ad',
    done: '✅ Done',
    later: '⏰ Later',
    answeredDone: 'Noted: done.',
    answeredLater: 'Noted: later.',
    already: 'This decision was already answered.',
    stale: 'This button is old or no longer active.',
    changed:
      '🔁 Since last time (Fri 20 Nov 2026): spend 1,000,000 ₫ → 1,500,000 ₫ · ROAS 0.00 → 0.67 · KILL → KILL',
    askNameNew: 'What is the ad called? (for example: Red dress)',
    weekTitle: '📣 Ads judged this week:',
    weekLines: [
      '• Váy đỏ (Facebook): 🔴 KILL (turn it off) · Fri 20 Nov 2026 · ✅ done',
      '• Áo thun (Other channel): 🚀 SCALE (raise the budget) · Sat 21 Nov 2026 · not answered',
      '• Quần (Other channel): 🟡 KEEP (leave it) · Sat 21 Nov 2026',
    ],
  },
};

forEachLanguage(TEXTS, '/ads list, answers and the week', (locale, x) => {
  const id = locale === 'vi' ? 821 : 822;

  /** Váy đỏ judged KILL on Friday 20/11 and answered "done", Áo thun SCALE and Quần KEEP on Saturday 21/11. */
  async function judgedWeek() {
    const chat = await startOwner(h, locale, id);
    await insertFourteenDays(db, await shopOf(db, id));
    h.clock.now = at('2026-11-20T10:00:00');
    const kill = await chat.send('/ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0, kênh fb');
    // The buttons' data as sent, before the press takes them off the message.
    const buttons = kill.sent[0]!.keyboard[0]!.map((b) => b.callback_data!);
    const done = await chat.press(x.done, kill.sent[0]);
    h.clock.now = at('2026-11-21T10:00:00');
    await chat.send('/ads Áo thun: ngày 5, chi 2tr, lead 100, đơn 20, doanh thu 10tr, kênh khác');
    h.clock.now = at('2026-11-21T11:00:00');
    await chat.send('/ads Quần: ngày 1, chi 100k, lead 3, đơn 0, doanh thu 0, kênh khác');
    h.clock.now = at('2026-11-24T20:00:00');
    return { chat, kill, done, buttons };
  }

  it('records "Đã làm" once: the buttons go, a second press and another owner’s press change nothing', async () => {
    const { chat, kill, done, buttons } = await judgedWeek();
    expect(done.answers).toEqual([x.answeredDone]);
    expect(done.edited.map((m) => m.messageId)).toEqual([kill.sent[0]!.messageId]);
    expect(chat.buttons(done.edited[0])).toEqual([]);
    const killed = (await db.select().from(adDecisions)).find((r) => r.decision === 'KILL')!;
    expect(killed).toMatchObject({ ownerResponse: 'done', respondedAt: at('2026-11-20T10:00:00') });

    // The same button again (an old copy of the message still shows it): answered, nothing changes.
    const [doneData, laterData] = buttons;
    const again = await chat.pressData(laterData!, kill.sent[0]);
    expect(again.answers).toEqual([x.already]);
    expect(again.edited).toEqual([]);
    const stranger = await startOwner(h, locale, id + 100);
    expect((await stranger.pressData(doneData!, kill.sent[0])).answers).toEqual([x.stale]);
    expect((await db.select().from(adDecisions)).find((r) => r.id === killed.id)).toMatchObject({
      ownerResponse: 'done',
    });
  });

  it('"Để sau" is recorded the same way; a stranger pressing it first changes nothing', async () => {
    const chat = await startOwner(h, locale, id);
    await insertFourteenDays(db, await shopOf(db, id));
    const scale = await chat.send(
      '/ads Áo thun: ngày 5, chi 2tr, lead 100, đơn 20, doanh thu 10tr, kênh khác',
    );
    const laterData = scale.sent[0]!.keyboard[0]![1]!.callback_data!;
    const stranger = await startOwner(h, locale, id + 200);
    expect((await stranger.pressData(laterData, scale.sent[0])).answers).toEqual([x.stale]);
    expect((await db.select().from(adDecisions))[0]!.ownerResponse).toBeNull();
    const later = await chat.press(x.later, scale.sent[0]);
    expect(later.answers).toEqual([x.answeredLater]);
    expect((await db.select().from(adDecisions))[0]).toMatchObject({ ownerResponse: 'later' });
  });

  it('/ads lists the shop’s ads with their last decision, date and answer; another owner sees none of them', async () => {
    const { chat } = await judgedWeek();
    const list = await chat.send('/ads');
    expect(list.texts[0]!.split('\n').slice(0, 4)).toEqual([x.title, ...x.lines]);
    expect(chat.buttons(list.sent[0])).toEqual([x.judge]);

    const stranger = await startOwner(h, locale, id + 300);
    // Nothing judged in the stranger's shop: straight to the questions, no ad of the other shop offered.
    const theirs = await stranger.send('/ads');
    expect(theirs.texts).toEqual([x.askNameNew]);
    expect(theirs.sent[0]!.keyboard).toEqual([]);
    await stranger.send('/cancel');
    // The other owner's "judge an ad" button starts nothing.
    expect((await stranger.press(x.judge, list.sent[0])).answers).toEqual([x.stale]);
  });

  it('a redelivered /ads or press is handled once: one row, one answer', async () => {
    const chat = await startOwner(h, locale, id);
    await insertFourteenDays(db, await shopOf(db, id));
    const kill = await chat.send('/ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0, kênh khác');
    expect((await chat.redeliver(chat.lastUpdate!)).calls).toEqual([]);
    await chat.press(x.later, kill.sent[0]);
    expect((await chat.redeliver(chat.lastUpdate!)).calls).toEqual([]);
    expect((await db.select().from(adDecisions)).map((r) => r.ownerResponse)).toEqual(['later']);
  });

  it('judging an ad again shows what changed since last time', async () => {
    const { chat } = await judgedWeek();
    const again = await chat.send('/ads váy đỏ: ngày 6, chi 1tr5, lead 10, đơn 2, doanh thu 1tr, kênh fb');
    expect(again.texts[0]).toContain(x.changed);
  });

  it('the weekly report lists the ads judged that week with their answers', async () => {
    const { chat } = await judgedWeek();
    // Judged on Tuesday 24/11: not in last week (16–22/11).
    await chat.send('/ads Mũ: ngày 2, chi 100k, lead 1, đơn 0, doanh thu 0, kênh khác');
    const report = (await chat.send('/week')).texts[0]!;
    expect(report).toContain([x.weekTitle, ...x.weekLines].join('\n'));
    expect(report).not.toContain('Mũ');
  });
});
