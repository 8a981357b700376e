import { z } from 'zod';
import { defineCallbackData } from './callback-data.js';

/**
 * "Use as the day's entry", offered when a flow waiting for one field gets a whole quick entry. The token
 * names that one offer: a press is honoured only while the flow still waits on it.
 */
export const useEntryData = defineCallbackData('useentry', { token: z.string().regex(/^[0-9a-z]{8}$/) });
