'use client';
import { useId, useState } from 'react';
import { ROLES } from '@/geo/region';
import { LEGEND_LABELS, type Theme } from '@/geo/style';
import { BORDER_ZONE_KM } from '@/geo/border-zone-km';

/**
 * The map's key, drawn from the same tokens as the map itself. Until the viewer toggles it, CSS decides: open on
 * wide screens, folded on phones (so it does not cover the map). Deciding in CSS, not after hydration, keeps the
 * page from shifting as it loads.
 */
export function Legend({ theme }: { theme: Theme }) {
  const [open, setOpen] = useState<boolean | null>(null);
  const id = useId();
  const hatch = `repeating-linear-gradient(135deg, ${theme.crimeaHatch} 0 2px, ${theme.fill.crimea} 2px 6px)`;
  return (
    <div className="legend" data-open={open === null ? 'auto' : String(open)}>
      <button type="button" className="legend-toggle" aria-controls={id} aria-expanded={open ?? undefined} onClick={(e) => {
        const shown = getComputedStyle(document.getElementById(id)!).display !== 'none';
        setOpen(!shown);
        e.currentTarget.setAttribute('aria-expanded', String(!shown));
      }}>
        Legend
      </button>
      <ul id={id}>
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
    </div>
  );
}
