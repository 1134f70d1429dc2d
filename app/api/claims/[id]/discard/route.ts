/**
 * POST /api/claims/{id}/discard with `If-Match: "<revision>"` (the claim's latest) and `{ note }`: discards a claim
 * never published, a draft started by mistake, from the desk's list (store/write.ts, discardClaim); its revisions stay.
 * DELETE with `If-Match` (the discard's revision) and `{ note? }`: restores it to the list as the draft it was. 409
 * naming why for a claim readers have seen (it is retracted instead) or one not discarded, and with the current revision
 * when the claim changed meanwhile; 428 without If-Match. Readers' data is untouched either way: nothing is published.
 */
import { answerClaimWrite } from '@/store/claim-write';
import { discardClaim, undiscardClaim } from '@/store/write';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { GET, HEAD, PUT, PATCH, OPTIONS } = otherMethods('POST', 'DELETE');

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return answerClaimWrite(request, { required: "the claim's latest revision, which is discarded" }, async ({ db, editor, body, base }) =>
    discardClaim(db, editor, { id: (await params).id, note: body.note, base }));
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return answerClaimWrite(request, { required: 'the revision that discarded the claim' }, async ({ db, editor, body, base }) =>
    undiscardClaim(db, editor, { id: (await params).id, note: body.note, base }));
}
