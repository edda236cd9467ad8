/**
 * A Checker that runs the check in the worker built as `check-worker.js` beside the page. Where a worker
 * cannot start (an old host, a file:// page), the check runs on the page as before.
 */
import { checkOnPage, type Checker } from '../run-check';
import type { CheckReply, CheckRequest } from './protocol';

export const WORKER_FILE = 'check-worker.js';

export function workerChecker(url: string = WORKER_FILE): Checker {
  let worker: Worker | null = null;
  try {
    worker = new Worker(url);
  } catch {
    return checkOnPage;
  }
  let next = 1;
  const waiting = new Map<number, { resolve: (r: CheckReply) => void }>();
  worker.onmessage = (e: MessageEvent<CheckReply>) => {
    waiting.get(e.data.id)?.resolve(e.data);
    waiting.delete(e.data.id);
  };
  let broken = false;
  worker.onerror = () => {
    broken = true;
    for (const w of waiting.values()) w.resolve({ id: -1, error: 'worker' });
    waiting.clear();
  };
  return async (snapshot, params) => {
    if (broken || !worker) return checkOnPage(snapshot, params);
    const id = next++;
    const reply = await new Promise<CheckReply>((resolve) => {
      waiting.set(id, { resolve });
      worker!.postMessage({ id, snapshot, params } satisfies CheckRequest);
    });
    if ('result' in reply) return reply.result;
    // The worker failed to load or to clone: the check still runs, on the page.
    if (reply.id === -1) return checkOnPage(snapshot, params);
    throw new Error(reply.error);
  };
}
