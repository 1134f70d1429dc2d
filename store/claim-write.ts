import 'server-only';
/**
 * The one shape of every write to the claims API (app/api/claims/…): a signed-in editor's JSON body, the If-Match the
 * write needs, the store's write, and the answer: what was written, with its revision as the ETag and, when the
 * write published, what refreshing the readers' data said. A refusal is answered as the problem it names.
 */
import { answerProblem, editorWithBody, NO_STORE, optionalIfMatch, requiredIfMatch } from './api';
import type { Editor } from './auth';
import { refreshAfterWrite } from './current';
import { database, type Db } from './db';
import type { RevisionView } from './write';

export interface ClaimWriteInput<Base extends number | undefined> {
  db: Db['db'];
  editor: Editor;
  body: Record<string, unknown>;
  /** The revision the write starts from (If-Match): a number where it is required. */
  base: Base;
}

/**
 * What the write asks of If-Match: the revision it must name (said in the 428 without one), that it may name one,
 * or nothing (a new claim has no revision yet).
 */
export type BaseRevision = { required: string } | 'optional' | 'none';

export async function answerClaimWrite<Asked extends BaseRevision>(
  request: Request,
  baseRevision: Asked,
  write: (input: ClaimWriteInput<Asked extends { required: string } ? number : number | undefined>) => Promise<{ revision: RevisionView; dataVersion: number | null }>,
  { created = false } = {},
): Promise<Response> {
  const asked = await editorWithBody(request, { write: true });
  if (asked instanceof Response) return asked;
  // The header before the body: a bad If-Match ("banana") with an empty body was answered as a body without a claim.
  const base = baseRevision === 'none' ? undefined : baseRevision === 'optional' ? optionalIfMatch(request) : requiredIfMatch(request, baseRevision.required);
  if (base instanceof Response) return base;
  try {
    // requiredIfMatch has answered unless there is a number: the cast only says so to the compiler.
    const written = await write({ db: (await database()).db, editor: asked.editor, body: asked.body, base: base as Asked extends { required: string } ? number : number | undefined });
    const refreshed = written.dataVersion !== null ? await refreshAfterWrite() : {};
    const headers: Record<string, string> = { ...NO_STORE, ETag: `"${written.revision.revision}"` };
    if (created) headers.Location = `/api/claims/${written.revision.key}`;
    return Response.json({ ...written, ...refreshed }, { status: created ? 201 : 200, headers });
  } catch (error) {
    return answerProblem(error);
  }
}
