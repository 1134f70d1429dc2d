/**
 * DELETE /api/claims/{id}/draft with `If-Match: "<revision>"` and `{ note }`: sets aside the draft waiting on top of
 * what readers see (store/write.ts, setDraftAside). 404 when there is none, 409 with the current revision when the
 * claim changed meanwhile.
 */
import { answerClaimWrite } from '@/store/claim-write';
import { setDraftAside } from '@/store/write';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods('DELETE');

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return answerClaimWrite(request, { required: 'the revision the draft is' }, async ({ db, editor, body, base }) =>
    setDraftAside(db, editor, { id: (await params).id, note: body.note, base }));
}
