export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** For a POST: the JSON body of one request and the headers of the client that sends it. */
export type PostBuilder = (client: number) => { body: unknown; headers?: Record<string, string> };

/** The address of a request: fixed, or chosen per client (e.g. her own attempt). */
export type UrlFor = string | ((client: number) => string);

/**
 * A bounded load: `concurrency` clients issue `total` requests in all, against loopback only, through
 * Node's built-in fetch (keep-alive). GET unless `post` builds a body. Closed loop (each client sends
 * again as soon as answered: the server's capacity) unless `paceMs` makes each client start a request
 * only every `paceMs` (a phone sending a batch now and then: latency at a given load, not queueing).
 */
export async function load(
  url: UrlFor,
  headers: Record<string, string>,
  total: number,
  concurrency: number,
  post?: PostBuilder,
  paceMs = 0,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let issued = 0;
  let errors = 0;
  const started = performance.now();
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  async function client(index: number): Promise<void> {
    // Paced clients start spread over one period, so they do not all arrive in the same millisecond.
    if (paceMs) await pause((paceMs * index) / concurrency);
    while (issued < total) {
      issued++;
      const due = performance.now() + paceMs;
      const request = post?.(index);
      const init: RequestInit = request
        ? {
            method: 'POST',
            headers: { ...headers, ...request.headers, 'content-type': 'application/json' },
            body: JSON.stringify(request.body),
          }
        : { headers };
      const t0 = performance.now();
      const response = await fetch(typeof url === 'string' ? url : url(index), init);
      await response.arrayBuffer();
      if (response.status !== 200) errors++;
      latencies.push(performance.now() - t0);
      if (paceMs) await pause(Math.max(0, due - performance.now()));
    }
  }
  await Promise.all(Array.from({ length: concurrency }, (_, index) => client(index)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
  };
}
