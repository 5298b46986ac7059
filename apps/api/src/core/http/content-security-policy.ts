/** The Content-Security-Policy of every answer, as helmet's directives. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  // The web app's service worker (offline lessons) is its own same-origin script.
  workerSrc: ["'self'"],
  // Lesson videos linked from YouTube (its no-cookie host) or Vimeo play in their embeds; the Operations
  // screen frames the queue dashboard, a page of this origin.
  frameSrc: ["'self'", 'https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
  // No other site may frame our pages (clickjacking); the queue dashboard relaxes this to 'self' only.
  frameAncestors: ["'none'"],
};
