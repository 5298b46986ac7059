import { plainText } from '../quizzes/question-input';

/** A question's stem as a line of plain text for a table: at most `max` characters, cut at a word. */
export function stemExcerpt(html: string, max = 140): string {
  const text = plainText(html);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A word longer than a third of the line is cut mid-word rather than leaving a stub.
  return `${(space > max / 3 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
