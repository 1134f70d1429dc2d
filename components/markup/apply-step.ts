/**
 * Shows the parts of server-rendered markup (the map underneath, the chart, the lists of claims) that belong to a
 * step of the timeline: each carries the steps it is shown at (`data-from`, `data-to`) and `data-off` hides it
 * (app/globals.css). The server set them for the address's date; a new date only flips attributes, nothing is
 * rendered again.
 */
export function applyStep(root: ParentNode | null | undefined, step: number): void {
  root?.querySelectorAll<HTMLElement | SVGElement>('[data-from]').forEach((el) => {
    const shown = Number(el.dataset.from) <= step && step <= Number(el.dataset.to);
    if (shown === el.hasAttribute('data-off')) el.toggleAttribute('data-off', !shown);
  });
}
