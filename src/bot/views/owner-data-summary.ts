import type { Translate } from '../../i18n/translator.js';
import type { OwnerDataCounts } from '../../services/owner-erasure.js';

/** Optional lines: shown only when the owner has such rows. */
const OPTIONAL_LINES = [
  ['monthlyGoals', 'data-summary-goals'],
  ['adDecisions', 'data-summary-ad-decisions'],
  ['productPresets', 'data-summary-presets'],
  ['growthSimulations', 'data-summary-simulations'],
] as const;

/** The deletion confirmation: what will go, shop by shop name and table by table, counted. */
export function deletionConfirmText(counts: OwnerDataCounts, t: Translate): string {
  const lines = [
    t('data-summary-shops', {
      count: counts.shops.length,
      names: counts.shops.map((shop) => shop.name).join(', '),
    }),
    t('data-summary-days', { count: counts.days }),
  ];
  if (counts.weeklyDiagnoses > 0) {
    lines.push(t('data-summary-diagnoses', { count: counts.weeklyDiagnoses, items: counts.actionItems }));
  }
  for (const [field, key] of OPTIONAL_LINES) {
    if (counts[field] > 0) lines.push(t(key, { count: counts[field] }));
  }
  lines.push(t('data-summary-rest'));
  return t('data-delete-confirm', { summary: lines.join('\n') });
}
