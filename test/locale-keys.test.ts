import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/bot/commands.js';
import { ACTION_ITEM_STATUSES } from '../src/db/schema/action-items.js';
import type { DailyMetrics } from '../src/domain/daily-metrics.js';
import { type IssueSeverity, SEVERITY_ORDER } from '../src/domain/diagnosis-rules.js';
import type { CountParseError, MoneyParseError } from '../src/domain/money.js';
import { PROFIT_FACTORS } from '../src/domain/profit-decomposition.js';
import type { SettingKind } from '../src/domain/setting-value.js';
import { SETTING_GROUPS, SETTINGS } from '../src/domain/settings-catalog.js';
import { localesFolder, projectRoot } from '../src/paths.js';
import type { OwnerExportKind } from '../src/services/owner-export.js';

// The Fluent keys the code uses, compared with the keys vi.ftl and en.ftl define, both ways.

function keysOf(locale: 'vi' | 'en'): Set<string> {
  const source = readFileSync(join(localesFolder, `${locale}.ftl`), 'utf8');
  return new Set([...source.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]!));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const sources = sourceFiles(join(projectRoot, 'src')).map((path) => ({
  file: relative(projectRoot, path),
  text: readFileSync(path, 'utf8'),
}));

const vi = keysOf('vi');
const en = keysOf('en');
/** The first word of every defined key (`card`, `week`, …): a quoted string starting with one is a key. */
const families = new Set([...vi, ...en].map((key) => key.split('-')[0]!));

/** Keys passed to a translate function as a literal: t('…'), ctx.t('…'), this.t("…"). */
function literalCallKeys(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)) found.set(m[1]!, file);
  }
  return found;
}

/** Quoted strings of src that look like keys of a family but are not translated. */
const NOT_KEYS = new Set([
  'shop-new', // src/bot/callback-data: the prefix of the "add a shop" button's callback data
  'data-gap', // src/domain/diagnosis-rules.ts: a rule id (its text is issue-data-gap)
  'shop-rename', // src/bot/conversations/shop-rename.ts: a conversation's name
  'setting-edit', // src/bot/conversations/setting-edit.ts: a conversation's name
  'action-items', // src/services/owner-export.ts: an export kind (its caption is data-export-caption-action-items)
]);

/**
 * Keys named as plain strings and translated later (`key: 'issue-cpl-spike'` in a diagnosis template,
 * `header: 'export-header-date'` in a CSV column, a label table of a view): every quoted word-with-dashes
 * whose first word is a key family.
 */
function namedKeys(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/['"]([a-z][a-z0-9]*(?:-[a-z0-9]+)+)['"]/g)) {
      const candidate = m[1]!;
      if (families.has(candidate.split('-')[0]!) && !NOT_KEYS.has(candidate)) found.set(candidate, file);
    }
  }
  return found;
}

/** Every value of a string union, checked complete by the compiler: a new member fails `tsc`. */
const all = <T extends string>(values: Record<T, true>): T[] => Object.keys(values) as T[];

// Keys built at run time (`t(\`card-verdict-${verdict}\`)`), with every value the template can take, from
// the code's own constants where it has them, else from its types (completeness checked by tsc).
const moneyErrors = all<MoneyParseError>({
  empty: true,
  invalid: true,
  negative: true,
  'too-large': true,
  fraction: true,
});
const countErrors = all<CountParseError>({
  empty: true,
  invalid: true,
  negative: true,
  'too-large': true,
  fraction: true,
});
const verdicts = all<NonNullable<DailyMetrics['roasVsBreakEven']>>({ above: true, below: true, equal: true });
const exportKinds = all<OwnerExportKind>({
  account: true,
  settings: true,
  days: true,
  diagnoses: true,
  'action-items': true,
  goals: true,
  'ad-decisions': true,
  presets: true,
  simulations: true,
});
const severities = all<IssueSeverity>({ critical: true, warning: true, info: true });
/** src/services/charts.ts: WEEKDAY_KEYS (not exported), read from the source so it cannot drift. */
const weekdays = (() => {
  const charts = sources.find((s) => s.file === join('src', 'services', 'charts.ts'))!.text;
  const list = /WEEKDAY_KEYS = \[([^\]]*)\]/.exec(charts)?.[1] ?? '';
  return [...list.matchAll(/'([a-z]+)'/g)].map((m) => m[1]!);
})();

/** The units the catalog gives settings of a kind. */
function unitsOf(kind: SettingKind): string[] {
  return [...new Set(SETTINGS.filter((s) => s.kind === kind && s.unit).map((s) => s.unit!))];
}

