/**
 * Puts every table of a lesson's stored HTML inside a scrolling box, so a wide table scrolls sideways
 * on a phone instead of widening the page. The box can take keyboard focus (arrow keys then scroll it)
 * and is named for screen readers. The HTML comes sanitised from the API, which re-serialises it:
 * `<table` and `</table>` only occur as real tags (attribute values and text have `<` escaped), so the
 * opening and closing tags pair up even for a table inside a table cell.
 */
export function wrapTables(html: string, boxClass: string, label: string): string {
  const attributes = `class="${escapeAttribute(boxClass)}" role="region" tabindex="0" aria-label="${escapeAttribute(label)}"`;
  return html.replace(/<table(?=[\s>])/g, `<div ${attributes}><table`).replace(/<\/table>/g, '</table></div>');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
