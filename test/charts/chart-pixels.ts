import { type Canvas, createCanvas, loadImage } from 'canvas';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from 'chart.js/auto';
import { applyChartDefaults } from '../../src/charts/chart-renderer.js';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/charts/chart-theme.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; throws unless the bytes start like a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A decoded image: colour of any pixel as `#rrggbb`. */
export interface Pixels {
  width: number;
  height: number;
  hex(x: number, y: number): string;
  /** 1 where the pixel is dark (ink), else 0, row by row. */
  ink(): Uint8Array;
}

export async function decodePng(png: Buffer): Promise<Pixels> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height).data;
  const hex2 = (n: number) => n.toString(16).padStart(2, '0');
  return {
    width: image.width,
    height: image.height,
    hex(x, y) {
      const i = (Math.round(y) * image.width + Math.round(x)) * 4;
      return `#${hex2(data[i]!)}${hex2(data[i + 1]!)}${hex2(data[i + 2]!)}`;
    },
    ink() {
      const mask = new Uint8Array(image.width * image.height);
      for (let i = 0; i < mask.length; i += 1) mask[i] = data[i * 4]! < 128 ? 1 : 0;
      return mask;
    },
  };
}

export interface ElementBox {
  x: number;
  y: number;
  base: number;
  width: number;
  skip: boolean;
}

/**
 * Where Chart.js puts each element of a config at the chart size: lays the same config out with a bare
 * Chart.js on a canvas of the same library, so tests know where a bar must be drawn in the renderer's PNG.
 */
export function layoutOf(config: ChartConfiguration<'bar' | 'line', (number | null)[], unknown>) {
  applyChartDefaults(Chart);
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT) as Canvas & { style?: object };
  canvas.style = {};
  const chart = new Chart(canvas.getContext('2d') as never, config as ChartConfiguration);
  try {
    const datasets = config.data.datasets.map((_, i) =>
      chart.getDatasetMeta(i).data.map((element) => {
        const props = element.getProps(['x', 'y', 'base', 'width', 'skip'], true) as Partial<ElementBox>;
        return {
          x: props.x ?? Number.NaN,
          y: props.y ?? Number.NaN,
          base: props.base ?? Number.NaN,
          width: props.width ?? 0,
          skip: Boolean(props.skip),
        };
      }),
    );
    return { datasets, chartArea: { ...chart.chartArea } };
  } finally {
    chart.destroy();
  }
}

/** Share of the points down the middle of a bar (from 15 % to 85 % of its height) drawn in `color`. */
export function barCoverage(pixels: Pixels, bar: ElementBox, color: string): number {
  const top = Math.min(bar.y, bar.base);
  const height = Math.abs(bar.base - bar.y);
  let hits = 0;
  const samples = 20;
  for (let i = 0; i < samples; i += 1) {
    const y = top + height * (0.15 + (0.7 * i) / (samples - 1));
    if (pixels.hex(bar.x, y) === color) hits += 1;
  }
  return hits / samples;
}

/** The tick label function of a scale of a config, to check how ticks are written. */
export function tickCallback(
  config: ChartConfiguration<'bar' | 'line', (number | null)[], unknown>,
  scale: string,
): (value: number) => string {
  const ticks = (config.options?.scales?.[scale] as { ticks?: { callback?: unknown } } | undefined)?.ticks;
  if (typeof ticks?.callback !== 'function') throw new Error(`scale ${scale} has no tick callback`);
  return ticks.callback as (value: number) => string;
}