/** Each template the code builds a key with (as written in src), and the keys it can produce. */
const builtKeys: Record<string, string[]> = {
  // src/bot/features/week.ts: the Accept / Dismiss / Done buttons (every status but pending).
  'action-answered-${data.status}': ACTION_ITEM_STATUSES.filter((s) => s !== 'pending').map(
    (s) => `action-answered-${s}`,
  ),
  'action-status-${item.status}': ACTION_ITEM_STATUSES.map((s) => `action-status-${s}`),
  'data-export-status-${r.status}': ACTION_ITEM_STATUSES.map((s) => `data-export-status-${s}`),
  'data-export-caption-${file.kind}': exportKinds.map((k) => `data-export-caption-${k}`),
  'card-verdict-${metrics.roasVsBreakEven}': verdicts.map((v) => `card-verdict-${v}`),
  'chart-weekday-${day}': weekdays.map((d) => `chart-weekday-${d}`),
  // src/bot/commands.ts: the command menu reads `command-<name>.description` (an attribute of the key).
  'command-${command}.description': COMMANDS.map((c) => `command-${c}`),
  // src/bot/conversations/day-input.ts and src/bot/features/quick-entry.ts; kind is 'money' or 'count'.
  'error-${kind}-invalid': ['error-money-invalid', 'error-count-invalid'],
  'error-${kind}-${parsed.error}': [
    ...moneyErrors.map((e) => `error-money-${e}`),
    ...countErrors.map((e) => `error-count-${e}`),
  ],
  'error-${kind}-${error.reason}': [
    ...moneyErrors.map((e) => `error-money-${e}`),
    ...countErrors.map((e) => `error-count-${e}`),
  ],
  // src/bot/keyboards/reminders.ts: 'off' | 'on', 'push-off' | 'push-on'.
  'remind-button-${reminder}': ['remind-button-off', 'remind-button-on'],
  'remind-button-${push}': ['remind-button-push-off', 'remind-button-push-on'],
  // src/bot/views/settings.ts, setting-change.ts and features/settings.ts: the settings catalog.
  'settings-unset-${spec.code}': SETTINGS.filter((s) => s.default === null).map(
    (s) => `settings-unset-${s.code}`,
  ),
  'settings-group-${group}': SETTING_GROUPS.map((g) => `settings-group-${g}`),
  'settings-example-${spec.kind}': all<SettingKind>({
    percent: true,
    money: true,
    factor: true,
    count: true,
    clock: true,
    weekday: true,
    switch: true,
    zone: true,
  }).map((k) => `settings-example-${k}`),
  // src/bot/views/settings.ts and setting-change.ts: each amount's unit, each count's unit.
  'settings-example-money-${spec.unit}': unitsOf('money').map((u) => `settings-example-money-${u}`),
  'settings-money-per-${spec.unit}': unitsOf('money').map((u) => `settings-money-per-${u}`),
  'settings-unit-${spec.unit}': unitsOf('money').map((u) => `settings-unit-${u}`),
  'settings-count-${spec.unit}': unitsOf('count').map((u) => `settings-count-${u}`),
  'week-factor-${part.factor}': PROFIT_FACTORS.map((f) => `week-factor-${f}`),
  'week-severity-${issue.severity}': severities.map((s) => `week-severity-${s}`),
};

/** Keys built at run time as found in src: the text between the backquotes of t(`…${…}…`). */
function templatesInSource(): string[] {
  const found = new Set<string>();
  for (const { text } of sources) {
    for (const m of text.matchAll(/\bt\(\s*`([^`]*\$\{[^`]*)`/g)) found.add(m[1]!);
  }
  return [...found].sort();
}

describe('Fluent keys used by the code', () => {
  it('knows the values of every key the code builds at run time', () => {
    expect(weekdays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(SEVERITY_ORDER.toSorted()).toEqual(severities.toSorted());
    // A new t(`…${x}`) in src must be listed in builtKeys with the values it can take.
    expect(templatesInSource()).toEqual(Object.keys(builtKeys).sort());
  });

  it('every key the code uses exists in vi.ftl and en.ftl', () => {
    const used = new Map<string, string>([...literalCallKeys(), ...namedKeys()]);
    for (const [template, keys] of Object.entries(builtKeys)) {
      for (const key of keys) used.set(key, template);
    }
    const missing = [...used]
      .filter(([key]) => !vi.has(key) || !en.has(key))
      .map(([key, where]) => `${key} (${where}): ${vi.has(key) ? '' : 'vi '}${en.has(key) ? '' : 'en'}`);
    expect(missing).toEqual([]);
  });

  it('every key vi.ftl and en.ftl define is used by the code', () => {
    const used = new Set([
      ...literalCallKeys().keys(),
      ...namedKeys().keys(),
      ...Object.values(builtKeys).flat(),
    ]);
    const unused = [...new Set([...vi, ...en])].filter((key) => !used.has(key)).sort();
    expect(unused).toEqual([]);
  });
});
