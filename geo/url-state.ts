/**
 * Everything a viewer chose, in the address: the view lives in the hash (geo/view.ts); the rest in the query.
 * Parsed at the boundary into typed values with defaults; junk in any parameter is ignored, never an error.
 */
import { isTheme, type ThemeName } from './style';

export const LAYER_TOGGLES = ['figures', 'zone', 'cities'] as const;
export type LayerToggle = (typeof LAYER_TOGGLES)[number];

export const LAYER_TOGGLE_LABELS: Record<LayerToggle, string> = {
  figures: 'Troop figures',
  zone: 'Border zone',
  cities: 'Cities',
};

export interface DashboardQuery {
  theme: ThemeName | null;
  hidden: LayerToggle[];
  source: string | null;
}

type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

function first(input: QueryInput, key: string): string | null {
  const value = input instanceof URLSearchParams ? input.get(key) : input[key];
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' && text.length <= 200 ? text : null;
}

export function parseDashboardQuery(input: QueryInput, claimIds: readonly string[] = []): DashboardQuery {
  const theme = first(input, 'theme');
  const hidden = (first(input, 'hide') ?? '').split(',').filter((t): t is LayerToggle => (LAYER_TOGGLES as readonly string[]).includes(t));
  const source = first(input, 'source');
  return {
    theme: isTheme(theme) ? theme : null,
    hidden: LAYER_TOGGLES.filter((t) => hidden.includes(t)),
    source: source && claimIds.includes(source) ? source : null,
  };
}

/** Writes the choices back into a query string (only what differs from the defaults). */
export function formatDashboardQuery(query: DashboardQuery): string {
  const params = new URLSearchParams();
  if (query.theme) params.set('theme', query.theme);
  if (query.hidden.length > 0) params.set('hide', query.hidden.join(','));
  if (query.source) params.set('source', query.source);
  const text = params.toString();
  return text ? `?${text}` : '';
}
