import { PresenterNotes } from '@/components/present/PresenterNotes';
import { buildupPayload } from '@/geo/buildup-payload';
import { presenterScenes } from '@/geo/presenter-scenes';
import { currentData } from '@/store/current';

export const dynamic = 'force-dynamic';

export const metadata = { title: 'Presenter notes · Buildup Map' };

export default async function NotesPage() {
  const { buildup, scenes } = await currentData();
  const payload = buildupPayload(buildup);
  return <PresenterNotes initial={payload} scenes={presenterScenes(scenes, payload.figures)} />;
}
