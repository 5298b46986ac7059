import classes from './quiz-player.module.css';

/**
 * An option's or item's text inside a control's label. Safe to inject: question texts are stored only
 * after the API's lesson sanitiser (an allowlist without scripts, handlers, iframes or styles).
 */
export function InlineHtml({ html, id }: { html: string; id?: string }) {
  return <div id={id} className={classes.inlineHtml} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Rich text as words only, for labels read out by screen readers (e.g. "move … up"). */
export function plainText(html: string): string {
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}
