import { z } from 'zod';
import { defineCallbackData, uuid } from './callback-data.js';

/** "Set as goal" under a simulation: its target becomes the revenue goal of this month. */
export const simulationGoalData = defineCallbackData('sim', { action: z.enum(['goal']), simulationId: uuid });
