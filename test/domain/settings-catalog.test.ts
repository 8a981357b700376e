import { describe, expect, it } from 'vitest';
import { parseSettingValue } from '../../src/domain/setting-value.js';
import {
  isResetWord,
  namesUnit,
  readSetting,
  SETTINGS,
  settingByCode,
  settingByKey,
  settingNamed,
  splitSince,
} from '../../src/domain/settings-catalog.js';

describe('settingNamed', () => {
  it('takes the longest name the line starts with, and keeps the value as typed', () => {
    expect(settingNamed('CPL mục tiêu 25k')).toMatchObject({ spec: { key: 'targetCpl' }, rest: '25k' });
    expect(settingNamed('cpl 25k')).toMatchObject({ spec: { key: 'maxCpl' }, rest: '25k' });
    expect(settingNamed('Phí ship 30k')).toMatchObject({
      spec: { key: 'shippingCostPerOrder' },
      rest: '30k',
    });
    expect(settingNamed('phí 2%')).toMatchObject({ spec: { key: 'paymentFeeRatio' }, rest: '2%' });
    expect(settingNamed('múi giờ Asia/Bangkok')).toMatchObject({
      spec: { key: 'timeZone' },
      rest: 'Asia/Bangkok',
    });
    expect(settingNamed('giá vốn')).toMatchObject({ spec: { key: 'cogsRatio' }, rest: '' });
  });

  it('needs the whole name followed by a space or the end', () => {
    expect(settingNamed('shipping30k')).toBeUndefined();
    expect(settingNamed('nothing here')).toBeUndefined();
  });

  it('has unique codes and names', () => {
    const codes = SETTINGS.map((s) => s.code);
    const names = SETTINGS.flatMap((s) => s.names);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(names).size).toBe(names.length);
    expect(settingByCode('ship')?.key).toBe('shippingCostPerOrder');
    expect(settingByCode('nope')).toBeUndefined();
  });

  it('reads the reset words', () => {
    expect(['mặc định', 'Default', ' reset ', 'mac dinh'].map(isResetWord)).toEqual([true, true, true, true]);
    expect(isResetWord('0')).toBe(false);
  });
});

describe('splitSince', () => {
  it('takes the day a value applies from off its end, in Vietnamese or English', () => {
    expect(splitSince('30k từ 01/11')).toEqual({ value: '30k', since: '01/11' });
    expect(splitSince('1 triệu 2 tu 1/11')).toEqual({ value: '1 triệu 2', since: '1/11' });
    expect(splitSince('35% FROM hôm_qua')).toEqual({ value: '35%', since: 'hôm_qua' });
    expect(splitSince('30k từ hôm qua')).toEqual({ value: '30k', since: 'hôm qua' });
    expect(splitSince('30k')).toEqual({ value: '30k', since: null });
    expect(splitSince('từ 01/11')).toEqual({ value: 'từ 01/11', since: null });
  });
});

