import type { Metadata } from 'next';
import Link from 'next/link';
import { CHANGE_LABELS, changeHeadline, changeLines, togetherWords } from '@/geo/change-words';
import { formatDate } from '@/geo/format';
import { formatQuery, parseViewState } from '@/geo/view-state';
import { currentData } from '@/store/current';
import { database } from '@/store/db';
import { changeLog } from '@/store/read';
import type { SearchParams } from '../map-page-data';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Changes · Buildup Map',
  alternates: { types: { 'application/atom+xml': '/changes.atom' } },
};

/**
 * Every published change, newest first: added, corrected, updated and retracted figures, with the editors' notes.
 * In the theme the address asks for (`?theme=`, as on the other reader pages), which the link back keeps.
 */
export default async function ChangesPage({ searchParams }: { searchParams: SearchParams }) {
  const { buildup } = await currentData();
  const { theme } = parseViewState({ query: await searchParams });
  const changes = await changeLog((await database()).db);
  return (
    <main className="changes" data-theme={theme ?? undefined}>
      <p><Link href={`/${formatQuery({ theme, hidden: [], source: null, date: null })}`}>← {buildup.story.title}</Link></p>
      <h1>Changes</h1>
      <p>
        Every published change to the figures, newest first, with the data version it made (now {buildup.dataVersion}).
        Corrections fix a figure that was wrong; updates add new information; fixes put right the wording around a claim (a title, a link), not what it says. Also as a <a href="/changes.atom">feed</a>.
      </p>
      <ol className="change-list">
        {changeLines(changes).map((c) => (
          <li key={`${c.dataVersion}-${c.kind}-${c.key}`} id={`v${c.dataVersion}`} data-change={c.change}>
            <p className="change-head">
              <strong className={`change-label change-label--${c.change}`}>{CHANGE_LABELS[c.change] ?? c.change}</strong>{' '}
              {formatDate(c.publishedAt.slice(0, 10))}, data version {c.dataVersion}
            </p>
            <p>{c.together ? togetherWords(c.together) : changeHeadline(c).replace(/^[A-Z]+ · /, '')}</p>
            <p className="change-note">{c.note}</p>
          </li>
        ))}
      </ol>
    </main>
  );
}
