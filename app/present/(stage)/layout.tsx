import { MapPreloads } from '@/components/map/MapPreloads';
import { PresenterShell } from '@/components/present/PresenterShell';
import { buildupPayload } from '@/geo/buildup-payload';
import { presenterScenes } from '@/geo/presenter-scenes';
import { sceneClaimsAt } from '@/geo/scene-claims-at';
import { currentData } from '@/store/current';

export const dynamic = 'force-dynamic';

/** The stage persists across /present/N, so stepping through scenes keeps one map and flies it. */
export default async function PresentLayout({ children }: { children: React.ReactNode }) {
  const { buildup, scenes } = await currentData();
  const initial = buildupPayload(buildup);
  // An undated scene follows the address's date (`?date=`), which only the stage reads: its claims at every step.
  const undated = scenes.scenes.map((scene) => (scene.date ? null : initial.steps.map((_, step) => sceneClaimsAt(initial.claims, initial.steps, scene.claims, step))));
  return (
    <>
      <MapPreloads eager />
      <PresenterShell initial={initial} scenes={presenterScenes(scenes, initial.figures)} undatedClaims={undated} />
      {children}
    </>
  );
}
