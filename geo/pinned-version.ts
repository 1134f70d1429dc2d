/**
 * `?v=N` on /embed and /api/buildup: a data version pinned in the address, so an article shows the figures as they
 * were published when it was written, forever. Parsed here once for the page, the API and proxy.ts alike.
 */
export const VERSION_PARAM = 'v';

/** The longest version number read (a billion publishes): anything longer is junk, not a number to parse. */
const VERSION_PATTERN = /^[1-9]\d{0,8}$/;

export type VersionParam =
  /** No `v` (or an empty one): the latest data, followed as it changes. */
  | { kind: 'none' }
  /** A well-formed version number; whether it exists is the store's to say. */
  | { kind: 'version'; version: number }
  /** `v=abc`, `v=0`, `v=-1`, `v=1.5`: never a version. `raw` is shortened for messages. */
  | { kind: 'junk'; raw: string };

/** Reads `v` as a query value (the first of several); junk is reported, never thrown. */
export function readVersionParam(value: string | string[] | null | undefined): VersionParam {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null || raw === '') return { kind: 'none' };
  if (VERSION_PATTERN.test(raw)) return { kind: 'version', version: Number(raw) };
  return { kind: 'junk', raw: raw.length > 24 ? `${raw.slice(0, 24)}…` : raw };
}

/** `?date=…` + the pinned version → `?date=…&v=N` (the query the embed keeps in its address and links). */
export function withVersion(query: string, version: number | null): string {
  if (version === null) return query;
  return `${query}${query ? '&' : '?'}${VERSION_PARAM}=${version}`;
}
