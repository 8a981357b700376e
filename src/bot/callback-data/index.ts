import { z } from 'zod';
import { LOCALES } from '../../domain/locale.js';
import { REAPPLIED_COST_CODE_LIST } from '../../domain/reapplied-cost.js';
import { SETTING_CODES, SETTING_GROUPS } from '../../domain/settings-catalog.js';
import { SHOWN_LENGTHS } from '../../domain/shown-version.js';
import { defineCallbackData, isoDate, shown, uuid } from './callback-data.js';

/** Save / Edit / Change date on an entry's confirmation card. */
export const entryCardData = defineCallbackData('entry', {
  action: z.enum(['save', 'edit', 'date']),
  draftId: uuid,
});

/**
 * Edit or delete (asks first) a saved day, or keep it (cancels the delete); fill: enter a day the evening
 * reminder named as missed (refused once the day has a record).
 */
export const dayData = defineCallbackData('day', {
  action: z.enum(['edit', 'del', 'keep', 'fill']),
  shopId: uuid,
  date: isoDate,
});

/** Yes on a day's delete confirmation; `shown` = the record as it was shown (savedDayVersion). */
export const dayDeleteData = defineCallbackData('daydel', {
  shopId: uuid,
  date: isoDate,
  shown: shown(SHOWN_LENGTHS.day),
});

/** A date picked with a button while a flow asks "which day?". */
export const pickDateData = defineCallbackData('pick', { date: isoDate });

export const languageData = defineCallbackData('lang', { locale: z.enum(LOCALES) });

/** On /shop: use (switch to), rename, delete (asks), keep (cancels the delete). */
export const shopData = defineCallbackData('shop', {
  action: z.enum(['use', 'ren', 'del', 'keep']),
  shopId: uuid,
});

/** Yes on a shop's delete confirmation; `shown` = its name and day count as shown (shopDeleteVersion). */
export const shopDeleteData = defineCallbackData('shopdel', {
  shopId: uuid,
  shown: shown(SHOWN_LENGTHS.shop),
});
/** On /settings: open a group. */
export const settingsGroupData = defineCallbackData('set:grp', {
  shopId: uuid,
  group: z.enum(SETTING_GROUPS),
});

/** Under a group: change a setting, by its code (a switch flips, any other asks the new value). */
export const settingEditData = defineCallbackData('set:edit', { shopId: uuid, code: z.enum(SETTING_CODES) });

/** Under a group (named, the one it was pressed in): back to the menu. */
export const settingsMenuData = defineCallbackData('set:menu', {
  shopId: uuid,
  group: z.enum(SETTING_GROUPS),
});
/**
 * Re-apply one cost as it is now (`cost`, REAPPLIED_COST_CODE_LIST) to the saved days from a date (y) or keep
 * them (n); `shown` = the offer as it was shown (costReapplyVersion: the settings and the days). 64 bytes
 * with an 8-character `shown`.
 */
export const reapplyData = defineCallbackData('rap', {
  action: z.enum(['y', 'n']),
  shopId: uuid,
  from: isoDate,
  cost: z.enum(REAPPLIED_COST_CODE_LIST),
  shown: shown(SHOWN_LENGTHS.costReapply),
});
/** "Back to default" while a setting's new value is asked. */
export const settingDefaultData = defineCallbackData('setdef', { code: z.enum(SETTING_CODES) });
export const newShopData = defineCallbackData('shop-new', { confirm: z.literal('1') });

export const cogsDefaultData = defineCallbackData('cogs', { choice: z.literal('default') });
