import { z } from 'zod';
import { AD_CHANNELS, AD_RESPONSES } from '../../domain/ad-choices.js';
import { defineCallbackData, uuid } from './callback-data.js';

/** "Đã làm" / "Để sau" under a SCALE or KILL: the owner's answer, on that judgement's row. */
export const adResponseData = defineCallbackData('adr', { response: z.enum(AD_RESPONSES), decisionId: uuid });

/** "Judge an ad" under the /ads list: starts the guided flow for that shop. */
export const adJudgeData = defineCallbackData('adnew', { shopId: uuid });

/** In the guided flow: a previous ad picked by its last judgement's id. */
export const adPickData = defineCallbackData('adpick', { decisionId: uuid });

/** In the guided flow: the ad's channel. */
export const adChannelData = defineCallbackData('adch', { channel: z.enum(AD_CHANNELS) });

/** In the guided flow: skip impressions and clicks. */
export const adSkipData = defineCallbackData('adskip', { skip: z.literal('1') });
