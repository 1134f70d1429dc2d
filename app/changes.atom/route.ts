/** GET /changes.atom: the public change log as an Atom feed (RFC 4287), each entry one published change. */
import { changeHeadline } from '@/geo/change-words';
import { escapeXml } from '@/geo/render/escape-xml';
import { answerProblem, appOrigin } from '@/store/api';
import { currentData } from '@/store/current';
import { database } from '@/store/db';
import { changeLog } from '@/store/read';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
// Other methods: a JSON 405 naming the methods it takes (it was Next's empty 405, without Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');

/** Characters XML 1.0 cannot carry at all (control characters a claim might hold), dropped from the feed. */
const xmlText = (text: string) => escapeXml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));

export async function GET(request: Request): Promise<Response> {
  try {
    const { buildup } = await currentData();
    const changes = await changeLog((await database()).db, 100);
    const origin = appOrigin(request);
    const updated = changes[0]?.publishedAt ?? new Date(0).toISOString();
    const entries = changes.map((c) => `<entry><id>${xmlText(`${origin}/changes#v${c.dataVersion}-${c.kind}-${c.key}`)}</id>`
      + `<title>${xmlText(changeHeadline(c))}</title><updated>${xmlText(c.publishedAt)}</updated>`
      + `<link href="${xmlText(`${origin}/changes#v${c.dataVersion}`)}"/><content type="text">${xmlText(c.note)}</content></entry>`).join('');
    const feed = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">`
      + `<title>${xmlText(`${buildup.story.title}: changes`)}</title><id>${xmlText(`${origin}/changes`)}</id><updated>${xmlText(updated)}</updated>`
      + `<link rel="self" href="${xmlText(`${origin}/changes.atom`)}"/><link href="${xmlText(`${origin}/changes`)}"/>${entries}</feed>`;
    return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, must-revalidate', 'X-Content-Type-Options': 'nosniff' } });
  } catch (error) {
    return answerProblem(error);
  }
}
