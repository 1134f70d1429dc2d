/**
 * DELETE /api/claims/{id}/draft with `If-Match: "<revision>"` and `{ note }`: sets aside the draft waiting on top of
 * what readers see (store/write.ts, setDraftAside). 404 when there is none, 409 with the current revision when the
 * claim changed meanwhile.
 */
import { jsonError } from '@/geo/http-cache';
import { answerProblem, editorWithBody, ifMatch, NO_STORE } from '@/store/api';
import { database } from '@/store/db';
import { setDraftAside } from '@/store/write';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const asked = await editorWithBody(request, { write: true });
  if (asked instanceof Response) return asked;
  const { editor, body } = asked;
  const base = ifMatch(request);
  if (base === null) return jsonError(428, 'If-Match is required: the revision the draft is, e.g. If-Match: "3".');
  const { id } = await params;
  try {
    const set = await setDraftAside((await database()).db, editor, { id, note: body.note, base });
    return Response.json(set, { headers: { ...NO_STORE, ETag: `"${set.revision.revision}"` } });
  } catch (error) {
    return answerProblem(error);
  }
}
