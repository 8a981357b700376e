import { foldText } from './fold-text.js';
import { defaultWeeklyPushTime } from './push-slot.js';
import {
  parseSettingValue,
  type SettingBounds,
  type SettingKind,
  type SettingRead,
  type SettingUnit,
  type SettingValue,
  splitUnit,
} from './setting-value.js';

export type SettingGroup = 'costs' | 'thresholds' | 'ads' | 'schedule' | 'shop';

export const SETTING_GROUPS: readonly SettingGroup[] = ['costs', 'thresholds', 'ads', 'schedule', 'shop'];

/** Every setting an owner can change, by the name of its field in the shop's settings. */
export type SettingKey =
  | 'cogsRatio'
  | 'paymentFeeRatio'
  | 'shippingCostPerOrder'
  | 'monthlyFixedCost'
  | 'codReturnRate'
  | 'targetRoas'
  | 'maxCpl'
  | 'minCvr'
  | 'cplSpikeMultiplier'
  | 'revenueDropRatio'
  | 'aovDropRatio'
  | 'spendUpRatio'
  | 'ordersFlatRatio'
  | 'minDaysRecorded'
  | 'goalPaceRatio'
  | 'cplRisePerDoubling'
  | 'alertsEnabled'
  | 'adMinDays'
  | 'adMinSpend'
  | 'adKillMultiplier'
  | 'targetCpa'
  | 'targetCpl'
  | 'adScaleRoas'
  | 'adMinConversions'
  | 'adScaleStepRatio'
  | 'adMinCtr'
  | 'adMinImpressions'
  | 'adCpmSpikeMultiplier'
  | 'reminderEnabled'
  | 'reminderTime'
  | 'weeklyPushEnabled'
  | 'weeklyPushDay'
  | 'weeklyPushTime'
  | 'dayClosesAt'
  | 'timeZone';

export interface SettingSpec {
  key: SettingKey;
  /** A short stable code for button data. */
  code: string;
  group: SettingGroup;
  kind: SettingKind;
  /** The message key of its label. */
  label: string;
  /** The names an owner may type after /settings (folded: no accents, lower case), Vietnamese and English. */
  names: readonly string[];
  /** The value a new shop starts with; null means "not set": the bot derives it (e.g. from break-even). */
  default: SettingValue | null;
  bounds?: SettingBounds;
  /** What one amount or count is per or of: shipping per order, fixed cost per month, a count of days… */
  unit?: SettingUnit;
}

const spec = (s: SettingSpec) => s;

