/**
 * The places a claim without a number is marked on: a numbered callout at a point inside the place. Ukraine itself
 * carries the invasion of 24 February: the map of that day once drew the buildup with no word of it.
 */
export const ANNOTATED_PLACES: readonly string[] = ['crimea', 'belarus', 'eastern-flank', 'ukraine'];

/**
 * The statements (claims without a number) the map marks with a numbered callout: the first said about each
 * annotated place. The map places them (figure-symbols.ts); the embed lists their sources beside the figures'.
 */
export function statementCallouts<C extends { value: number | null; where: { geometry: string } }>(claims: readonly C[]): C[] {
  const placed = new Set<string>();
  const marked: C[] = [];
  for (const claim of claims) {
    const place = claim.where.geometry;
    if (claim.value !== null || placed.has(place) || !ANNOTATED_PLACES.includes(place)) continue;
    placed.add(place);
    marked.push(claim);
  }
  return marked;
}
