import type { ConversationData } from '@grammyjs/conversations';
import type { BotContext } from '../context.js';
import { AD_JUDGEMENT, type AdJudgementArgs } from './ad-judgement.js';
import { DAILY_ENTRY, type DailyEntryArgs } from './daily-entry.js';
import { ONBOARDING, type OnboardingArgs } from './onboarding.js';
import { PICK_DAY, type PickDayArgs } from './pick-day.js';
import { PICK_PRODUCTS } from './pick-products.js';
import { PRODUCTS, type ProductsArgs } from './products.js';
import { SETTING_EDIT } from './setting-edit.js';
import { SHOP_RENAME } from './shop-rename.js';

// The flows a chat has open, as the conversations plugin read them for the update at hand, so a command
// that ends them can say which one it ended ("Stopped: adding a shop — nothing saved.").

const readStates = new WeakMap<BotContext, ConversationData>();

/** Called by the storage with what it read for this update. */
export function rememberReadState(ctx: BotContext, state: ConversationData | undefined): void {
  if (state) readStates.set(ctx, state);
  else readStates.delete(ctx);
}

const PICK_DAY_KEYS: Record<PickDayArgs['purpose'], string> = {
  redate: 'flow-name-change-date',
  edit: 'flow-name-edit-day',
  delete: 'flow-name-delete-day',
};

/** The locale key naming a flow, from its name and the arguments it was entered with. */
function flowNameKey(name: string, args: unknown[]): string | undefined {
  const first = args[0];
  switch (name) {
    case ONBOARDING:
      return (first as OnboardingArgs | undefined)?.newShop ? 'flow-name-new-shop' : 'flow-name-setup';
    case DAILY_ENTRY:
      return (first as DailyEntryArgs | undefined)?.current ? 'flow-name-edit-day' : 'flow-name-entry';
    case PICK_DAY:
      return PICK_DAY_KEYS[(first as PickDayArgs | undefined)?.purpose ?? 'edit'];
    case SHOP_RENAME:
      return 'flow-name-rename-shop';
    case SETTING_EDIT:
      return 'flow-name-setting';
    case PRODUCTS:
      return (first as ProductsArgs | undefined)?.mode === 'edit'
        ? 'flow-name-product-edit'
        : 'flow-name-product-add';
    case PICK_PRODUCTS:
      return 'flow-name-entry-products';
    case AD_JUDGEMENT:
      return (first as AdJudgementArgs | undefined)?.lines
        ? 'flow-name-ad-channel'
        : 'flow-name-ad-judgement';
    default:
      return undefined;
  }
}

function parseArgs(json: string | undefined): unknown[] {
  if (json === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The locale keys naming the flows open in this chat (one per open flow, oldest first). */
export function openFlowNameKeys(ctx: BotContext): string[] {
  const active = ctx.conversation.active();
  const state = readStates.get(ctx) ?? {};
  return Object.keys(active).flatMap((name) =>
    (state[name] ?? [{ args: undefined }]).flatMap((flow) => flowNameKey(name, parseArgs(flow.args)) ?? []),
  );
}

/** The locale keys naming the flows of a stored conversation state (one per flow). */
export function storedFlowNameKeys(state: ConversationData | undefined): string[] {
  return Object.entries(state ?? {}).flatMap(([name, flows]) =>
    flows.flatMap((flow) => flowNameKey(name, parseArgs(flow.args)) ?? []),
  );
}