/** The settings, in the order they are shown. Defaults match the database's column defaults. */
export const SETTINGS: readonly SettingSpec[] = [
  // Costs
  spec({
    key: 'cogsRatio',
    code: 'cogs',
    group: 'costs',
    kind: 'percent',
    label: 'setting-cogs',
    names: ['gia von', 'cogs', 'cost of goods'],
    default: 0.4,
    bounds: { min: 0, max: 0.95 },
  }),
  spec({
    key: 'paymentFeeRatio',
    code: 'fee',
    group: 'costs',
    kind: 'percent',
    label: 'setting-fee',
    names: ['phi', 'phi cod', 'phi thanh toan', 'fee', 'payment fee', 'cod fee'],
    default: 0,
    bounds: { min: 0, max: 0.5 },
  }),
  spec({
    key: 'shippingCostPerOrder',
    code: 'ship',
    group: 'costs',
    kind: 'money',
    label: 'setting-shipping',
    names: ['ship', 'phi ship', 'van chuyen', 'shipping'],
    default: 0,
    bounds: { max: 10_000_000 },
    unit: 'order',
  }),
  spec({
    key: 'monthlyFixedCost',
    code: 'fix',
    group: 'costs',
    kind: 'money',
    label: 'setting-fixed',
    names: ['co dinh', 'chi phi co dinh', 'fixed', 'fixed cost'],
    default: 0,
    // 30 days of the 1.000.000.000 a day the setting allowed when it was a daily amount.
    bounds: { max: 30_000_000_000 },
    unit: 'month',
  }),
  spec({
    key: 'codReturnRate',
    code: 'ret',
    group: 'costs',
    kind: 'percent',
    label: 'setting-returns',
    names: ['ti le hoan', 'ty le hoan', 'hoan', 'hoan hang', 'return rate', 'returns', 'cod returns'],
    default: 0,
    bounds: { min: 0, max: 0.9 },
  }),
  // Alert and weekly report thresholds
  spec({
    key: 'targetRoas',
    code: 'troas',
    group: 'thresholds',
    kind: 'factor',
    label: 'setting-target-roas',
    names: ['roas muc tieu', 'target roas', 'roas'],
    default: null,
    bounds: { min: 0.1, max: 100 },
  }),
  spec({
    key: 'maxCpl',
    code: 'mcpl',
    group: 'thresholds',
    kind: 'money',
    label: 'setting-max-cpl',
    names: ['cpl toi da', 'max cpl', 'cpl'],
    default: null,
    bounds: { min: 1, max: 100_000_000 },
    unit: 'lead',
  }),
  spec({
    key: 'minCvr',
    code: 'mcvr',
    group: 'thresholds',
    kind: 'percent',
    label: 'setting-min-cvr',
    names: ['ty le chot toi thieu', 'ti le chot toi thieu', 'cvr toi thieu', 'min cvr', 'cvr'],
    default: 0.1,
    bounds: { min: 0, max: 1 },
  }),
  spec({
    key: 'cplSpikeMultiplier',
    code: 'cspk',
    group: 'thresholds',
    kind: 'factor',
    label: 'setting-cpl-spike',
    names: ['cpl tang vot', 'cpl spike'],
    default: 1.3,
    bounds: { min: 1, max: 10 },
    unit: 'times',
  }),
  spec({
    key: 'revenueDropRatio',
    code: 'rdrop',
    group: 'thresholds',
    kind: 'percent',
    label: 'setting-revenue-drop',
    names: ['doanh thu giam', 'revenue drop'],
    default: 0.2,
    bounds: { min: 0.01, max: 1 },
  }),
  spec({
    key: 'aovDropRatio',
    code: 'adrop',
    group: 'thresholds',
    kind: 'percent',
    label: 'setting-aov-drop',
    names: ['gia tri don giam', 'aov giam', 'aov drop'],
    default: 0.15,
    bounds: { min: 0.01, max: 1 },
  }),
  spec({
    key: 'spendUpRatio',
    code: 'sup',
    group: 'thresholds',
    kind: 'percent',
    label: 'setting-spend-up',
    names: ['quang cao tang', 'spend up'],
    default: 0.15,
    bounds: { min: 0.01, max: 1 },
  }),
  spec({
    key: 'ordersFlatRatio',
    code: 'oflat',
    group: 'thresholds',
    kind: 'percent',
    label: 'setting-orders-flat',
    names: ['don di ngang', 'orders flat'],
    default: 0.02,
    bounds: { min: 0, max: 0.5 },
  }),
  spec({
    key: 'minDaysRecorded',
    code: 'mdays',
    group: 'thresholds',
    kind: 'count',
    label: 'setting-min-days',
    names: ['so ngay toi thieu', 'min days'],
    default: 6,
    bounds: { min: 0, max: 7 },
    unit: 'day',
  }),
  spec({
    key: 'goalPaceRatio',
    code: 'gpace',
    group: 'thresholds',
    kind: 'percent',
    label: 'setting-goal-pace',
    names: ['tien do muc tieu', 'goal pace'],
    default: 0.9,
    bounds: { min: 0.01, max: 1 },
  }),
  spec({
    key: 'cplRisePerDoubling',
    code: 'sat',
    group: 'thresholds',
    kind: 'percent',
    label: 'setting-cpl-rise',
    names: ['cpl tang khi gap doi', 'cpl rise'],
    default: 0.15,
    bounds: { min: 0, max: 1 },
  }),
  spec({
    key: 'alertsEnabled',
    code: 'alert',
    group: 'thresholds',
    kind: 'switch',
    label: 'setting-alerts',
    names: ['canh bao', 'alerts'],
    default: true,
  }),
  // Ad decisions (SCALE / KEEP / KILL)
  spec({
    key: 'adMinDays',
    code: 'amd',
    group: 'ads',
    kind: 'count',
    label: 'setting-ad-min-days',
    names: ['ngay chay toi thieu', 'ad min days'],
    default: 3,
    bounds: { min: 0, max: 60 },
    unit: 'day',
  }),
  spec({
    key: 'adMinSpend',
    code: 'ams',
    group: 'ads',
    kind: 'money',
    label: 'setting-ad-min-spend',
    names: ['chi toi thieu', 'ad min spend'],
    default: 300_000,
    bounds: { max: 1_000_000_000 },
    unit: 'ad',
  }),
  spec({
    key: 'adKillMultiplier',
    code: 'akm',
    group: 'ads',
    kind: 'factor',
    label: 'setting-ad-kill',
    names: ['he so tat', 'kill multiplier'],
    default: 3,
    bounds: { min: 1, max: 20 },
    unit: 'times',
  }),
  spec({
    key: 'targetCpa',
    code: 'tcpa',
    group: 'ads',
    kind: 'money',
    label: 'setting-target-cpa',
    names: ['cpa muc tieu', 'target cpa', 'cpa'],
    default: null,
    bounds: { min: 1, max: 1_000_000_000 },
    unit: 'order',
  }),
  spec({
    key: 'targetCpl',
    code: 'tcpl',
    group: 'ads',
    kind: 'money',
    label: 'setting-target-cpl',
    names: ['cpl muc tieu', 'target cpl'],
    default: null,
    bounds: { min: 1, max: 100_000_000 },
    unit: 'lead',
  }),
  spec({
    key: 'adScaleRoas',
    code: 'asr',
    group: 'ads',
    kind: 'factor',
    label: 'setting-ad-scale-roas',
    names: ['roas tang ngan sach', 'scale roas'],
    default: null,
    bounds: { min: 0.1, max: 100 },
  }),
  spec({
    key: 'adMinConversions',
    code: 'amc',
    group: 'ads',
    kind: 'count',
    label: 'setting-ad-min-orders',
    names: ['don toi thieu', 'min orders'],
    default: 3,
    bounds: { min: 0, max: 1000 },
    unit: 'order',
  }),
  spec({
    key: 'adScaleStepRatio',
    code: 'ass',
    group: 'ads',
    kind: 'percent',
    label: 'setting-ad-step',
    names: ['buoc tang', 'scale step'],
    default: 0.2,
    bounds: { min: 0.01, max: 1 },
  }),
  spec({
    key: 'adMinCtr',
    code: 'actr',
    group: 'ads',
    kind: 'percent',
    label: 'setting-ad-min-ctr',
    names: ['ctr toi thieu', 'min ctr', 'ctr'],
    default: 0.01,
    bounds: { min: 0, max: 1 },
  }),
  spec({
    key: 'adMinImpressions',
    code: 'aimp',
    group: 'ads',
    kind: 'count',
    label: 'setting-ad-min-impressions',
    names: ['hien thi toi thieu', 'min impressions'],
    default: 1000,
    bounds: { min: 0, max: 10_000_000 },
    unit: 'impression',
  }),
  spec({
    key: 'adCpmSpikeMultiplier',
    code: 'acpm',
    group: 'ads',
    kind: 'factor',
    label: 'setting-ad-cpm-spike',
    names: ['cpm tang vot', 'cpm spike'],
    default: 1.5,
    bounds: { min: 1, max: 10 },
    unit: 'times',
  }),
  // Schedule
  spec({
    key: 'reminderEnabled',
    code: 'rmon',
    group: 'schedule',
    kind: 'switch',
    label: 'setting-reminder-on',
    names: ['nhac nho', 'reminder'],
    default: true,
  }),
  spec({
    key: 'reminderTime',
    code: 'rmt',
    group: 'schedule',
    kind: 'clock',
    label: 'setting-reminder-time',
    names: ['gio nhac', 'reminder time'],
    default: '21:00',
  }),
  spec({
    key: 'weeklyPushEnabled',
    code: 'wpon',
    group: 'schedule',
    kind: 'switch',
    label: 'setting-push-on',
    names: ['bao cao tuan', 'weekly report'],
    default: true,
  }),
  spec({
    key: 'weeklyPushDay',
    code: 'wpd',
    group: 'schedule',
    kind: 'weekday',
    label: 'setting-push-day',
    names: ['ngay bao cao', 'report day'],
    default: 1,
  }),
  spec({
    key: 'weeklyPushTime',
    code: 'wpt',
    group: 'schedule',
    kind: 'clock',
    label: 'setting-push-time',
    names: ['gio bao cao', 'report time'],
    // The column's default; a shop's own default is its minute of the Monday morning (settingDefault).
    default: '08:00',
  }),
  spec({
    key: 'dayClosesAt',
    code: 'dca',
    group: 'schedule',
    kind: 'clock',
    label: 'setting-day-closes',
    names: ['chot so', 'gio chot so', 'day closes', 'day close'],
    default: '04:00',
    bounds: { min: 0, max: 360 },
  }),
  // Shop
  spec({
    key: 'timeZone',
    code: 'tz',
    group: 'shop',
    kind: 'zone',
    label: 'setting-time-zone',
    names: ['mui gio', 'time zone', 'timezone'],
    default: 'Asia/Ho_Chi_Minh',
  }),
];

