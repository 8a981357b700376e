import { InlineKeyboard } from 'grammy';
import type { AdDecision } from '../../db/schema/index.js';
import { type AdBasis, type AdBasisKey, hasEnoughDays, missingBasis } from '../../domain/ad-basis.js';
import { adRoas } from '../../domain/ad-judgement.js';
import { formatDate, formatMoney, formatPercent, formatRatio } from '../../domain/format.js';
import { MIN_BASIS_DAYS } from '../../domain/funnel-basis.js';
import { localDate } from '../../domain/local-date.js';
import type { Locale } from '../../domain/locale.js';
import { echoInput } from '../../domain/message-text.js';
import type { Renderer, Translate } from '../../i18n/translator.js';
import type { JudgedAd } from '../../services/ad-judgement.js';
import { adResponseData } from '../callback-data/ads.js';
import { formatAdNumber, formatAdParams, signalUnit } from './ad-params.js';

/** The decision as the answer's title and the list show it. */
export const DECISION_KEYS: Record<AdDecision['decision'], string> = {
  SCALE: 'ads-decision-scale',
  KEEP: 'ads-decision-keep',
  KILL: 'ads-decision-kill',
};

export const CHANNEL_KEYS: Record<AdDecision['channel'], string> = {
  facebook: 'ads-channel-facebook',
  tiktok: 'ads-channel-tiktok',
  zalo: 'ads-channel-zalo',
  other: 'ads-channel-other',
};

const REASON_KEYS: Record<string, string> = {
  'kill-no-order': 'ads-reason-kill-no-order',
  'kill-no-lead': 'ads-reason-kill-no-lead',
  'kill-roas': 'ads-reason-kill-roas',
  'learning-days': 'ads-reason-learning-days',
  'learning-spend': 'ads-reason-learning-spend',
  'scale-roas': 'ads-reason-scale-roas',
  'scale-cpl': 'ads-reason-scale-cpl',
  'scale-orders': 'ads-reason-scale-orders',
  'keep-roas': 'ads-reason-keep-roas',
  'change-closing': 'ads-change-closing',
  'change-high-cpl': 'ads-change-high-cpl',
  'change-low-ctr': 'ads-change-low-ctr',
  'change-raise-roas': 'ads-change-raise-roas',
  'change-more-orders': 'ads-change-more-orders',
  'change-no-orders': 'ads-change-no-orders',
  'change-need-cpl': 'ads-change-need-cpl',
};

const SIGNAL_KEYS: Record<string, string> = {
  'low-ctr': 'ads-signal-low-ctr',
  'high-cpl': 'ads-signal-high-cpl',
  'no-lead': 'ads-signal-no-lead',
  'cpm-spike': 'ads-signal-cpm-spike',
};

const BASIS_KEYS: Record<AdBasisKey, string> = {
  cpa: 'ads-basis-cpa',
  cpl: 'ads-basis-cpl',
  roas: 'ads-basis-roas',
  scaleRoas: 'ads-basis-scale-roas',
};

/** An owner's own ads target is named as a target, not as a break-even. */
const TARGET_KEYS: Partial<Record<AdBasisKey, string>> = {
  cpa: 'ads-basis-cpa-target',
  cpl: 'ads-basis-cpl-target',
};

const BASIS_NAME_KEYS: Record<AdBasisKey, string> = {
  cpa: 'ads-basis-cpa-name',
  cpl: 'ads-basis-cpl-name',
  roas: 'ads-basis-roas-name',
  scaleRoas: 'ads-basis-scale-roas-name',
};

function basisValue(basis: AdBasis, key: AdBasisKey, locale: Locale): string | null {
  const value = {
    cpa: basis.breakEvenCpa,
    cpl: basis.breakEvenCpl,
    roas: basis.breakEvenRoas,
    scaleRoas: basis.scaleRoas,
  }[key];
  if (value === null) return null;
  return key === 'cpa' || key === 'cpl' ? formatMoney(value, locale) : formatRatio(value, locale);
}

/** Which reference numbers were used and where each came from: derived from N days, or set by the owner. */
function renderBasis(basis: AdBasis, { locale, t }: Renderer): string {
  const items = (Object.keys(BASIS_KEYS) as AdBasisKey[]).flatMap((key) => {
    const value = basisValue(basis, key, locale);
    if (value === null) return [];
    const owner = basis.sources[key] === 'owner';
    const mark = owner ? ` ${t('ads-basis-owner-mark')}` : '';
    return [`${t((owner && TARGET_KEYS[key]) || BASIS_KEYS[key], { value })}${mark}`];
  });
  const days = basis.recordedDays;
  const lines = [
    hasEnoughDays(basis)
      ? t('ads-basis-derived', { days })
      : t('ads-basis-few-days', { days, needed: MIN_BASIS_DAYS }),
  ];
  if (items.length > 0) lines.push(items.join(' · '));
  const missing = missingBasis(basis);
  if (missing.length === items.length + missing.length) lines.push(t('ads-basis-none'));
  else if (missing.length > 0)
    lines.push(t('ads-basis-missing', { missing: missing.map((key) => t(BASIS_NAME_KEYS[key])).join(', ') }));
  if (basis.alertMaxCpl !== null && basis.alertMaxCpl !== undefined)
    lines.push(t('ads-basis-alert-max-cpl', { value: formatMoney(basis.alertMaxCpl, locale) }));
  return lines.join('\n');
}

