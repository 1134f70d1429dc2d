import { describeFigure, type Buildup } from './buildup';
import { PLACEHOLDER } from './placeholder';

/** "{deployed-90k}" → "more than 90,000 troops": scene text carries figures only through their claims. */
export function fillPlaceholders(text: string, buildup: Buildup): string {
  return text.replace(PLACEHOLDER, (whole, id: string) => {
    const claim = buildup.claims.find((c) => c.id === id);
    return claim ? describeFigure(claim) : whole;
  });
}
