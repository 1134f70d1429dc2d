/**
 * POST /api/claims/check `{ claim }`: what publishing it would be refused for, by the same rules as check-data, so
 * the desk shows each problem beside its field as the editor types. Editors only; nothing is saved.
 */
import { claimsFileOf } from '@/geo/buildup';
import { answerProblem, editorWithBody, NO_STORE } from '@/store/api';
import { currentData } from '@/store/current';
import { writeProblems } from '@/store/validate';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const asked = await editorWithBody(request, { write: false });
  if (asked instanceof Response) return asked;
  const { body } = asked;
  try {
    const { buildup, scenes } = await currentData();
    return Response.json({ errors: writeProblems(claimsFileOf(buildup), scenes, { claim: body.claim }) }, { headers: NO_STORE });
  } catch (error) {
    return answerProblem(error);
  }
}
