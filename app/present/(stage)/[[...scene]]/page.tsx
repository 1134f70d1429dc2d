import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { sceneTabTitle } from '@/geo/scene-tab-title';
import { currentScenes } from '@/store/current';
import { sceneFromPath } from '@/geo/view-state';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ scene?: string[] }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { scene } = await params;
  const { scenes } = await currentScenes();
  const n = sceneFromPath(`/present/${(scene ?? []).map(encodeURIComponent).join('/')}`, scenes.length);
  return { title: sceneTabTitle(scenes[n - 1].title, n, scenes.length) };
}

/** Only canonical scene addresses render; junk or out-of-range numbers go to the nearest valid scene. */
export default async function ScenePage({ params, searchParams }: Params & { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scene } = await params;
  if (!scene) return null;
  const count = (await currentScenes()).scenes.length;
  const n = sceneFromPath(`/present/${scene.map(encodeURIComponent).join('/')}`, count);
  if (scene.length !== 1 || scene[0] !== String(n)) {
    // The query (a date, a theme) stays: the presenter asked for it as well as for the scene.
    const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([k, v]) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((one) => [k, one])));
    // A scene the story has not (13, 999, 0, "abc") is named on the one it leads to; another spelling of one it has
    // (`/present/03`) is not.
    query.delete('asked');
    if (Number(scene[0]) !== n) query.set('asked', scene.join('/').slice(0, 24));
    redirect(`/present/${n}${query.size ? `?${query}` : ''}`);
  }
  return null;
}
