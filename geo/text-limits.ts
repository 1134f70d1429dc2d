/**
 * The longest texts a claim's fields take, in characters: the schema's rules (geo/schema.ts) and the desk form's own
 * reading of a field (geo/claim-form.ts), which says so before sending a text no field would take.
 */
export const TEXT_MAX = 500;
/** The exact words and the note for readers. */
export const LONG_TEXT_MAX = 4000;
export const URL_MAX = 2000;
