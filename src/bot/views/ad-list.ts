import { InlineKeyboard } from 'grammy';
import type { AdDecision } from '../../db/schema/index.js';
import { formatDate } from '../../domain/format.js';
import { localDate } from '../../domain/local-date.js';
import { echoInput } from '../../domain/message-text.js';
import type { Renderer, Translate } from '../../i18n/translator.js';
import { adJudgeData } from '../callback-data/ads.js';
import { CHANNEL_KEYS, DECISION_KEYS } from './ad-judgement.js';

export const RESPONSE_KEYS: Record<NonNullable<AdDecision['ownerResponse']>, string> = {
  done: 'ads-response-done',
  later: 'ads-response-later',
};

/** One ad on a line: name, channel, last decision, its date and the owner's answer to it. */
export function renderAdLine(row: AdDecision, timeZone: string, { locale, t }: Renderer): string {
  const line = t('ads-list-line', {
    name: echoInput(row.adName),
    channel: t(CHANNEL_KEYS[row.channel]),
    decision: t(DECISION_KEYS[row.decision]),
    date: formatDate(localDate(row.createdAt, timeZone), locale),
  });
  return row.ownerResponse ? `${line} · ${t(RESPONSE_KEYS[row.ownerResponse])}` : line;
}

/** /ads alone: the shop's ads with their last decision, and how to judge one. */
export function renderAdList(
  rows: readonly AdDecision[],
  shopName: string,
  timeZone: string,
  renderer: Renderer,
): string {
  const { t } = renderer;
  const lines = rows.map((row) => `• ${renderAdLine(row, timeZone, renderer)}`);
  return [t('ads-list-title', { shop: shopName }), ...lines, '', t('ads-list-hint')].join('\n');
}

export function adListKeyboard(shopId: string, t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t('ads-button-judge'), adJudgeData.encode({ shopId }));
}
