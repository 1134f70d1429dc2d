'use client';
import { memo } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import { LAYER_TOGGLE_LABELS, LAYER_TOGGLES, type LayerToggle } from '@/geo/view-state';

/** Memoised: a new date does not draw it again. Until the page's script runs the boxes show the layers shown, disabled. */
export const LayerToggles = memo(function LayerToggles({ hidden, onChange }: { hidden: readonly LayerToggle[]; onChange: (hidden: LayerToggle[]) => void }) {
  const hydrated = useHydrated();
  return (
    <fieldset className="layer-toggles" disabled={!hydrated}>
      <legend>Layers shown</legend>
      {LAYER_TOGGLES.map((toggle) => (
        <label key={toggle}>
          <input
            type="checkbox"
            name={`layer-${toggle}`}
            checked={!hidden.includes(toggle)}
            onChange={(e) => onChange(e.target.checked ? hidden.filter((t) => t !== toggle) : [...hidden, toggle])}
          />
          {LAYER_TOGGLE_LABELS[toggle]}
        </label>
      ))}
    </fieldset>
  );
});
