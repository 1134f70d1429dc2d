'use client';
import { changedFields } from '@/geo/changed-fields';

const shown = (text: string) => (text === '' ? '(empty)' : `“${text.length > 140 ? `${text.slice(0, 139)}…` : text}”`);

/** What one version of a claim changes from another, field by field: "Qualifier: from “about” to “nearly”". */
export function ChangedFields({ before, after, heading, none }: { before: unknown; after: unknown; heading: string; none: string }) {
  const changes = changedFields(before, after);
  if (changes.length === 0) return <p className="desk-changes">{none}</p>;
  return (
    <div className="desk-changes">
      <p>{heading}</p>
      <ul>
        {changes.map((c) => <li key={c.name}><strong>{c.label}</strong>: from {shown(c.before)} to {shown(c.after)}</li>)}
      </ul>
    </div>
  );
}
