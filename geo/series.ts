/** Who counts: a figure is compared, joined in a line or divided only within one series (and one scope). */
export const SERIES = ['ukraine', 'us', 'nato'] as const;
export type Series = (typeof SERIES)[number];

export const SERIES_LABELS: Record<Series, string> = {
  ukraine: "Ukraine's officials",
  us: 'U.S. government',
  nato: 'NATO',
};
