import type { FormValues } from './claim-form';

export type MergeSide = 'mine' | 'theirs';
export interface MergeDefault { side: MergeSide; changedBy: 'mine' | 'theirs' | 'both' }

/**
 * A three-way merge's starting choice for each field where two versions differ: the side that changed it since the
 * common ancestor (the revision both edits started from), so that taking the defaults keeps both editors' changes;
 * where both changed it, the editor's own. Fields the two versions agree on are left out.
 * `theirsUnpublished`: theirs is a colleague's draft that readers have not seen, and this edit started from what
 * readers see: its changes start on the editor's side, so that one click never publishes another's unreviewed work.
 */
export function mergeDefaults(
  mine: FormValues, theirs: FormValues, ancestor: FormValues, theirsUnpublished = false,
  /**
   * What readers saw when this edit started from a draft: theirs, a publish over that draft, may have started from it
   * instead ("Edit what readers see"). A field theirs leaves as readers saw it is then not theirs to change: the
   * draft's note, which the publish never had, was marked "they changed it" and emptied by the defaults.
   */
  theirsMayStartFrom: FormValues | null = null,
): Record<string, MergeDefault> {
  const out: Record<string, MergeDefault> = {};
  for (const name of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const [m, t, a] = [mine[name] ?? '', theirs[name] ?? '', ancestor[name] ?? ''];
    if (m === t) continue;
    if (theirsMayStartFrom && t === (theirsMayStartFrom[name] ?? '')) out[name] = { side: 'mine', changedBy: 'mine' };
    else if (m === a) out[name] = { side: theirsUnpublished ? 'mine' : 'theirs', changedBy: 'theirs' };
    else if (t === a) out[name] = { side: 'mine', changedBy: 'mine' };
    else out[name] = { side: 'mine', changedBy: 'both' };
  }
  return out;
}
