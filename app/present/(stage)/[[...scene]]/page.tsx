import { redirect } from 'next/navigation';
import { currentScenes } from '@/store/current';
import { sceneFromPath } from '@/geo/view-state';

export const dynamic = 'force-dynamic';

/** Only canonical scene addresses render; junk or out-of-range numbers go to the nearest valid scene. */
export default async function ScenePage({ params }: { params: Promise<{ scene?: string[] }> }) {
  const { scene } = await params;
  if (!scene) return null;
  const count = (await currentScenes()).scenes.length;
  const n = sceneFromPath(`/present/${scene.map(encodeURIComponent).join('/')}`, count);
  if (scene.length !== 1 || scene[0] !== String(n)) redirect(`/present/${n}`);
  return null;
}
