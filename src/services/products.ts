import type { Database } from '../db/client.js';
import {
  createProductPreset,
  deleteProductPresetAsShown,
  getProductPreset,
  listProductPresets,
  type ProductPresetValues,
  updateProductPreset,
} from '../db/queries/product-presets.js';
import type { ProductPreset, ShopSettings } from '../db/schema/index.js';
import { nameKey } from '../domain/display-name.js';
import { breakEvenRoasOf, productMargin } from '../domain/product-margin.js';

/** A product as /products shows it: price, unit COGS, margin and break-even ROAS (null: never breaks even). */
export interface ProductView {
  id: string;
  name: string;
  sellPrice: number;
  cogs: number;
  margin: number | null;
  breakEvenRoas: number | null;
}

const byName = new Intl.Collator('vi');

/** Two names are the same product when, cleaned as every name is, they differ only in letter case. */
export function sameProductName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

function viewOf(preset: ProductPreset, settings: ShopSettings): ProductView {
  const margin = productMargin({ sellPrice: preset.sellPrice, unitCogs: preset.cogs }, settings);
  return {
    id: preset.id,
    name: preset.name,
    sellPrice: preset.sellPrice,
    cogs: preset.cogs,
    margin,
    breakEvenRoas: breakEvenRoasOf(margin),
  };
}

/** The shop's products, by name as a Vietnamese reader sorts them. */
export async function listProducts(db: Database, settings: ShopSettings): Promise<ProductView[]> {
  const presets = await listProductPresets(db, settings.shopId);
  return presets.map((p) => viewOf(p, settings)).sort((a, b) => byName.compare(a.name, b.name));
}

/** One product of the shop; null when it is gone or another shop's. */
export async function findProduct(
  db: Database,
  settings: ShopSettings,
  presetId: string,
): Promise<ProductView | null> {
  const preset = await getProductPreset(db, settings.shopId, presetId);
  return preset ? viewOf(preset, settings) : null;
}

export type ProductChangeResult =
  | { status: 'saved'; product: ProductView }
  /** Another product of the shop already has that name (letter case aside). */
  | { status: 'duplicate' }
  /** The product was deleted meanwhile (or is another shop's). */
  | { status: 'gone' };

async function hasOtherNamed(db: Database, shopId: string, name: string, exceptId?: string) {
  const presets = await listProductPresets(db, shopId);
  return presets.some((p) => p.id !== exceptId && sameProductName(p.name, name));
}

/** Adds a product to the shop, unless one of the same name exists. */
export async function addProduct(
  db: Database,
  settings: ShopSettings,
  values: ProductPresetValues,
): Promise<ProductChangeResult> {
  if (await hasOtherNamed(db, settings.shopId, values.name)) return { status: 'duplicate' };
  const preset = await createProductPreset(db, settings.shopId, values);
  return preset ? { status: 'saved', product: viewOf(preset, settings) } : { status: 'duplicate' };
}

/** Changes one field of a product of the shop; a new name must not be another product's. */
export async function editProduct(
  db: Database,
  settings: ShopSettings,
  presetId: string,
  change: Partial<ProductPresetValues>,
): Promise<ProductChangeResult> {
  if (change.name !== undefined && (await hasOtherNamed(db, settings.shopId, change.name, presetId)))
    return { status: 'duplicate' };
  const preset = await updateProductPreset(db, settings.shopId, presetId, change);
  return preset ? { status: 'saved', product: viewOf(preset, settings) } : { status: 'gone' };
}

/** What a delete confirmation's Yes did: deleted, refused because the product changed since, or gone. */
export type ProductRemoval =
  | { status: 'deleted'; name: string }
  | { status: 'changed'; product: ProductView }
  | { status: 'gone' };

/**
 * Deletes a product of the shop (saved days keep their COGS) only while it is as its confirmation showed
 * (`shown`, its productVersion); a product edited since comes back as it is now, undeleted.
 */
export async function removeProductAsShown(
  db: Database,
  settings: ShopSettings,
  presetId: string,
  shown: string,
): Promise<ProductRemoval> {
  const result = await deleteProductPresetAsShown(db, settings.shopId, presetId, shown);
  if (!result) return { status: 'gone' };
  if ('changed' in result) return { status: 'changed', product: viewOf(result.changed, settings) };
  return { status: 'deleted', name: result.deleted.name };
}

/** The names of the shop's products, for checking a new name inside a flow. */
export async function productNames(db: Database, shopId: string): Promise<{ id: string; name: string }[]> {
  return (await listProductPresets(db, shopId)).map(({ id, name }) => ({ id, name }));
}
