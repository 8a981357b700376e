// `npm run bench`: every benchmark, one after the other; each prints its own table.
import { benchBroadcast } from './broadcast.js';
import { benchCharts } from './charts.js';
import { benchEntry } from './entry.js';
import { benchScheduler } from './scheduler.js';
import { benchWeekly } from './weekly.js';

await benchEntry();
await benchWeekly();
await benchCharts();
await benchBroadcast();
await benchScheduler();
