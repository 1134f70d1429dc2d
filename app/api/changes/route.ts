/** GET /api/changes: the public change log, newest first (JSON): every publish, with its data version and note. */
import { answerProblem } from '@/store/api';
import { currentData } from '@/store/current';
import { database } from '@/store/db';
import { changeLog } from '@/store/read';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');

export async function GET(): Promise<Response> {
  try {
    const { buildup } = await currentData();
    const changes = await changeLog((await database()).db);
    return Response.json({ dataVersion: buildup.dataVersion, changes }, { headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } });
  } catch (error) {
    return answerProblem(error);
  }
}
