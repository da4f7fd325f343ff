// Comment search (issue #11): what a person types, as an FTS5 query over comments_fts (migrations/0006,
// trigram tokenizer) that cannot be a syntax error, whatever the text.

/**
 * The FTS5 query that finds `text` anywhere in a comment, ignoring case and accents: one quoted
 * string (inner quotes doubled), so no character is an operator. Null when the text is shorter than
 * a trigram (three characters), which the index cannot look up.
 */
export function ftsQuery(text: string): string | null {
  return [...text].length >= 3 ? `"${text.replaceAll('"', '""')}"` : null;
}
