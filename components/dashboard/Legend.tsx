'use client';
import { useEffect, useRef } from 'react';
import { ROLES } from '@/geo/region';
import { LEGEND_LABELS, type Theme } from '@/geo/style';
import { BORDER_ZONE_KM } from '@/geo/border-zone-km';

/** Phones get the key folded away, so it does not cover the map they came to see. */
const FOLDED_BELOW_PX = 800;

/** The map's key, drawn from the same tokens as the map itself. */
export function Legend({ theme }: { theme: Theme }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.innerWidth < FOLDED_BELOW_PX) ref.current.open = false;
  }, []);
  const hatch = `repeating-linear-gradient(135deg, ${theme.crimeaHatch} 0 2px, ${theme.fill.crimea} 2px 6px)`;
  return (
    <details className="legend" open ref={ref}>
      <summary>Legend</summary>
      <ul>
        {ROLES.map((role) => (
          <li key={role}>
            <span className="swatch" style={{ background: role === 'crimea' ? hatch : theme.fill[role] }} aria-hidden="true" />
            {LEGEND_LABELS[role]}
          </li>
        ))}
        <li><span className="swatch swatch--line" style={{ background: theme.border }} aria-hidden="true" />Ukraine’s land borders with Russia and Belarus</li>
        <li><span className="swatch" style={{ background: theme.reported, opacity: 0.35 }} aria-hidden="true" />Russia within {BORDER_ZONE_KM} km of the border</li>
        <li><span className="swatch swatch--circle" style={{ background: theme.reported, borderColor: theme.reported }} aria-hidden="true" />Reported troops (area ∝ number)</li>
        <li><span className="swatch swatch--circle swatch--dashed" style={{ borderColor: theme.projected }} aria-hidden="true" />Projected troops, an estimate</li>
      </ul>
    </details>
  );
}
