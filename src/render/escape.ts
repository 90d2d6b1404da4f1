/**
 * The one escape for text going into markup: HTML pages, inline SVG, and the XML of feeds. The
 * five characters it replaces are the ones that can end text or an attribute value in all three.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
