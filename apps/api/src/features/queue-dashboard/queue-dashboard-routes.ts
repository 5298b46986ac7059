/**
 * Bull Board's routes, as patterns below the dashboard's prefix, sorted into what the dashboard allows.
 * A route Bull Board adds in a later version is refused until it is listed here.
 */

/** The changes an operator needs: bring failed or delayed work back, tidy finished jobs, stop and start. */
const ALLOWED_CHANGES = new Set([
  'PUT /api/queues/pause',
  'PUT /api/queues/resume',
  'PUT /api/queues/:queueName/pause',
  'PUT /api/queues/:queueName/resume',
  'PUT /api/queues/:queueName/retry/:queueStatus',
  'PUT /api/queues/:queueName/promote',
  'PUT /api/queues/:queueName/clean/:queueStatus',
  'PUT /api/queues/:queueName/:jobId/retry',
  'PUT /api/queues/:queueName/:jobId/promote',
  'PUT /api/queues/:queueName/:jobId/clean',
  // Runs a schedule's job now; every scheduled job is safe to run twice.
  'PUT /api/queues/:queueName/job-schedulers/:schedulerId/run',
]);

export function changeAllowed(method: string, pattern: string): boolean {
  return ALLOWED_CHANGES.has(`${method.toUpperCase()} ${pattern}`);
}

/** Bull Board's JSON API, which its page polls. */
export function isBoardApi(pattern: string): boolean {
  return pattern.startsWith('/api/');
}

/** The page itself (any of the client-side routes Bull Board serves it at), not its JSON nor its scripts. */
export function isBoardPage(method: string, pattern: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !isBoardApi(pattern) && !pattern.startsWith('/static/');
}
