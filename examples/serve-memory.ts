// A live memory (embedded here; openPostgresMemory gives the same interface over PostgreSQL),
// and the HTTP server over it. Run by examples.test.ts; the PostgreSQL variant by test/serve-readme.test.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryServer, DEFAULT_MEMORY_SERVER_OPTIONS, DEFAULT_NEW_UNIT_LIMITS, openEmbeddedMemory, ServeError, TranslationMemory } from 'bitext-tm';

process.chdir(mkdtempSync(join(tmpdir(), 'bitext-tm-serve-')));
const units = [{ id: 'fao-22-4', en: 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.', zh: '重慶市政府外辦副主任周毅主持會議。' }];

const memory = await openEmbeddedMemory(TranslationMemory.fromUnits(units), { journal: 'memory.journal' });
// or: const memory = await openPostgresMemory({ connectionString: 'postgres://bitext@127.0.0.1:5432/bitext', memory: 'fao' });
const [key] = await memory.addUnits([{ en: 'Consul-General', zh: '总领事' }]);
console.log(memory.lookup('consul general').map((m) => [m.key === key, m.score, m.target]));
//=> [[true, 1, '总领事']]
const server = createMemoryServer(memory, { token: 'a-long-random-token' }); // the HTTP API above

const { port } = await server.listen(0, '127.0.0.1');
const answer = (await fetch(`http://127.0.0.1:${port}/api/lookup?q=Consul-General`).then((r) => r.json())) as { matches: { target: string }[] };
console.log(answer.matches[0]?.target);
//=> '总领事'
const refused = await fetch(`http://127.0.0.1:${port}/api/units`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' });
console.log([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]);
//=> [401, 'SERVE_UNAUTHORIZED']
await server.close(); // finishes requests in flight, then closes the memory (journal flushed)

console.log([DEFAULT_MEMORY_SERVER_OPTIONS.maxBodyBytes, DEFAULT_NEW_UNIT_LIMITS]);
//=> [1048576, { maxUnits: 10000, maxTextLength: 65536 }]
console.log(new ServeError('SERVE_DATABASE_UNAVAILABLE', 'Expected PostgreSQL to answer, found it unreachable.', { status: 503 }).status);
//=> 503
