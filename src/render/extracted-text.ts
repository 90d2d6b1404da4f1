/**
 * Text extracted from a PDF, made fit to show. Word processors set list bullets in the Symbol
 * font, whose bullet sits at a private-use code point (U+F0B7) that text extraction copies as
 * it is. No reader's font has a glyph there, so a browser shows an empty box, and private-use
 * characters have no agreed meaning in a public document (the W3C's Character Model, C073).
 * On screen the register shows the bullet it stands for, U+2022; the extracted text files
 * themselves are kept exactly as extracted.
 */

/** Private-use characters of the Symbol font that extraction leaves in the text, and what they stand for. */
const SYMBOL_FONT: Readonly<Record<string, string>> = {
  '\uF0B7': '\u2022',
};

/** The text with the Symbol font's private-use characters replaced by the characters they stand for. */
export function readableExtraction(text: string): string {
  return text.replace(/[\uF0B7]/g, (c) => SYMBOL_FONT[c] ?? c);
}
