/**
 * POST /api/claims/preview `{ claim }`: the map and the chart as they would be with the claim published, at the
 * claim's date, drawn by the export renderer (SVG, coloured by value), or `{ error }` while the claim is not valid.
 * Editors only; nothing is saved.
 */
import { claimsFileOf, deriveBuildup } from '@/geo/buildup';
import { loadGeo } from '@/geo/load-geo';
import { fitBounds } from '@/geo/mercator';
import { DEFAULT_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '@/geo/region';
import { chartSvg } from '@/geo/render/chart';
import { valuePalette } from '@/geo/render/palette';
import { escapeXml } from '@/geo/render/escape-xml';
import { renderMap } from '@/geo/render/render-svg';
import { ClaimsFileSchema } from '@/geo/schema';
import { FONT_STACK, themes } from '@/geo/style';
import { stepForDate } from '@/geo/timeline';
import { answerProblem, editorWithBody, NO_STORE } from '@/store/api';
import { currentData } from '@/store/current';
import { candidateFile } from '@/store/validate';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');

const MAP = { width: 640, height: 440 };
const CHART = { width: 640, height: 320 };

export async function POST(request: Request): Promise<Response> {
  const asked = await editorWithBody(request, { write: false });
  if (asked instanceof Response) return asked;
  const { body } = asked;
  try {
    const { buildup: current } = await currentData();
    const parsed = ClaimsFileSchema.safeParse(candidateFile(claimsFileOf(current), { claim: body.claim }).input);
    // Not an error of the request: the form is half typed. The answer says so, without a picture.
    if (!parsed.success) return Response.json({ error: 'The preview follows once the claim is valid: fix the fields marked.' }, { headers: NO_STORE });
    const buildup = deriveBuildup(parsed.data);
    const date = (body.claim as { saidOn: string }).saidOn;
    const step = stepForDate(buildup.steps, date);
    // The whole region, as the page's first paint frames it.
    const pad = { top: 8, bottom: 8, left: 8, right: 8 };
    const view = fitBounds(DEFAULT_BOUNDS, MAP.width, MAP.height, pad, MIN_ZOOM, MAX_ZOOM);
    const { svg: map } = renderMap({ buildup, geo: loadGeo(), view, ...MAP, step, layout: 'map-only', bare: true, idPrefix: 'preview' });
    const chart = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${CHART.height}" font-family="${escapeXml(FONT_STACK)}">`
      + `${chartSvg({ claims: buildup.claims, steps: buildup.steps, step, ...CHART, size: 12, palette: valuePalette(themes.light), stepsInCss: false })}</svg>`;
    return Response.json({ date: buildup.steps[step], map, chart }, { headers: NO_STORE });
  } catch (error) {
    return answerProblem(error);
  }
}
