import { gzipSync } from 'node:zlib';
import { encodeParts } from '../lib/detect/companies/data/compact.ts';
import { GAZETTEER } from '../lib/detect/companies/data/index.ts';
const p = encodeParts(GAZETTEER);
for (const [k, v] of Object.entries(p)) console.log(k, v.names.split('\n').length, gzipSync(v.names, { level: 9 }).length, gzipSync(v.refs, { level: 9 }).length, gzipSync(JSON.stringify(v), { level: 9 }).length);
