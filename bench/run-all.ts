// `npm run bench`: every benchmark, one after the other; each prints its own table.
import { benchEntry } from './entry.js';

await benchEntry();
