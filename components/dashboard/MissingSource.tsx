'use client';
import Link from 'next/link';
import type { PublicChange } from '@/geo/change-words';
import { formatDate } from '@/geo/format';
import { useJson } from '@/components/data/use-json';

/**
 * What a source card says for an address naming a claim this data version does not hold (an old link, a retracted
 * claim): the retraction with its date and reason when the change log has one, and the way to the log either way.
 */
export function MissingSource({ id }: { id: string }) {
  const { data, error } = useJson<{ changes: PublicChange[] }>('/api/changes');
  const retraction = data?.changes.find((c) => c.kind === 'claim' && c.key === id && c.change === 'retraction');
  return (
    <article data-missing-claim={id}>
      <h2 id="source-card-title">{retraction ? 'This claim was retracted' : 'No such source'}</h2>
      {retraction ? (
        <p className="claim-change claim-change--retraction">Retracted {formatDate(retraction.publishedAt.slice(0, 10))}: {retraction.note}</p>
      ) : data || error ? (
        <p>The data shown here has no claim “{id}”. It may have been retracted or renamed since the link was made.</p>
      ) : (
        <p role="status">Looking up “{id}” in the change log…</p>
      )}
      <p><Link href="/changes">Every published change, with its reason</Link></p>
      <form method="dialog">
        <button type="submit" className="close">Close</button>
      </form>
    </article>
  );
}
