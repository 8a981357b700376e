// Zero-width characters that sneak in when text is copied out of a chat.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** The text without the zero-width characters copying out of a chat leaves in it. */
export function dropInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Lower-cases text and strips Vietnamese diacritics (`Triệu` → `trieu`, `Đơn` → `don`), so owners may type
 * with or without accents. NFKD also turns full-width digits and letters into ASCII.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
