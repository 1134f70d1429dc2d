import { MapPreloads } from '@/components/map/MapPreloads';
import { PresenterShell } from '@/components/present/PresenterShell';
import { buildupPayload } from '@/geo/buildup-payload';
import { presenterScenes } from '@/geo/presenter-scenes';
import { currentData } from '@/store/current';

export const dynamic = 'force-dynamic';

/** The stage persists across /present/N, so stepping through scenes keeps one map and flies it. */
export default async function PresentLayout({ children }: { children: React.ReactNode }) {
  const { buildup, scenes } = await currentData();
  const initial = buildupPayload(buildup);
  return (
    <>
      <MapPreloads eager />
      <PresenterShell initial={initial} scenes={presenterScenes(scenes, initial.figures)} />
      {children}
    </>
  );
}
