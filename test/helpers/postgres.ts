/**
 * The real PostgreSQL for server tests: a throwaway cluster per test file
 * (scripts/postgres/throwaway-cluster.ts). Where PostgreSQL is not installed
 * (a user without root who has not installed Debian's postgresql), the
 * PostgreSQL tests are skipped with the reason printed; with
 * BITEXT_REQUIRE_POSTGRES=1 (as .ci/run sets) they fail instead.
 */
import { afterAll, beforeAll } from 'vitest';
import { postgresUnavailableReason, startThrowawayCluster, type ThrowawayCluster } from '../../scripts/postgres/throwaway-cluster';

/** Why the PostgreSQL tests cannot run here (undefined when they can). */
export const POSTGRES_SKIP_REASON: string | undefined = (() => {
  const reason = postgresUnavailableReason();
  if (reason === undefined) return undefined;
  if (process.env['BITEXT_REQUIRE_POSTGRES'] === '1') throw new Error(`BITEXT_REQUIRE_POSTGRES=1 but ${reason}`);
  console.warn(`skipping the PostgreSQL tests: ${reason}`);
  return reason;
})();

/** A cluster started before the file's tests and removed after them. */
export function useThrowawayCluster(): { readonly cluster: ThrowawayCluster } {
  const holder: { cluster: ThrowawayCluster | undefined } = { cluster: undefined };
  beforeAll(async () => {
    holder.cluster = await startThrowawayCluster();
  }, 120_000);
  afterAll(() => {
    holder.cluster?.stop();
  });
  return {
    get cluster(): ThrowawayCluster {
      if (!holder.cluster) throw new Error('the cluster is not started');
      return holder.cluster;
    },
  };
}