/**
 * The value the shop starts with and goes back to on "back to default": the catalog's, except the weekly
 * push time, which is the shop's own minute of 07:00–09:59 so that many shops' pushes are spread out.
 */
export function settingDefault(spec: SettingSpec, shopId: string): SettingValue | null {
  return spec.key === 'weeklyPushTime' ? defaultWeeklyPushTime(shopId) : spec.default;
}

export function settingByCode(code: string): SettingSpec | undefined {
  return SETTINGS.find((s) => s.code === code);
}

/** Every setting's code, for button data. */
export const SETTING_CODES = SETTINGS.map((s) => s.code);

export function settingByKey(key: SettingKey): SettingSpec {
  const found = SETTINGS.find((s) => s.key === key);
  if (!found) throw new Error(`no setting ${key} in the catalog`);
  return found;
}

/**
 * Reads a value typed for the setting, within the setting's own bounds: the one way any command reads one.
 * A money setting's value may carry its unit (`25k/đơn`, `14tr/tháng`, `14m/month`, `14tr mỗi tháng`); a
 * value without one is in the setting's unit; another unit (`500k/ngày` for a monthly cost) is refused.
 */
export function readSetting(spec: SettingSpec, text: string): SettingRead {
  const typed = spec.kind === 'money' ? splitUnit(text) : { value: text, unit: null };
  if (typed.unit !== null && typed.unit !== spec.unit) return { ok: false, error: 'wrong-unit' };
  return parseSettingValue(spec.kind, typed.value, spec.bounds);
}

