/** Options of the memory server, with their defaults. */

/** Options of {@link createMemoryServer}. */
export interface MemoryServerOptions {
  /**
   * Bearer token for writes (and for reads when `readsNeedToken`). Without
   * one, writes are refused with 403 SERVE_READ_ONLY.
   */
  readonly token?: string;
  /** Ask the token for reads too. Default false; the CLI sets it when bound to a non-loopback address. */
  readonly readsNeedToken?: boolean;
  /** Largest JSON body (POST /api/units), bytes. Default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** Largest TMX body (POST /api/import), bytes. Default 2 GiB. */
  readonly maxImportBytes?: number;
  /** Most matches a lookup may ask for (`limit`). Default 100. */
  readonly maxLookupLimit?: number;
  /** Most hits a concordance or term lookup may ask for. Default 1000. */
  readonly maxConcordanceLimit?: number;
  /** How long a graceful close waits for requests in flight, ms. Default 30,000. */
  readonly shutdownGraceMs?: number;
  /** Where the server reports internal errors (a bug) and shutdown. Default: nothing. */
  readonly log?: (line: string) => void;
}

/** The resolved options. */
export type ResolvedServerOptions = Required<Omit<MemoryServerOptions, 'token'>> & { readonly token: string | undefined };

/**
 * Defaults of {@link MemoryServerOptions}.
 * @example DEFAULT_MEMORY_SERVER_OPTIONS.maxBodyBytes //=> 1048576
 */
export const DEFAULT_MEMORY_SERVER_OPTIONS: Omit<ResolvedServerOptions, 'token' | 'log'> = {
  readsNeedToken: false,
  maxBodyBytes: 1 << 20,
  maxImportBytes: 2 * 2 ** 30,
  maxLookupLimit: 100,
  maxConcordanceLimit: 1000,
  shutdownGraceMs: 30_000,
};

export function resolveServerOptions(options: MemoryServerOptions): ResolvedServerOptions {
  const d = DEFAULT_MEMORY_SERVER_OPTIONS;
  return {
    token: options.token,
    readsNeedToken: options.readsNeedToken ?? d.readsNeedToken,
    maxBodyBytes: options.maxBodyBytes ?? d.maxBodyBytes,
    maxImportBytes: options.maxImportBytes ?? d.maxImportBytes,
    maxLookupLimit: options.maxLookupLimit ?? d.maxLookupLimit,
    maxConcordanceLimit: options.maxConcordanceLimit ?? d.maxConcordanceLimit,
    shutdownGraceMs: options.shutdownGraceMs ?? d.shutdownGraceMs,
    log: options.log ?? ((): void => undefined),
  };
}
