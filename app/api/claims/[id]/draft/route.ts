/**
 * DELETE /api/claims/{id}/draft with `If-Match: "<revision>"` and `{ note }`: sets aside the draft waiting on top of
 * what readers see (store/write.ts, setDraftAside). 404 when there is none, 409 with the current revision when the
 * claim changed meanwhile.
 */
import { answerProblem, editorWithBody, NO_STORE, requiredIfMatch } from '@/store/api';
import { database } from '@/store/db';
import { setDraftAside } from '@/store/write';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods('DELETE');

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const asked = await editorWithBody(request, { write: true });
  if (asked instanceof Response) return asked;
  const { editor, body } = asked;
  const base = requiredIfMatch(request, 'the revision the draft is');
  if (base instanceof Response) return base;
  const { id } = await params;
  try {
    const set = await setDraftAside((await database()).db, editor, { id, note: body.note, base });
    return Response.json(set, { headers: { ...NO_STORE, ETag: `"${set.revision.revision}"` } });
  } catch (error) {
    return answerProblem(error);
  }
}
