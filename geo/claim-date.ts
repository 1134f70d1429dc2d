import type { DATED_BY } from './claim-words';
import { formatDate } from './format';

interface Dated { saidOn: string; datedBy?: (typeof DATED_BY)[number] }

/**
 * A claim's date as a reader should take it: "19 January 2022" when that is the day it was said, "reported
 * 19 January 2022" when it is only the day a report carried the words (the source does not say when they were said).
 */
export function claimDate(claim: Dated): string {
  return claim.datedBy === 'report' ? `reported ${formatDate(claim.saidOn)}` : formatDate(claim.saidOn);
}

/** The label of a claim's date in a list of its facts: "Said on" or "Reported on". */
export function claimDateLabel(claim: Dated): string {
  return claim.datedBy === 'report' ? 'Reported on' : 'Said on';
}
