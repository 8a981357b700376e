// `npm run bench`: every benchmark, one after the other; each prints its own table.
import { benchBroadcast } from './broadcast.js';
import { benchCharts } from './charts.js';
import { benchEntry } from './entry.js';

await benchEntry();
await benchCharts();
await benchBroadcast();
