/**
 * The slot of the map's description the server wrote for a data version, step and hidden layers (map-description.ts):
 * a module of its own, so the page can name the slot without loading the words' code.
 */
export const mapDescriptionSlot = (version: string, step: number, hidden: readonly string[]) => `map-description-${version}-${step}-${hidden.join(',')}`;
