import type { Database } from '../../src/db/client.js';
import { upsertWeeklyDiagnostics } from '../../src/db/queries/weekly-batch.js';
import { getWeeklyDiagnostic, type WeeklyDiagnosticValues } from '../../src/db/queries/weekly-diagnostics.js';
import type { WeeklyDiagnostic } from '../../src/db/schema/index.js';

/**
 * Stores a shop's diagnosis of `values.isoWeek` with the statement the weekly diagnosis writes it with
 * (an earlier one replaced, its answers kept), and returns the row as stored.
 */
export async function storeWeeklyDiagnostic(
  db: Database,
  shopId: string,
  values: WeeklyDiagnosticValues,
): Promise<WeeklyDiagnostic> {
  const [written] = await upsertWeeklyDiagnostics(db, [{ shopId, ...values }]);
  if (!written) throw new Error('no diagnosis stored: the shop does not exist');
  const stored = await getWeeklyDiagnostic(db, shopId, values.isoWeek);
  return stored!;
}
