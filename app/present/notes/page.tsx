import { PresenterNotes } from '@/components/present/PresenterNotes';
import { buildupPayload } from '@/geo/buildup-payload';
import { presenterScenes } from '@/geo/presenter-scenes';

export const dynamic = 'force-dynamic';

export const metadata = { title: 'Presenter notes · Buildup Map' };

export default function NotesPage() {
  const initial = buildupPayload();
  return <PresenterNotes initial={initial} scenes={presenterScenes()} />;
}
