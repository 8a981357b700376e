import { existsSync } from 'node:fs';
import { registerFont } from 'canvas';
import type { Logger } from '../logger.js';
import { CHART_FONT_FAMILY } from './chart-theme.js';

/** Where distributions put DejaVu Sans (Debian/Ubuntu `fonts-dejavu-core`, Alpine, Fedora). */
export const DEJAVU_SANS_CANDIDATES: readonly { regular: string; bold: string }[] = [
  {
    regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  },
  { regular: '/usr/share/fonts/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf' },
  {
    regular: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
    bold: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf',
  },
];

export type ChartFontStatus = { ok: true; path: string } | { ok: false; searched: string[]; error?: string };

let status: ChartFontStatus | undefined;

/**
 * Registers DejaVu Sans with canvas under CHART_FONT_FAMILY, once per process; canvas only honours fonts
 * registered before its first canvas is created, so the renderer calls this first. Never throws: without
 * the font, charts still render, but Vietnamese letters may come out as boxes.
 */
export function registerChartFont(): ChartFontStatus {
  if (status) return status;
  const searched = DEJAVU_SANS_CANDIDATES.map((c) => c.regular);
  const found = DEJAVU_SANS_CANDIDATES.find((c) => existsSync(c.regular));
  if (!found) {
    status = { ok: false, searched };
    return status;
  }
  try {
    registerFont(found.regular, { family: CHART_FONT_FAMILY });
    if (existsSync(found.bold)) registerFont(found.bold, { family: CHART_FONT_FAMILY, weight: 'bold' });
    status = { ok: true, path: found.regular };
  } catch (error) {
    status = { ok: false, searched, error: String(error) };
  }
  return status;
}

/**
 * Registers the chart font and logs a clear warning when it is missing; call once at start-up (`result` is
 * for tests: the outcome to report instead of this machine's).
 */
export function checkChartFont(
  logger: Logger,
  result: ChartFontStatus = registerChartFont(),
): ChartFontStatus {
  if (result.ok) logger.debug({ font: result.path }, 'chart font registered');
  else {
    logger.warn(
      { searched: result.searched, error: result.error },
      'DejaVu Sans not found: chart labels may show boxes instead of Vietnamese letters (install fonts-dejavu-core)',
    );
  }
  return result;
}
