/**
 * The map's description in words (geo/describe-picture.ts: the figures' circles, then the numbers without a circle,
 * the invasion on Ukraine among them, which a screen reader of the server-drawn map never heard of) as markup for its
 * element: the server puts the first one in a
 * slot (app/map-page-data.ts), and the page loads this module only when the date or the layers change, so its words
 * are not in the page's first scripts (their budget, test/bench).
 */
import { type Buildup, type ClaimSummary } from '@/geo/buildup';
import { describePicture } from '@/geo/describe-picture';
import { escapeXml } from '@/geo/render/escape-xml';

export { mapDescriptionSlot } from './map-description-slot';

type Described = Pick<Buildup, 'steps' | 'asOf'> & { claims: readonly ClaimSummary[] };

export const mapDescriptionMarkup = (buildup: Described, step: number, hidden: readonly string[]) => escapeXml(describePicture(buildup, step, buildup.claims, hidden));
