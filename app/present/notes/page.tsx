import { PresenterNotes } from '@/components/present/PresenterNotes';
import { buildupPayload } from '@/geo/buildup-payload';
import { presenterScenes } from '@/geo/presenter-scenes';
import { currentData } from '@/store/current';

export const dynamic = 'force-dynamic';

export const metadata = { title: 'Presenter notes · Buildup Map' };

export default async function NotesPage() {
  const { buildup, scenes } = await currentData();
  return <PresenterNotes initial={buildupPayload(buildup)} scenes={presenterScenes(scenes)} />;
}