/** Whether a value typed for the setting names its unit (`14tr/tháng`) rather than leaving it implied (`14tr`). */
export function namesUnit(spec: SettingSpec, text: string): boolean {
  return spec.kind === 'money' && splitUnit(text).unit === spec.unit;
}

/**
 * The setting named at the start of a `/settings` line and the text after the name: the longest name that
 * the folded line starts with, followed by a space or the end. Undefined when no name matches.
 */
export function settingNamed(line: string): { spec: SettingSpec; rest: string } | undefined {
  const folded = foldText(line).trim().replace(/\s+/g, ' ');
  let best: { spec: SettingSpec; length: number } | undefined;
  for (const s of SETTINGS) {
    for (const name of s.names) {
      const fits = folded === name || folded.startsWith(`${name} `);
      if (fits && (!best || name.length > best.length)) best = { spec: s, length: name.length };
    }
  }
  if (!best) return undefined;
  // Cut the original text at the same number of words, so the value keeps its accents and case.
  const words = best.length === 0 ? 0 : folded.slice(0, best.length).split(' ').length;
  const rest = line.trim().split(/\s+/).slice(words).join(' ');
  return { spec: best.spec, rest };
}

/** Words that reset a setting to its default: `/settings giá vốn mặc định`, `/settings cogs default`. */
export function isResetWord(text: string): boolean {
  return ['mac dinh', 'default', 'reset'].includes(foldText(text).trim());
}

/**
 * A value typed with the day it should apply from, `35% từ 01/11` / `30k from 1/11`: the value and the date
 * text apart; `since` is null when the line names no day.
 */
export function splitSince(text: string): { value: string; since: string | null } {
  const words = text.trim().split(/\s+/);
  // The day is the last word or two (`01/11`, `hôm qua`), after a marker that is not the first word.
  for (const dayWords of [1, 2]) {
    const at = words.length - dayWords - 1;
    if (at >= 1 && ['tu', 'from'].includes(foldText(words[at]!))) {
      return { value: words.slice(0, at).join(' '), since: words.slice(at + 1).join(' ') };
    }
  }
  return { value: text.trim(), since: null };
}
