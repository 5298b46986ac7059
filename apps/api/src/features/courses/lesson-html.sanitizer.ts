import { FILE_PATH_PREFIX, IMAGE_VARIANT_WIDTHS } from '@sen/contracts';
import sanitizeHtml from 'sanitize-html';

/** Our own stored files only: `/api/v1/files/<uuid>` or one of its resized copies `…/w480`. */
const OWN_FILE = new RegExp(
  `^${FILE_PATH_PREFIX.replace(/\//g, '\\/')}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\/w(${IMAGE_VARIANT_WIDTHS.join('|')}))?$`,
);
const DIMENSION = /^\d{1,5}$/;

/** Keeps `srcset` candidates that point at our files with a plain width descriptor, e.g. `…/w480 480w`. */
function ownSrcset(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined;
  const candidates = srcset.split(',').map((c) => c.trim().split(/\s+/));
  const kept = candidates.filter(
    (parts) => parts.length === 2 && OWN_FILE.test(parts[0]!) && /^\d{1,5}w$/.test(parts[1]!),
  );
  return kept.length === candidates.length && kept.length > 0 ? kept.map((p) => p.join(' ')).join(', ') : undefined;
}

/**
 * An image may only show a file uploaded here (same origin, served with a sandbox policy): no external
 * trackers, no `data:` or `javascript:` URLs. Anything else loses its `src` and is then dropped.
 */
function cleanImage(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const kept: sanitizeHtml.Attributes = {};
  if (attribs.src && OWN_FILE.test(attribs.src)) {
    kept.src = attribs.src;
    const srcset = ownSrcset(attribs.srcset);
    if (srcset) kept.srcset = srcset;
  }
  if (attribs.alt !== undefined) kept.alt = attribs.alt;
  for (const name of ['width', 'height'] as const) {
    const value = attribs[name];
    if (value !== undefined && DIMENSION.test(value)) kept[name] = value;
  }
  return { tagName: 'img', attribs: kept };
}

/**
 * The allowlist for lesson rich text. Anything not listed (scripts, styles, event handlers, SVG, iframes,
 * forms) is dropped; links may only be http(s) or mailto and open without access to this page; images
 * only show files uploaded here; tables keep their spans, while the editor's `<colgroup>` and inline widths
 * are dropped (no styles at all), as the reader's view sizes tables to the screen itself.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'blockquote',
    'code',
    'pre',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'srcset', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Images are limited to our own relative file paths by `cleanImage`; no scheme is ever allowed.
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside dropped script/style-like elements must not survive as visible text either.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'svg', 'math', 'iframe', 'object'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
    img: cleanImage,
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};
OPTIONS.allowedAttributes = {
  ...(OPTIONS.allowedAttributes as Record<string, string[]>),
  a: ['href', 'title', 'rel', 'target'],
};

export function sanitizeLessonHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}
