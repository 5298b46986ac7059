import { changeAllowed, isBoardPage } from './queue-dashboard-routes';

describe('queue dashboard routes', () => {
  it('allows the operator changes and nothing that adds, edits or destroys', () => {
    expect(changeAllowed('PUT', '/api/queues/:queueName/:jobId/retry')).toBe(true);
    expect(changeAllowed('put', '/api/queues/:queueName/clean/:queueStatus')).toBe(true);
    expect(changeAllowed('PUT', '/api/queues/:queueName/obliterate')).toBe(false);
    expect(changeAllowed('PUT', '/api/queues/:queueName/empty')).toBe(false);
    expect(changeAllowed('POST', '/api/queues/:queueName/add')).toBe(false);
    expect(changeAllowed('PATCH', '/api/queues/:queueName/:jobId/update-data')).toBe(false);
    expect(changeAllowed('PUT', '/api/queues/:queueName/job-schedulers/:schedulerId/remove')).toBe(false);
    // The same path with another method is another route.
    expect(changeAllowed('POST', '/api/queues/:queueName/:jobId/retry')).toBe(false);
  });

  it('tells the page from its JSON and its scripts', () => {
    expect(isBoardPage('GET', '/')).toBe(true);
    expect(isBoardPage('GET', '/queue/:queueName')).toBe(true);
    expect(isBoardPage('GET', '/api/queues')).toBe(false);
    expect(isBoardPage('GET', '/static/*')).toBe(false);
    expect(isBoardPage('PUT', '/')).toBe(false);
  });
});
