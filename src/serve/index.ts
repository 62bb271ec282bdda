/** The serve stage: live memories (embedded or PostgreSQL) and the HTTP server over them. Re-exports only. */
export type { ImportResult, LiveMemory, LiveMemoryStatus, NewUnit } from './live-memory';
export type { LiveConcordanceHit, LiveMatch } from './segmented-memory';
export { openEmbeddedMemory, type EmbeddedMemoryOptions } from './embedded-memory';
export { openPostgresMemory, type PostgresMemoryOptions } from './postgres/postgres-memory';
export { createMemoryServer, type MemoryServer, type MemoryServerAddress } from './http/create-memory-server';
export { DEFAULT_MEMORY_SERVER_OPTIONS, type MemoryServerOptions } from './http/server-options';
export { DEFAULT_NEW_UNIT_LIMITS, type NewUnitLimits } from './check-new-units';
export type { TmserverSuggestion } from './http/tmserver-route';
