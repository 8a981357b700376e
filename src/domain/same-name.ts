import { cleanText } from './display-name.js';
import { foldText } from './fold-text.js';

/** Whether two names are the same one to an owner: "Shop Hoa", "shop  hoa" and "Shop Hòa" are. */
export function sameName(a: string, b: string): boolean {
  return foldText(cleanText(a)) === foldText(cleanText(b));
}