function reasonLine(
  code: string,
  params: Record<string, number>,
  basis: Pick<AdBasis, 'sources'>,
  { locale, t }: Renderer,
): string {
  const key = REASON_KEYS[code];
  if (!key) return code;
  // The shop's closing rate is unknown with fewer than 7 recorded days; a CPA or CPL the owner set is
  // named as their target, a derived one as break-even.
  return t(key, {
    shopCvr: '—',
    cpaBasis: basis.sources.cpa ?? 'derived',
    cplBasis: basis.sources.cpl ?? 'derived',
    ...formatAdParams(params, locale),
  });
}

/** What to do now: turn it off, the new daily budget, let it learn, or the one change to make. */
function renderAction(judged: JudgedAd, renderer: Renderer): string[] {
  const { locale, t } = renderer;
  const { judgement } = judged;
  if (judgement.decision === 'KILL') return [t('ads-action-kill')];
  if (judgement.decision === 'SCALE' && judgement.budget) {
    const { current, next, stepRatio } = judgement.budget;
    // The raise as shown, after the new budget was rounded to what an ads manager takes.
    const shownStep = current > 0 ? (next - current) / current : stepRatio;
    return [
      t('ads-action-scale', {
        current: formatMoney(current, locale),
        next: formatMoney(next, locale),
        step: formatPercent(shownStep, locale, 0),
      }),
    ];
  }
  const change = judgement.reasons.at(-1);
  if (change?.code.startsWith('change-'))
    return [reasonLine(change.code, change.params, judged.basis, renderer)];
  return [t('ads-action-learning')];
}

function roasText(row: Pick<AdDecision, 'revenue' | 'spend'>, locale: Locale): string {
  const roas = adRoas(row);
  return roas === null ? '—' : formatRatio(roas, locale);
}

/** "Since last time": spend, ROAS and decision then and now. */
function renderPrevious(judged: JudgedAd, timeZone: string, { locale, t }: Renderer): string | null {
  const { previous, row } = judged;
  if (!previous) return null;
  return t('ads-previous', {
    date: formatDate(localDate(previous.createdAt, timeZone), locale),
    spendBefore: formatMoney(previous.spend, locale),
    spend: formatMoney(row.spend, locale),
    roasBefore: roasText(previous, locale),
    roas: roasText(row, locale),
    decisionBefore: previous.decision,
    decision: row.decision,
  });
}

/** The answer to one judged ad: decision, reasons in numbers, what to do, basis, signals, what changed. */
export function renderAdJudgement(judged: JudgedAd, timeZone: string, renderer: Renderer): string {
  const { locale, t } = renderer;
  const { row, judgement, signals } = judged;
  const title = t('ads-title', {
    decision: t(DECISION_KEYS[row.decision]),
    name: echoInput(row.adName),
    channel: t(CHANNEL_KEYS[row.channel]),
  });
  const reasons = judgement.reasons
    .filter((reason) => !reason.code.startsWith('change-'))
    .map((reason) => `• ${reasonLine(reason.code, reason.params, judged.basis, renderer)}`);
  const sections = [[title, ...reasons, ...renderAction(judged, renderer)].join('\n')];
  sections.push(renderBasis(judged.basis, renderer));
  if (signals.length > 0) {
    const lines = signals.map((signal) => {
      const unit = signalUnit(signal.code);
      return `• ${t(SIGNAL_KEYS[signal.code]!, {
        value: formatAdNumber(signal.value, unit, locale),
        threshold: formatAdNumber(signal.threshold, unit, locale),
        cplBasis: judged.basis.sources.cpl ?? 'derived',
      })}`;
    });
    sections.push([t('ads-signals-title'), ...lines].join('\n'));
  }
  const previous = renderPrevious(judged, timeZone, renderer);
  if (previous) sections.push(previous);
  return sections.join('\n\n');
}

/** "Đã làm" / "Để sau" under a SCALE or KILL; none under a KEEP. */
export function adResponseKeyboard(
  row: Pick<AdDecision, 'id' | 'decision'>,
  t: Translate,
): InlineKeyboard | undefined {
  if (row.decision === 'KEEP') return undefined;
  return new InlineKeyboard()
    .text(t('ads-button-done'), adResponseData.encode({ response: 'done', decisionId: row.id }))
    .text(t('ads-button-later'), adResponseData.encode({ response: 'later', decisionId: row.id }));
}
