'use client';
import { memo } from 'react';
import { formatNumber } from '@/geo/format';
import type { Metrics } from '@/geo/load-geo';

/** Lengths and areas this map's own outlines measure (geo/data/metrics.json, computed by `npm run geo`). */
const MEASURED: { label: string; key: keyof Metrics; unit: string }[] = [
  { label: 'Crimea (incl. Sevastopol), area', key: 'crimeaAreaKm2', unit: 'km²' },
  { label: 'Ukraine with Crimea, area', key: 'ukraineRecognisedAreaKm2', unit: 'km²' },
  { label: 'Russia–Ukraine land border, length of the line drawn', key: 'russiaUkraineBorderKm', unit: 'km' },
  { label: 'Belarus–Ukraine border, length of the line drawn', key: 'belarusUkraineBorderKm', unit: 'km' },
];

/** What the map's outlines measure. Memoised: the same at every date. */
export const MeasuredOnThisMap = memo(function MeasuredOnThisMap({ metrics }: { metrics: Metrics }) {
  return (
    <section aria-labelledby="geo-heading">
      <h2 id="geo-heading">Measured on this map</h2>
      <table className="geo-facts">
        <thead>
          <tr><th scope="col">What</th><th scope="col">On this map</th></tr>
        </thead>
        <tbody>
          {MEASURED.map(({ label, key, unit }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{formatNumber(metrics[key])} {unit}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="fine-print">
        Measured by code from the generalised Natural Earth 1:10m outlines this map draws: lengths of the lines as
        drawn, not official border lengths.
      </p>
    </section>
  );
});
