import { PresenterNotes } from '@/components/present/PresenterNotes';
import { buildupPayload } from '@/geo/buildup-payload';
import { presenterScenes } from '@/geo/presenter-scenes';
import { dateWithin } from '@/geo/view-state';
import { currentData } from '@/store/current';

export const dynamic = 'force-dynamic';

export const metadata = { title: 'Presenter notes · Buildup Map' };

/** `?date=` as the stage has it (N on the stage opens the notes with the stage's query): the undated scenes' date. */
export default async function NotesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { buildup, scenes } = await currentData();
  const payload = buildupPayload(buildup);
  const { date } = await searchParams;
  const addressDate = dateWithin(typeof date === 'string' ? date : null, payload.steps);
  return <PresenterNotes initial={payload} scenes={presenterScenes(scenes, payload.figures)} addressDate={addressDate} />;
}
