import { redirect } from 'next/navigation';
import { sceneIndexFromPath } from '@/components/present/keys';
import { buildupPayload } from '@/geo/buildup-payload';
import { presenterScenes } from '@/geo/presenter-scenes';

export const dynamic = 'force-dynamic';

/** Only canonical scene addresses render; junk or out-of-range numbers go to the nearest valid scene. */
export default async function ScenePage({ params }: { params: Promise<{ scene?: string[] }> }) {
  const { scene } = await params;
  if (!scene) return null;
  const count = presenterScenes(buildupPayload()).length;
  const index = sceneIndexFromPath(`/present/${scene.map(encodeURIComponent).join('/')}`, count);
  if (scene.length !== 1 || scene[0] !== String(index + 1)) redirect(`/present/${index + 1}`);
  return null;
}
