import { join } from 'node:path';
import { buildOffice } from './generator/build';
const started = Date.now();
const office = await buildOffice({ seed: 20261123, size: 1_000_000, cacheDir: join(import.meta.dirname, '.cache') });
console.log(JSON.stringify({ seconds: office.seconds, rows: office.rows, fileMB: office.fileBytes / 2 ** 20, wall: (Date.now() - started) / 1000 }));
