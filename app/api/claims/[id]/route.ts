/**
 * GET /api/claims/{id}: the claim's revisions (editors only). PUT with `If-Match: "<revision>"` and
 * `{ claim, note, publish?, change: "correction" | "update" }`: a new revision (409 with the current one when the claim
 * changed meanwhile). DELETE with `{ reason }`: a retraction, published at once.
 */
import { jsonError } from '@/geo/http-cache';
import { answerProblem, editorFor, NO_STORE } from '@/store/api';
import { answerClaimWrite } from '@/store/claim-write';
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
  return answerClaimWrite(request, { required: 'the revision the edit started from' }, async ({ db, editor, body, base }) => {
    const malformed = writeBodyProblems(body);
    if (malformed.length) throw new WriteRefused(malformed);
    return saveClaim(db, editor, { id: (await params).id, base, claim: body.claim, note: body.note, publish: body.publish === true, change: body.change, stored: storedSources() });
  });
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return answerClaimWrite(request, 'optional', async ({ db, editor, body, base }) =>
    retractClaim(db, editor, { id: (await params).id, reason: body.reason, base }));
}
