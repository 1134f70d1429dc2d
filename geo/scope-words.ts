import type { Scope } from './schema';

/** What a scope may count, in a reader's words (the desk's labels too: "Counts crimea" read as a typo). */
export const INCLUDES_WORDS: Record<string, string> = {
  crimea: 'Crimea',
  belarus: 'Belarus',
  'occupied-donbas': 'occupied Donbas',
  'national-guard': 'the National Guard',
  separatists: 'separatists',
};

const COMPONENT_DETAIL: Record<Scope['components'], string> = {
  unknown: 'which forces: not stated',
  ground: 'ground troops only',
  'ground, naval and air': 'ground, naval and air forces',
  // The source's own words are "the total number of Russian troops": "all forces" read as naval and air too.
  'all forces': 'all troops, a total (which besides ground troops: not stated)',
};

/** Areas the chart names beside a figure: any wider or other than "near the border" ("in Belarus" is said by its place). */
const TAGGED_AREAS: readonly string[] = ['within 200 km', 'within 400 km', 'in and near Ukraine', 'in and around Ukraine'];

/**
 * What a figure covers, in a few words ("within 200 km, with naval and air forces"), or null when its source says
 * nothing beyond "near the border". The chart labels its lines with it; source cards and exports say it too.
 */
export function scopeLabel(scope: Scope | undefined): string | null {
  if (!scope) return null;
  const parts: string[] = [];
  if (scope.area !== 'near the border' && scope.area !== 'unknown') parts.push(scope.area);
  if (scope.components === 'ground') parts.push('ground troops only');
  if (scope.components === 'ground, naval and air') parts.push('with naval and air forces');
  if (scope.components === 'all forces') parts.push('total of all troops');
  const included = Object.entries(scope.includes).filter(([, v]) => v === 'yes').map(([k]) => INCLUDES_WORDS[k] ?? k);
  const excluded = Object.entries(scope.includes).filter(([, v]) => v === 'no').map(([k]) => INCLUDES_WORDS[k] ?? k);
  if (included.length) parts.push(`counting ${included.join(', ')}`);
  if (excluded.length) parts.push(`not counting ${excluded.join(', ')}`);
  return parts.length ? parts.join(', ') : null;
}

/** Everything the source says a figure covers, and what it leaves unsaid: "near the border; which forces: not stated". */
export function scopeDetail(scope: Scope): string {
  const parts = [scope.area === 'unknown' ? 'area: not stated' : scope.area];
  parts.push(COMPONENT_DETAIL[scope.components]);
  const said = Object.entries(scope.includes);
  const words = (value: string) => said.filter(([, v]) => v === value).map(([k]) => INCLUDES_WORDS[k] ?? k).join(', ');
  if (words('yes')) parts.push(`counting ${words('yes')}`);
  if (words('no')) parts.push(`not counting ${words('no')}`);
  if (words('unknown')) parts.push(`not stated whether it counts ${words('unknown')}`);
  return parts.join('; ');
}

/**
 * The few words the chart writes beside a figure so figures of different scope are not read as one series growing:
 * the area when wider than "near the border", ground only or with naval and air, and Belarus or Crimea when the source
 * says ("with Belarus and Crimea", "without Crimea"). The full scope is in the mark's title, the source card and the claims table (scopeDetail).
 */
export function scopeTag(scope: Scope | undefined, inBelarus = false): string | null {
  if (!scope) return null;
  const parts: string[] = [];
  if (TAGGED_AREAS.includes(scope.area)) parts.push(scope.area);
  if (scope.components === 'ground') parts.push('ground only');
  if (scope.components === 'ground, naval and air') parts.push('with naval and air');
  if (scope.components === 'all forces') parts.push('all troops');
  // Crimea when the source says either way: Ukraine's "more than 90,000" (counting Crimea) beside the U.S.'s "about
  // 70,000" (not said) read, on an image's large figures, as two counts of one thing.
  // A figure drawn in Belarus says so by its place: not "with Belarus" again.
  const counted = [!inBelarus && scope.includes.belarus === 'yes' && 'Belarus', scope.includes.crimea === 'yes' && 'Crimea'].filter(Boolean);
  if (counted.length) parts.push(`with ${counted.join(' and ')}`);
  if (scope.includes.crimea === 'no') parts.push('without Crimea');
  return parts.length ? parts.join(', ') : null;
}

/** The whole scope (scopeLabel), less the place the figure's own words already give (figureScope's `place`). */
export function scopeBesidePlace(scope: Scope | undefined, place: string): string | null {
  const label = scopeLabel(scope) ?? '';
  const rest = place && label.startsWith(place.trim()) ? label.slice(place.trim().length).replace(/^, /, '') : label;
  return rest || null;
}

/**
 * What places and scopes a figure where it stands beside others (the slider's words, the embed's line of sources):
 * `place` " in Belarus" (or, drawn on Belarus, " near the Belarus–Ukraine border" where its source puts it there: the
 * 30,000 planned was printed "in Belarus"), and `tag` the chart's few words, less "with Belarus" for a figure there.
 */
export function figureScope(claim: { where: { geometry: string }; scope?: Scope }): { place: string; tag: string | null } {
  const inBelarus = claim.where.geometry === 'belarus';
  const place = !inBelarus ? '' : claim.scope?.area === 'near the border' ? ' near the Belarus–Ukraine border' : ' in Belarus';
  return { place, tag: scopeTag(claim.scope, inBelarus) };
}

/**
 * The chart's few words beside a figure: where it stands when not on the border zone ("in Belarus"), then what it
 * covers. Without the place, the U.S. government's nearly 5,000 in Belarus stood untagged under its 100,000 and read
 * as the U.S. count falling to 5,000.
 */
export function chartTag(claim: { where: { geometry: string }; scope?: Scope }): string | null {
  const { place, tag } = figureScope(claim);
  return [place.trim(), tag].filter(Boolean).join(', ') || null;
}
