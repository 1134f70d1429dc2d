import { describeFigure, type Buildup } from './buildup';
import { PLACEHOLDER } from './placeholder';

/**
 * "{deployed-90k}" → "more than 90,000 troops", "{reznikov-130k:area}" → "within 200 km": scene text carries figures,
 * and the areas they count, only through their claims.
 */
export function fillPlaceholders(text: string, buildup: Pick<Buildup, 'claims'>): string {
  return text.replace(PLACEHOLDER, (whole, id: string, part: string | undefined) => {
    const claim = buildup.claims.find((c) => c.id === id);
    if (!claim) return whole;
    return part === 'area' ? claim.scope?.area ?? whole : describeFigure(claim);
  });
}

/** The claims a scene shows or names in its text: the sources its picture must list. */
export function sceneSources(scene: { claims: readonly string[]; title: string; caption: string }): string[] {
  const named = [scene.title, scene.caption].flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]));
  return [...new Set([...scene.claims, ...named])];
}
