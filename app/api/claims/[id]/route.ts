/**
 * GET /api/claims/{id}: the claim's revisions (editors only). PUT with `If-Match: "<revision>"` and
 * `{ claim, note, publish?, change: "correction" | "update" }`: a new revision (409 with the current one when the claim
 * changed meanwhile). DELETE with `{ reason }`: a retraction, published at once.
 */
import { jsonError } from '@/geo/http-cache';
import { answerProblem, editorFor, editorWithBody, NO_STORE, optionalIfMatch, requiredIfMatch } from '@/store/api';
import { refreshAfterWrite } from '@/store/current';
import { database } from '@/store/db';
import { deskClaim } from '@/store/read';
import { retractClaim, saveClaim, WriteRefused, writeBodyProblems } from '@/store/write';
import { storedSources } from '@/store/stored-sources';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { POST, PATCH, OPTIONS } = otherMethods('GET', 'PUT', 'DELETE');

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const editor = await editorFor(request, { write: false });
  if (editor instanceof Response) return editor;
  const { id } = await params;
  try {
    const claim = await deskClaim((await database()).db, id);
    if (!claim) return jsonError(404, `There is no claim "${id.slice(0, 80)}".`);
    return Response.json(claim, { headers: { ...NO_STORE, ETag: `"${claim.latest.revision}"` } });
  } catch (error) {
    return answerProblem(error);
  }
}

export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const asked = await editorWithBody(request, { write: true });
  if (asked instanceof Response) return asked;
  const { editor, body } = asked;
  // The header before the body: a bad If-Match ("banana") with an empty body was answered as a body without a claim.
  const base = requiredIfMatch(request, 'the revision the edit started from');
  if (base instanceof Response) return base;
  const malformed = writeBodyProblems(body);
  if (malformed.length) return answerProblem(new WriteRefused(malformed));
  const { id } = await params;
  try {
    const saved = await saveClaim((await database()).db, editor, { id, base, claim: body.claim, note: body.note, publish: body.publish === true, change: body.change, stored: storedSources() });
    const refreshed = saved.dataVersion !== null ? await refreshAfterWrite() : {};
    return Response.json({ ...saved, ...refreshed }, { headers: { ...NO_STORE, ETag: `"${saved.revision.revision}"` } });
  } catch (error) {
    return answerProblem(error);
  }
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const asked = await editorWithBody(request, { write: true });
  if (asked instanceof Response) return asked;
  const { editor, body } = asked;
  const { id } = await params;
  const base = optionalIfMatch(request);
  if (base instanceof Response) return base;
  try {
    const saved = await retractClaim((await database()).db, editor, { id, reason: body.reason, base });
    return Response.json({ ...saved, ...(await refreshAfterWrite()) }, { headers: NO_STORE });
  } catch (error) {
    return answerProblem(error);
  }
}
