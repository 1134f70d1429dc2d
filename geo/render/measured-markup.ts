import 'server-only';
/**
 * "Measured on this map": the lengths and areas the map's own outlines measure (geo/data/metrics.json, computed by
 * `npm run geo`). The same at every date and for every viewer, so it is markup rendered once on the server
 * (components/markup/ServerMarkup.tsx), its words and code kept out of the page's script.
 */
import { formatNumber } from '../format';
import type { Metrics } from '../load-geo';
import { escapeXml as esc } from './escape-xml';

const MEASURED: { label: string; key: keyof Metrics; unit: string }[] = [
  { label: 'Crimea (incl. Sevastopol), area', key: 'crimeaAreaKm2', unit: 'km²' },
  { label: 'Ukraine with Crimea, area', key: 'ukraineRecognisedAreaKm2', unit: 'km²' },
  { label: 'Russia–Ukraine land border, length of the line drawn', key: 'russiaUkraineBorderKm', unit: 'km' },
  { label: 'Belarus–Ukraine border, length of the line drawn', key: 'belarusUkraineBorderKm', unit: 'km' },
];

export function measuredOnThisMapMarkup(metrics: Metrics): string {
  const rows = MEASURED.map(({ label, key, unit }) => `<tr><th scope="row">${esc(label)}</th><td>${esc(formatNumber(metrics[key]))} ${unit}</td></tr>`);
  return [
    '<section aria-labelledby="geo-heading"><h2 id="geo-heading">Measured on this map</h2>',
    '<table class="geo-facts"><thead><tr><th scope="col">What</th><th scope="col">On this map</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
    '<p class="fine-print">Measured by code from the generalised Natural Earth 1:10m outlines this map draws: lengths of the',
    ' lines as drawn, not official border lengths.</p></section>',
  ].join('');
}