describe('parseSettingValue', () => {
  it('reads percentages as fractions within bounds', () => {
    expect(parseSettingValue('percent', '35%', { min: 0, max: 0.95 })).toEqual({ ok: true, value: 0.35 });
    expect(parseSettingValue('percent', '2,5 %', { min: 0, max: 0.5 })).toEqual({ ok: true, value: 0.025 });
    expect(parseSettingValue('percent', '96%', { min: 0, max: 0.95 })).toEqual({
      ok: false,
      error: 'out-of-range',
      read: 0.96,
    });
    expect(parseSettingValue('percent', '120%', { min: 0, max: 0.95 })).toEqual({
      ok: false,
      error: 'out-of-range',
    });
  });

  it('reads money in đồng, and refuses a negative amount', () => {
    expect(parseSettingValue('money', '30k', { max: 10_000_000 })).toEqual({ ok: true, value: 30_000 });
    expect(parseSettingValue('money', '1 triệu 2', { max: 10_000_000 })).toEqual({
      ok: true,
      value: 1_200_000,
    });
    expect(parseSettingValue('money', '20tr', { max: 10_000_000 })).toEqual({
      ok: false,
      error: 'out-of-range',
      read: 20_000_000,
    });
    expect(parseSettingValue('money', '-5k')).toEqual({ ok: false, error: 'invalid' });
  });

  it('reads factors with either decimal mark and an optional ×', () => {
    expect(parseSettingValue('factor', '1,3', { min: 1, max: 10 })).toEqual({ ok: true, value: 1.3 });
    expect(parseSettingValue('factor', 'x1.5', { min: 1, max: 10 })).toEqual({ ok: true, value: 1.5 });
    expect(parseSettingValue('factor', '2x', { min: 1, max: 10 })).toEqual({ ok: true, value: 2 });
    expect(parseSettingValue('factor', '0,5', { min: 1, max: 10 })).toEqual({
      ok: false,
      error: 'out-of-range',
      read: 0.5,
    });
    expect(parseSettingValue('factor', '1.234')).toEqual({ ok: false, error: 'invalid' });
  });

  it('reads counts, clock times within bounds, weekdays, switches and time zones', () => {
    expect(parseSettingValue('count', '7', { min: 0, max: 7 })).toEqual({ ok: true, value: 7 });
    expect(parseSettingValue('count', '8', { min: 0, max: 7 })).toEqual({
      ok: false,
      error: 'out-of-range',
      read: 8,
    });
    expect(parseSettingValue('count', '2.5')).toEqual({ ok: false, error: 'invalid' });
    expect(parseSettingValue('clock', '9pm')).toEqual({ ok: true, value: '21:00' });
    expect(parseSettingValue('clock', '6h', { min: 0, max: 360 })).toEqual({ ok: true, value: '06:00' });
    expect(parseSettingValue('clock', '06:01', { min: 0, max: 360 })).toEqual({
      ok: false,
      error: 'out-of-range',
      read: '06:01',
    });
    expect(
      ['thứ 2', 'T7', 'chủ nhật', 'CN', 'Sunday', 'fri', '3'].map((d) => parseSettingValue('weekday', d)),
    ).toEqual([1, 6, 7, 7, 7, 5, 3].map((value) => ({ ok: true, value })));
    expect(parseSettingValue('weekday', 'thứ 9')).toEqual({ ok: false, error: 'invalid' });
    expect(['bật', 'OFF', 'tắt', 'on'].map((w) => parseSettingValue('switch', w))).toEqual(
      [true, false, false, true].map((value) => ({ ok: true, value })),
    );
    expect(parseSettingValue('zone', 'Asia/Bangkok')).toEqual({ ok: true, value: 'Asia/Bangkok' });
    expect(parseSettingValue('zone', 'Mars/Base')).toEqual({ ok: false, error: 'invalid' });
    expect(parseSettingValue('zone', 'EST')).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('units typed after an amount', () => {
  const fixed = settingByKey('monthlyFixedCost');
  const shipping = settingByKey('shippingCostPerOrder');

  it('reads a monthly cost with its unit in either language, or without one, and refuses another unit', () => {
    for (const text of [
      '14tr/tháng',
      '14tr/thang',
      '14 triệu mỗi tháng',
      '14m/month',
      '14m per month',
      '14tr',
    ]) {
      expect(readSetting(fixed, text)).toEqual({ ok: true, value: 14_000_000 });
    }
    expect(namesUnit(fixed, '14tr/tháng')).toBe(true);
    expect(namesUnit(fixed, '14tr')).toBe(false);
    for (const text of ['500k/ngày', '500k/day', '14tr/đơn']) {
      expect(readSetting(fixed, text)).toEqual({ ok: false, error: 'wrong-unit' });
    }
  });

  it('reads shipping per order, and refuses it per month', () => {
    for (const text of ['25k', '25k/đơn', '25k/don', '25k per order', '25k mỗi đơn']) {
      expect(readSetting(shipping, text)).toEqual({ ok: true, value: 25_000 });
    }
    expect(readSetting(shipping, '25k/tháng')).toEqual({ ok: false, error: 'wrong-unit' });
  });
});
