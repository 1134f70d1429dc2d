/**
 * Characters a PNG or JPEG cannot draw (the shipped font has no glyph for them): the server's refusal, and the export
 * dialog's notice before a download, in the same words. The SVG preview's answer carries them in a header
 * (`X-Unprintable: title=1F600.1F1FA;credit=5730`), since the preview itself draws them with the viewer's fonts.
 */
export type UnprintableField = 'title' | 'subtitle' | 'credit';
export type Unprintable = Partial<Record<UnprintableField, string[]>>;

export const UNPRINTABLE_HEADER = 'X-Unprintable';
const FIELDS: readonly UnprintableField[] = ['title', 'subtitle', 'credit'];
const SHOWN = 5;

const code = (ch: string) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/** "title has characters the PNG font cannot draw: "😀" (U+1F600); leave them out, or export SVG, …" per field. */
export function unprintableMessages(unprintable: Unprintable, format: string): string[] {
  return FIELDS.filter((f) => unprintable[f]?.length).map((field) => {
    const missing = unprintable[field]!;
    const shown = missing.slice(0, SHOWN);
    return `${field} has characters the ${format.toUpperCase()} font cannot draw: ${shown.map((ch) => `"${ch}"`).join(', ')}${missing.length > SHOWN ? ` and ${missing.length - SHOWN} more` : ''} (${shown.map((ch) => `U+${code(ch)}`).join(', ')}); leave them out, or export SVG, which keeps text as text`;
  });
}

/** The header's value: ASCII only (code points in hex), empty when every character can be drawn. */
export const unprintableHeader = (unprintable: Unprintable) =>
  FIELDS.filter((f) => unprintable[f]?.length).map((f) => `${f}=${unprintable[f]!.map(code).join('.')}`).join(';');

/** The header read back; anything malformed is left out. */
export function parseUnprintable(header: string | null): Unprintable {
  const result: Unprintable = {};
  for (const part of (header ?? '').split(';')) {
    const [field, codes] = part.split('=');
    if (!FIELDS.includes(field as UnprintableField) || !codes) continue;
    const chars = codes.split('.').map((hex) => Number.parseInt(hex, 16)).filter((n) => Number.isInteger(n) && n >= 0 && n <= 0x10ffff).map((n) => String.fromCodePoint(n));
    if (chars.length) result[field as UnprintableField] = chars;
  }
  return result;
}
