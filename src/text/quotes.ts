/** Double quotation marks, straight, typographic and guillemets: one token each after tokenising. */
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u00AB', '\u00BB']);

/** A token that is a quotation mark. (A Set lookup, not a regular expression: it runs per token.) */
export function isQuote(text: string | undefined): boolean {
  return text !== undefined && text.length === 1 && QUOTE_MARKS.has(text);
}
