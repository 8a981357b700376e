import { describe, expect, it } from 'vitest';
import { err, ok, type ParseResult } from '../../src/domain/parse-result.js';

describe('ParseResult', () => {
  it('wraps a value with ok', () => {
    const result: ParseResult<number> = ok(5);
    expect(result).toEqual({ ok: true, value: 5 });
  });

  it('wraps an error code with err', () => {
    const result: ParseResult<number, 'empty'> = err('empty');
    expect(result).toEqual({ ok: false, error: 'empty' });
  });
});
