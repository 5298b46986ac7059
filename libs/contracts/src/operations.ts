/**
 * Where the API serves the queue dashboard (Bull Board). It is not a contract route: Bull Board adds its
 * own pages and JSON under this prefix, each request checked by the dashboard's own hook (a signed-in admin
 * whose grant is at the root unit; the session's CSRF token on every change).
 */
export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

/**
 * The cookie through which the dashboard hands the session's CSRF token to Bull Board's scripts (readable
 * by scripts, limited to the dashboard's path); they echo it in this header, as axios does by default.
 */
export const QUEUE_DASHBOARD_CSRF_COOKIE = 'XSRF-TOKEN';
export const QUEUE_DASHBOARD_CSRF_HEADER = 'x-xsrf-token';
