/**
 * POST /api/claims/check `{ claim, new? }`: what publishing it would be refused for, by the same rules as check-data,
 * so the desk shows each problem beside its field as the editor types (and `notes`, what it should know though nothing
 * is wrong: another figure of the series that day); with `new: true`, also an id another claim
 * (published, draft or retracted) already has. Editors only; nothing is saved.
 */
import { claimsFileOf } from '@/geo/buildup';
import { answerProblem, editorWithBody, NO_STORE } from '@/store/api';
import { currentData } from '@/store/current';
import { database } from '@/store/db';
import { deskClaim } from '@/store/read';
import { writeNotes, writeProblems } from '@/store/validate';
import { idTaken } from '@/store/write';
import { storedSources } from '@/store/stored-sources';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');

export async function POST(request: Request): Promise<Response> {
  const asked = await editorWithBody(request, { write: false });
  if (asked instanceof Response) return asked;
  const { body } = asked;
  try {
    const { buildup, scenes } = await currentData();
    const stored = storedSources();
    const errors = writeProblems(claimsFileOf(buildup), scenes, { claim: body.claim }, stored);
    const id = (body.claim as { id?: unknown } | null)?.id;
    const other = body.new === true && typeof id === 'string' && id ? await deskClaim((await database()).db, id) : null;
    if (other) errors.unshift(...idTaken(other.latest).errors);
    const notes = [
      // Said, not silently skipped: a deployment without the stored texts publishes quotes no one checked.
      ...(stored ? [] : ['The exact words are not checked against stored source texts: this server has none (set BUILDUP_SOURCES_DIR). Check them against the page before publishing.']),
      // With the problems too: a day before the timeline is told as soon as it is typed (store/validate.ts).
      ...writeNotes(claimsFileOf(buildup), { claim: body.claim }),
    ];
    return Response.json({ errors, notes }, { headers: NO_STORE });
  } catch (error) {
    return answerProblem(error);
  }
}
