/**
 * Lower-cases text and strips Vietnamese diacritics (`Triệu` → `trieu`, `Đơn` → `don`), so owners may type
 * with or without accents. NFKD also turns full-width digits and letters into ASCII.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
