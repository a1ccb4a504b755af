// Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Makes text safe to put in XML 1.0: characters XML forbids (most control characters, lone
 * surrogates, U+FFFE/U+FFFF) are removed. Markup characters are escaped by the serialisers.
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}
