/// <reference lib="dom" />
/**
 * Runs in the browser. The review page's link to its server: load the state,
 * send decisions (one request at a time; decisions made meanwhile wait and go
 * together in the next), and never lose one: when another tab saved first
 * (409), reload and send the same decisions again on the new revision; a
 * decision that no longer applies (422) is dropped and reported, the others
 * sent again; a network or disk error keeps them queued and retries.
 *
 * Serialised with Function.prototype.toString: uses only browser globals and
 * what is declared inside it.
 */

import type { OutputsState, PageState, SaveAnswer, SaveRefusal } from '../review-rows';

/** What the client tells the page. */
export interface ReviewClientEvents {
  /** A full state arrived (first load, or a reload after a conflict or another tab's save). */
  onState(state: PageState): void;
  /** A save went through: the changed rows and the new revision. */
  onSaved(answer: SaveAnswer, decisions: readonly object[]): void;
  /** A decision was not applied (it is dropped), and why. */
  onDropped(decision: object, message: string): void;
  /** Status line: what is happening now. */
  onStatus(kind: 'saving' | 'saved' | 'conflict' | 'error' | 'idle', message: string): void;
  /** The outputs' state changed (revision written, writing, error). */
  onOutputs(outputs: OutputsState): void;
}

/** The client's controls. */
export interface ReviewClient {
  load(): Promise<void>;
  send(decision: object): void;
  /** Decisions not yet saved. */
  pending(): number;
  /** Resolves when nothing is waiting or in flight. */
  settled(): Promise<void>;
}

/** Create the client of the server at this page's origin, with the token of this page's URL. */
export function createReviewClient(token: string, events: ReviewClientEvents): ReviewClient {
  let revision = 0;
  let who = '';
  let queue: object[] = [];
  let inFlight = false;
  let waiters: (() => void)[] = [];
  let retryTimer = 0;

  // The answer's type is what the caller knows the path returns.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  async function request<T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
    const response = await fetch(path, {
      method,
      headers: { 'x-review-token': token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      cache: 'no-store',
    });
    const data = (await response.json()) as T;
    return { status: response.status, data };
  }

  async function load(): Promise<void> {
    const { status, data } = await request<PageState | SaveRefusal>('GET', '/api/state');
    if (status !== 200 || !('rows' in data)) throw new Error('message' in data ? data.message : `the server answered ${status}`);
    revision = data.revision;
    if (who === '') who = data.who;
    events.onState(data);
  }

  function settleIfIdle(): void {
    if (inFlight || queue.length > 0) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  }

  async function flush(): Promise<void> {
    if (inFlight || queue.length === 0) return;
    inFlight = true;
    const batch = queue.splice(0, queue.length);
    events.onStatus('saving', `Saving ${batch.length} decision${batch.length === 1 ? '' : 's'}…`);
    let requeue = false;
    try {
      const name = (document.getElementById('who') as HTMLInputElement | null)?.value.trim() ?? '';
      const { status, data } = await request<SaveAnswer | SaveRefusal>('POST', '/api/save', { revision, who: name || who, decisions: batch });
      if (status === 200 && 'patches' in data) {
        revision = data.revision;
        events.onSaved(data, batch);
        events.onOutputs(data.outputs);
        events.onStatus('saved', `Saved · revision ${revision}`);
      } else if (status === 409) {
        // Another tab saved first: take its work, then send ours again on top of it.
        events.onStatus('conflict', 'Another tab saved first: reloaded its changes, saving yours again…');
        await load();
        requeue = true;
        queue = [...batch, ...queue];
      } else if (status === 422 && 'error' in data) {
        const index = data.index ?? 0;
        const dropped = batch[index];
        if (dropped !== undefined) events.onDropped(dropped, data.message);
        if (data.error === 'stale') await load();
        queue = [...batch.filter((_, i) => i !== index), ...queue];
        requeue = true;
      } else {
        queue = [...batch, ...queue];
        events.onStatus('error', 'message' in data ? data.message : `The server answered ${status}.`);
        scheduleRetry();
      }
    } catch (error) {
      queue = [...batch, ...queue];
      events.onStatus('error', `The review server did not answer (${(error as Error).message}); your ${queue.length} decision(s) wait and will be sent again.`);
      scheduleRetry();
    } finally {
      inFlight = false;
    }
    if (requeue || (queue.length > 0 && retryTimer === 0)) void flush();
    settleIfIdle();
  }

  function scheduleRetry(): void {
    if (retryTimer !== 0) return;
    retryTimer = window.setTimeout(() => {
      retryTimer = 0;
      void flush();
    }, 3000);
  }

  // Follow other tabs: when the revision moved and nothing of ours is waiting, reload.
  window.setInterval(() => {
    if (inFlight || queue.length > 0 || document.hidden) return;
    void request<{ revision: number; outputs: OutputsState }>('GET', '/api/revision')
      .then(({ data }) => {
        events.onOutputs(data.outputs);
        if (data.revision !== revision && !inFlight && queue.length === 0) return load();
        return undefined;
      })
      .catch(() => undefined);
  }, 2000);

  return {
    load,
    send(decision) {
      queue.push(decision);
      void flush();
    },
    pending: () => queue.length + (inFlight ? 1 : 0),
    settled: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settleIfIdle();
      }),
  };
}
