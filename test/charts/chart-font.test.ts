import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkChartFont, registerChartFont } from '../../src/charts/chart-font.js';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import { CHART_FONT_FAMILY } from '../../src/charts/chart-theme.js';
import { createLogger } from '../../src/logger.js';
import { decodePng } from './chart-pixels.js';

const renderer = new ChartRenderer();

/** The ink (dark pixels) of `text` drawn as a big chart title, through the same renderer as the charts. */
async function titleInk(text: string): Promise<{ ink: Uint8Array; width: number }> {
  const png = await renderer.render({
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: {
      devicePixelRatio: 1,
      plugins: {
        legend: { display: false },
        title: { display: true, text, font: { family: CHART_FONT_FAMILY, size: 120 } },
      },
      scales: { x: { display: false }, y: { display: false } },
    },
  });
  const pixels = await decodePng(png);
  return { ink: pixels.ink(), width: pixels.width };
}

/**
 * The frame of the missing-glyph box: U+E000 is a private-use code point no font has, so it is drawn as
 * the box every missing letter gets. A letter whose ink covers that whole frame is such a box too (the
 * hex digits inside the box differ from letter to letter, the frame does not).
 */
async function missingGlyphDetector(): Promise<(text: string) => Promise<number>> {
  const box = await titleInk('\uE000');
  let [minX, maxX, minY, maxY] = [Number.POSITIVE_INFINITY, -1, Number.POSITIVE_INFINITY, -1];
  box.ink.forEach((on, i) => {
    if (!on) return;
    const [x, y] = [i % box.width, Math.floor(i / box.width)];
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
  });
  const frame: number[] = [];
  box.ink.forEach((on, i) => {
    const [x, y] = [i % box.width, Math.floor(i / box.width)];
    if (on && (x <= minX + 2 || x >= maxX - 2 || y <= minY + 2 || y >= maxY - 2)) frame.push(i);
  });
  expect(frame.length).toBeGreaterThan(100);
  return async (text) => {
    const { ink } = await titleInk(text);
    return frame.filter((i) => ink[i]).length / frame.length;
  };
}

describe('chart font', () => {
  it('finds and registers DejaVu Sans on this machine', () => {
    expect(registerChartFont()).toMatchObject({ ok: true });
    expect(renderer.fontStatus.ok).toBe(true);
  });

  it('draws every letter of a Vietnamese title as a real glyph, not the missing-glyph box', async () => {
    const boxCoverage = await missingGlyphDetector();
    // The detector works: another code point no font has is recognised as a box.
    expect(await boxCoverage('\uE001')).toBeGreaterThan(0.95);

    const title = 'Doanh thu tuần: ăâđêôơư ạảãáà ỹ Đ Ư ₫';
    const letters = [...new Set(title.replace(/[\s:]/g, ''))];
    for (const letter of letters) {
      const coverage = await boxCoverage(letter);
      expect({ letter, isBox: coverage > 0.9 }).toEqual({ letter, isBox: false });
    }
  });

  it('draws the diacritics: ă, đ, ơ, ư differ from a, d, o, u', async () => {
    for (const [marked, plain] of [
      ['ă', 'a'],
      ['đ', 'd'],
      ['ơ', 'o'],
      ['ư', 'u'],
    ] as const) {
      const [a, b] = [await titleInk(marked), await titleInk(plain)];
      const differing = a.ink.reduce((n, on, i) => n + (on === b.ink[i] ? 0 : 1), 0);
      expect(differing).toBeGreaterThan(100);
    }
  });

  it('warns clearly at start-up when the font is missing, without throwing', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger('info', sink);
    const status = checkChartFont(logger, {
      ok: false,
      searched: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'],
    });
    expect(status.ok).toBe(false);
    const entry = JSON.parse(lines[0]!) as { level: number; msg: string; searched: string[] };
    expect(entry.level).toBe(40);
    expect(entry.msg).toContain('DejaVu Sans not found');
    expect(entry.msg).toContain('fonts-dejavu-core');
    expect(entry.searched).toEqual(['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf']);
  });
});
