import { Worker } from 'node:worker_threads';

export interface ListenerReport {
  /** Cards heard, per phone. */
  received: number[];
  /** Snapshots received, per phone: one per (re)connection. */
  snapshots: number[];
  connected: number;
}

/** Passive phones spread over worker threads (see listenerWorker.mjs). */
export async function startListeners(options: {
  url: string;
  /** One session's join code, or several: phone i joins codes[i % codes.length]. */
  code: string | string[];
  count: number;
  workers: number;
  reconnect?: boolean;
}) {
  const { url, code, count, workers: workerCount, reconnect = false } = options;
  const per = Math.ceil(count / workerCount);
  const workers = Array.from({ length: workerCount }, (_, w) => {
    const first = w * per;
    return new Worker(new URL('./listenerWorker.mjs', import.meta.url), {
      workerData: {
        url,
        codes: Array.isArray(code) ? code : [code],
        first,
        count: Math.max(0, Math.min(per, count - first)),
        reconnect,
      },
    });
  });
  let failure: Error | undefined;
  for (const w of workers) w.on('error', (error) => (failure ??= error));
  const next = <T>(worker: Worker, type: string) =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      const onMessage = (m: { type: string }) => {
        if (m.type !== type) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(m as T);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  const ask = <T>(message: string, reply: string) =>
    Promise.all(
      workers.map((w) => {
        const answer = next<T>(w, reply);
        w.postMessage(message);
        return answer;
      }),
    );
  await Promise.all(workers.map((w) => next(w, 'ready')));
  return {
    async report(): Promise<ListenerReport> {
      const replies = await ask<ListenerReport>('report', 'report');
      return {
        received: replies.flatMap((r) => r.received),
        snapshots: replies.flatMap((r) => r.snapshots),
        connected: replies.reduce((n, r) => n + r.connected, 0),
      };
    },
    async close(): Promise<void> {
      await ask('close', 'closed');
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
