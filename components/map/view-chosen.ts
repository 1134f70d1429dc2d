/**
 * Whether the map's view is one somebody chose: the viewer moved the map (drag, zoom, keys, buttons), or the page was
 * opened at an address with a view in it. The live map writes its view into the address as it starts, chosen or
 * not; an embed code made from that view showed readers the server-drawn map, then jumped to a phone-sized piece of
 * the editor's screen as the live map started. Only a chosen view goes into the embed code.
 */
// A view in the address as the page loads (before the live map writes its own): whoever made the link chose it. Read
// now, not when the live map starts: on a phone it may never start.
let chosen = typeof window !== 'undefined' && /^#\d/.test(window.location.hash);

export const markViewChosen = () => {
  chosen = true;
};

export const viewWasChosen = () => chosen;
