import { z } from 'zod';
import { CHART_KINDS } from '../../services/charts.js';
import { defineCallbackData, uuid } from './callback-data.js';

/** A chart button: which chart, for which shop (switching shops makes old buttons stale). */
export const chartData = defineCallbackData('chart', { kind: z.enum(CHART_KINDS), shopId: uuid });
