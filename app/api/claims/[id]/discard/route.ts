/**
 * POST /api/claims/{id}/discard with `If-Match: "<revision>"` (the claim's latest) and `{ note }`: discards a claim
 * never published, a draft started by mistake, from the desk's list (store/write.ts, discardClaim); its revisions stay.
 * DELETE with `If-Match` (the discard's revision) and `{ note? }`: restores it to the list as the draft it was. 409
 * naming why for a claim readers have seen (it is retracted instead) or one not discarded, and with the current revision
 * when the claim changed meanwhile; 428 without If-Match. Readers' data is untouched either way: nothing is published.
 */
import { answerProblem, editorWithBody, NO_STORE, requiredIfMatch } from '@/store/api';
import { database } from '@/store/db';
import { discardClaim, undiscardClaim } from '@/store/write';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { GET, HEAD, PUT, PATCH, OPTIONS } = otherMethods('POST', 'DELETE');

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const asked = await editorWithBody(request, { write: true });
  if (asked instanceof Response) return asked;
  const { editor, body } = asked;
  const base = requiredIfMatch(request, "the claim's latest revision, which is discarded");
  if (base instanceof Response) return base;
  const { id } = await params;
  try {
    const discarded = await discardClaim((await database()).db, editor, { id, note: body.note, base });
    return Response.json(discarded, { headers: { ...NO_STORE, ETag: `"${discarded.revision.revision}"` } });
  } catch (error) {
    return answerProblem(error);
  }
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const asked = await editorWithBody(request, { write: true });
  if (asked instanceof Response) return asked;
  const { editor, body } = asked;
  const base = requiredIfMatch(request, 'the revision that discarded the claim');
  if (base instanceof Response) return base;
  const { id } = await params;
  try {
    const restored = await undiscardClaim((await database()).db, editor, { id, note: body.note, base });
    return Response.json(restored, { headers: { ...NO_STORE, ETag: `"${restored.revision.revision}"` } });
  } catch (error) {
    return answerProblem(error);
  }
}
