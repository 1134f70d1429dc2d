'use client';
import { memo, useEffect, useId, useState } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import type { ClaimSummary } from '@/geo/buildup';
import { legendEntries, legendNote } from '@/geo/legend';
import { cssPalette } from '@/geo/render/palette';
import { patternDefs } from '@/geo/render/patterns';
import { swatchSvg } from '@/geo/render/swatch';
import type { Highlight } from '@/geo/schema';
import type { LayerToggle } from '@/geo/view-state';

/** The legend's own hatch patterns (themed through CSS like the map), drawn once for every swatch. */
const PATTERNS = `<defs>${patternDefs(cssPalette, 1, 'bm-legend')}</defs>`;
const SWATCH = { x: 1, y: 1, width: 22, height: 14 };

/**
 * The map's key: the same entries, drawn by the same swatch function, as the key on every exported image
 * (geo/legend.ts). Until the viewer toggles it, CSS decides: open on wide screens, folded on phones (so it does not
 * cover the map). Deciding in CSS, not after hydration, keeps the page from shifting as it loads. The presenter's is
 * always open, its fold button hidden and a plain heading in its place, by CSS (app/globals.css).
 */
export const Legend = memo(function Legend({ figures, crimeaSince, hidden, highlight = null }: {
  figures: readonly Pick<ClaimSummary, 'kind'>[]; crimeaSince: number | null; hidden: readonly LayerToggle[]; highlight?: Highlight | null;
}) {
  const [open, setOpen] = useState<boolean | null>(null);
  // The legend's title stays in view before the page's script runs; it folds and unfolds once it does.
  const hydrated = useHydrated();
  const id = useId();
  // Until toggled, what CSS shows (open on a wide screen, folded on a phone) is what the button says it is.
  const [shownByCss, setShownByCss] = useState<boolean | null>(null);
  useEffect(() => {
    const read = () => {
      const body = document.getElementById(id);
      if (body) setShownByCss(getComputedStyle(body).display !== 'none');
    };
    read();
    window.addEventListener('resize', read);
    return () => window.removeEventListener('resize', read);
  }, [id]);
  const entries = legendEntries({ figures, crimeaSince, hidden, highlight });
  const note = legendNote(entries);
  return (
    <div className="legend" data-open={open === null ? 'auto' : String(open)} onKeyDown={(e) => {
      // Escape folds an open key, as it closes a card, and the focus goes back to its button.
      const body = document.getElementById(id);
      if (e.key !== 'Escape' || !body || getComputedStyle(body).display === 'none') return;
      e.stopPropagation();
      setOpen(false);
      e.currentTarget.querySelector('button')?.focus();
    }}>
      <button type="button" className="legend-toggle" aria-controls={id} aria-expanded={open ?? shownByCss ?? undefined} disabled={!hydrated} onClick={(e) => {
        const shown = getComputedStyle(document.getElementById(id)!).display !== 'none';
        setOpen(!shown);
        e.currentTarget.setAttribute('aria-expanded', String(!shown));
      }}>
        Legend
      </button>
      <div id={id} className="legend-body">
        <svg className="legend-patterns" width="0" height="0" aria-hidden="true" dangerouslySetInnerHTML={{ __html: PATTERNS }} />
        <ul>
          {entries.map((entry) => (
            <li key={entry.id} data-entry={entry.id}>
              <svg className="swatch" width="24" height="16" viewBox="0 0 24 16" aria-hidden="true"
                dangerouslySetInnerHTML={{ __html: swatchSvg(entry.swatch, SWATCH, 1, cssPalette, 'bm-legend') }} />
              {entry.label}
            </li>
          ))}
        </ul>
        {note ? <p className="legend-note">{note}</p> : null}
      </div>
    </div>
  );
});
