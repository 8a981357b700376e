import { InlineKeyboard } from 'grammy';
import type { Translate } from '../../i18n/translator.js';
import { simulationGoalData } from '../callback-data/simulation.js';

const goalButton = (simulationId: string) => simulationGoalData.encode({ action: 'goal', simulationId });

/** Under one simulation: "Set as goal". */
export function simulationKeyboard(simulationId: string, t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t('sim-button-set-goal'), goalButton(simulationId));
}

/** Under the list: one numbered "Set as goal" button per simulation, in the list's order. */
export function simulationListKeyboard(simulationIds: readonly string[], t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const [i, id] of simulationIds.entries()) {
    keyboard.text(t('sim-list-button', { n: i + 1 }), goalButton(id));
  }
  return keyboard;
}
