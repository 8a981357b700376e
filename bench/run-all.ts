// `npm run bench`: every benchmark, one after the other; each prints its own table.
import { benchCharts } from './charts.js';
import { benchEntry } from './entry.js';

await benchEntry();
await benchCharts();
