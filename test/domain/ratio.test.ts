import { describe, expect, it } from 'vitest';
import { parseRatio } from '../../src/domain/ratio.js';

describe('parseRatio', () => {
  it.each([
    ['35', 0.35],
    ['35%', 0.35],
    ['35,5 %', 0.355],
    ['0,35', 0.35],
    ['0.4', 0.4],
    ['40 phần trăm', 0.4],
    ['40 Phần Trăm', 0.4],
    ['40 phan tram', 0.4],
    ['12,5 phần trăm', 0.125],
    ['40 percent', 0.4],
    ['0', 0],
  ])('reads %j as %s', (text, expected) => {
    expect(parseRatio(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['abc', 'invalid'],
    ['phần trăm', 'invalid'],
    ['40 phần', 'invalid'],
    ['96', 'out-of-range'],
    ['100 phần trăm', 'out-of-range'],
  ])('refuses %j as %s', (text, error) => {
    expect(parseRatio(text)).toEqual({ ok: false, error });
  });
});
