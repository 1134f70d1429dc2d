'use client';
import { memo, useEffect, useRef, useState } from 'react';
import { useMapData } from '@/components/data/use-map-data';
import type { Timeline } from '@/components/data/use-timeline';
import { MapView } from '@/components/map/MapView';
import { ServerMarkup } from '@/components/markup/ServerMarkup';
import type { PagePayload } from '@/geo/buildup-payload';
import type { FigureLayers } from '@/geo/figure-layers';
import { ATTRIBUTION } from '@/geo/map-words';
import type { ThemeName } from '@/geo/tokens';
import type { View } from '@/geo/view';
import type { ViewState } from '@/geo/view-state';
import { Legend } from './Legend';
import { mapDescriptionSlot } from './map-description-slot';

interface Props {
  buildup: PagePayload;
  /** Where the figures stand (from the whole payload); null until it has arrived. */
  figures: FigureLayers | null;
  state: ViewState;
  timeline: Timeline;
  theme: ThemeName;
  firstPaint: { view: View; width: number; height: number };
  /** The server-drawn map of a data version newer than the page's, once one is published. */
  freshMap?: string | null;
  onOpenClaim: (id: string, opener: HTMLElement) => void;
  /** Id of the map's description in words (for screen readers). */
  descriptionId: string;
  className: string;
  /** The server-drawn map and the preloads. */
  children: React.ReactNode;
}

/**
 * The map's description in words at the step, in an element of its own: the server's until the date or the layers
 * change, then computed here by a module loaded only then (map-description.ts). Its words arrive a moment after the
 * date, and only this element is drawn again for them, not the map and its legend.
 */
function MapDescription({ id, buildup, step, hidden }: { id: string; buildup: PagePayload; step: number; hidden: ViewState['hidden'] }) {
  const [described, setDescribed] = useState<string | null>(null);
  const served = useRef<{ buildup: PagePayload; step: number; hidden: ViewState['hidden'] } | null>({ buildup, step, hidden });
  useEffect(() => {
    const first = served.current;
    if (first && first.buildup === buildup && first.step === step && first.hidden === hidden) return;
    served.current = null;
    let stale = false;
    void import('./map-description').then(({ mapDescriptionMarkup }) => {
      if (!stale) setDescribed(mapDescriptionMarkup(buildup, step, hidden));
    });
    return () => {
      stale = true;
    };
  }, [buildup, step, hidden]);
  // null while the server's words stand.
  return <ServerMarkup id={id} className="visually-hidden" slot={mapDescriptionSlot(buildup.version, step, hidden)} fresh={described} />;
}

/** The story's map as the dashboard and the embed show it: the live map over the server-drawn one, its legend, and its description. */
export const StoryMap = memo(function StoryMap({ buildup, figures, state, timeline, theme, firstPaint, freshMap = null, onOpenClaim, descriptionId, className, children }: Props) {
  const map = useMapData(buildup, figures, timeline.step);
  return (
    <>
      <MapView
        className={className}
        theme={theme}
        firstPaint={firstPaint}
        freshUnderlay={freshMap}
        hiddenLayers={state.hidden}
        describedBy={descriptionId}
        figures={map.figures}
        step={timeline.step}
        crimeaSince={map.crimeaSince}
        calloutLabels={map.labels}
        onOpenClaim={onOpenClaim}
        creditShown
      >
        {children}
        <Legend figures={map.legendFigures} crimeaSince={map.crimeaSince} hidden={state.hidden} />
      </MapView>
      {/* Under the map, not over it: in the first paint too (and without script), and on a phone it covered the Crimea note. */}
      {/* The licence whole on its line: a phone broke "GeoNames (CC" from "BY 4.0)". */}
      <p className="map-credit">{ATTRIBUTION.replace(/\(([^)]*)\)/g, (words) => words.replace(/ /g, '\u00a0'))}</p>
      <MapDescription id={descriptionId} buildup={buildup} step={timeline.step} hidden={state.hidden} />
    </>
  );
});
