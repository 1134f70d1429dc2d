/**
 * The one way text enters the SVG. Besides the five markup characters it drops code points XML 1.0 forbids
 * (control characters, lone surrogates, U+FFFE/U+FFFF): one of those would make the whole document
 * unparseable, turning a hostile title into a failed export instead of inert text.
 */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string | number): string {
  return String(text).replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
