'use client';
import { useMemo, useState } from 'react';
import useSWR from 'swr';
import { CLAIM_FIELDS, claimFromForm, type FieldSpec, type FormProblem, type FormValues, formFromClaim } from '@/geo/claim-form';
import { ConflictMerge } from './ConflictMerge';
import { call } from './desk-api';
import type { RevisionView } from './ClaimList';
import { forget, readKept, useAutosave } from './use-autosave';
import { useDebounced } from './use-debounced';

interface Props {
  /** The claim's id, or null for a new one. */
  id: string | null;
  initial: FormValues;
  /** The revision the form starts from (If-Match); null for a new claim. */
  base: number | null;
  published: boolean;
  /** The claim's revisions, oldest first (none for a new claim): what work kept from an older one is merged with. */
  history: RevisionView[];
  onSaved: (message: string, id: string) => void;
  onSessionLost: () => void;
  /** The sign-in is showing over the form (the session ended). */
  sessionLost: boolean;
}

interface Kept { values: FormValues; note: string; base: number | null }

const GROUPS: [FieldSpec['group'], string][] = [
  ['figure', 'The figure'], ['who', 'Who said it, and when'], ['scope', 'What it covers'], ['where', 'Where'], ['source', 'Where it was published'], ['words', 'The words'],
];

interface ServerAnswer { status: number; error?: string; errors?: FormProblem[]; map?: string; chart?: string; date?: string }

/** `isNew`: the check also refuses an id another claim has. */
const postJson = async ([path, claim, isNew]: [string, string, boolean?]): Promise<ServerAnswer> => {
  const { status, body } = await call<ServerAnswer>(path, { method: 'POST', body: { claim: JSON.parse(claim), ...(isNew ? { new: true } : {}) } });
  return { ...body, status };
};

/** The editor's note shares its name, "note", with the claim's note for readers: its problems are keyed apart. */
const REVISION_NOTE = 'revision-note';
const keyOfProblem = (p: FormProblem) => (p.field === 'note' ? REVISION_NOTE : p.field === 'change' ? 'change' : fieldOf(p));

/**
 * Work kept in this browser: as it was, when the claim has not moved on since; when someone saved the claim
 * meanwhile, still restored, with a merge against their revision opened at once (it is never dropped unseen).
 */
function restoreKept(name: string, base: number | null, history: RevisionView[]) {
  const kept = readKept<Kept>(name);
  if (!kept) return null;
  if (kept.value.base === base) return { ...kept, stale: null };
  const from = history.find((r) => r.revision === kept.value.base);
  const latest = history.at(-1);
  return from && latest ? { ...kept, stale: { ancestor: formFromClaim(from.body ?? {}), current: latest } } : null;
}

/** The field a server problem belongs to: the field itself, or the nearest one whose name starts its path. */
function fieldOf(problem: FormProblem): string | null {
  const names = CLAIM_FIELDS.map((f) => f.name).filter((name) => problem.field === name || problem.field.startsWith(`${name}.`));
  return names.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * A claim's every field, checked live by the server as the editor types (the same rules as check-data), with a
 * preview of the map and the chart at its date, a required note, and save as draft or publish. What is typed is
 * kept in the browser until it is saved; a stale save shows both versions to merge.
 */
const SESSION_ENDED = 'Your session has ended: sign in again, then save. What you typed is kept.';

export function ClaimForm({ id, initial, base: initialBase, published, history, onSaved, onSessionLost, sessionLost }: Props) {
  const name = id ?? 'new';
  const [restored] = useState(() => restoreKept(name, initialBase, history));
  const [values, setValues] = useState<FormValues>(restored?.value.values ?? initial);
  const [note, setNote] = useState(restored?.value.note ?? '');
  const [base, setBase] = useState<number | null>(restored?.stale ? restored.value.base : initialBase);
  /** The version this edit started from: a merge's defaults keep the side that changed a field since. */
  const [ancestor, setAncestor] = useState<FormValues>(restored?.stale?.ancestor ?? initial);
  const [change, setChange] = useState<'correction' | 'update' | ''>('');
  const [saveProblems, setSaveProblems] = useState<FormProblem[]>([]);
  const [status, setStatus] = useState(!restored ? '' : restored.stale
    ? `Restored what you typed at ${new Date(restored.savedAt).toLocaleTimeString()} on revision ${restored.value.base}; ${restored.stale.current.author} has saved revision ${restored.stale.current.revision} since: compare and merge, then save.`
    : `Restored what you typed at ${new Date(restored.savedAt).toLocaleTimeString()} (not saved yet).`);
  const [conflict, setConflict] = useState<RevisionView | null>(restored?.stale?.current ?? null);
  /** The revision the form was last merged with, when that was a retraction: publishing then brings the claim back. */
  const [retraction, setRetraction] = useState<RevisionView | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  /** Set once a save went through: the form is about to start again from the new revision, with nothing to keep. */
  const [saved, setSaved] = useState(false);
  const dirty = !saved && (values !== initial || note !== '' || base !== initialBase);
  useAutosave<Kept>(name, { values, note, base }, dirty);

  const parsed = useMemo(() => claimFromForm(values), [values]);
  const claimText = JSON.stringify(parsed.claim);
  const checkKey = useDebounced(claimText, 400);
  const previewKey = useDebounced(claimText, 900);
  const check = useSWR(checkKey ? ['/api/claims/check', checkKey, id === null] as [string, string, boolean] : null, postJson, { keepPreviousData: true, revalidateOnFocus: false });
  const preview = useSWR(previewKey ? ['/api/claims/preview', previewKey] as [string, string] : null, postJson, { keepPreviousData: true, revalidateOnFocus: false });
  // A field the form cannot read ("100k") is sent without it: the server's "is missing" would only repeat that.
  const unread = new Set(parsed.problems.map((p) => p.field));
  const serverProblems = (check.data?.errors ?? []).filter((p) => !unread.has(p.field));
  const problems = [...parsed.problems, ...saveProblems.filter((p) => p.field === 'note' || p.field === 'change'), ...serverProblems];
  const byField = new Map<string, string[]>();
  for (const p of problems) {
    const key = keyOfProblem(p);
    const label = p.field === 'note' ? "Editor's note" : p.field;
    if (key) byField.set(key, [...(byField.get(key) ?? []), `${label}: ${p.message}`]);
  }

  async function save(publish: boolean) {
    setBusy(true);
    setStatus(publish ? 'Publishing…' : 'Saving the draft…');
    setSaveProblems([]);
    const body = { claim: parsed.claim, note, publish, ...(change ? { change } : {}) };
    const { status: code, body: answer } = id === null
      ? await call<{ revision: RevisionView; dataVersion: number | null; errors?: FormProblem[]; current?: RevisionView }>('/api/claims', { method: 'POST', body })
      : await call<{ revision: RevisionView; dataVersion: number | null; errors?: FormProblem[]; current?: RevisionView }>(`/api/claims/${encodeURIComponent(id)}`, { method: 'PUT', body, headers: { 'If-Match': `"${base}"` } });
    setBusy(false);
    if (code === 200 || code === 201) {
      setSaved(true);
      forget(name);
      setStatus('');
      const savedId = answer.revision.key;
      onSaved(answer.dataVersion ? `Published ${savedId}: data version ${answer.dataVersion}.` : `Saved ${savedId} as a draft (revision ${answer.revision.revision}).`, savedId);
      return;
    }
    if (code === 401) {
      setStatus(SESSION_ENDED);
      onSessionLost();
    } else if (code === 409 && answer.current) {
      setConflict(answer.current);
      setStatus(`Someone saved this claim meanwhile (revision ${answer.current.revision}, ${answer.current.author}): compare and merge, then save again.`);
    } else if (code === 400 && answer.errors) {
      setSaveProblems(answer.errors);
      setStatus('Not saved: fix the fields marked.');
    } else {
      setStatus(`Not saved: ${answer.error ?? `the server answered ${code}`}. What you typed is kept.`);
    }
  }

  async function retract() {
    if (id === null) return;
    setBusy(true);
    const { status: code, body: answer } = await call<{ dataVersion: number; errors?: FormProblem[]; current?: RevisionView }>(`/api/claims/${encodeURIComponent(id)}`, { method: 'DELETE', body: { reason }, headers: base !== null ? { 'If-Match': `"${base}"` } : {} });
    setBusy(false);
    if (code === 200) {
      setSaved(true);
      forget(name);
      onSaved(`Retracted ${id}: data version ${answer.dataVersion}.`, id);
    } else if (code === 401) onSessionLost();
    else if (code === 409 && answer.current) {
      setConflict(answer.current);
      setStatus(`Not retracted: someone saved this claim meanwhile (revision ${answer.current.revision}, ${answer.current.author}): compare and merge first.`);
    } else setStatus(`Not retracted: ${answer.error ?? code}`);
  }

  const field = (spec: FieldSpec) => {
    const errors = byField.get(spec.name) ?? [];
    const inputId = `field-${spec.name.replace(/\./g, '-')}`;
    const common = {
      id: inputId, name: spec.name, value: values[spec.name] ?? '', 'aria-invalid': errors.length > 0 || undefined,
      'aria-describedby': errors.length ? `${inputId}-errors` : undefined,
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setValues({ ...values, [spec.name]: e.target.value }),
    };
    return (
      <div key={spec.name} className={`desk-field desk-field--${spec.type}`}>
        <label htmlFor={inputId}>{spec.label}</label>
        {spec.type === 'select' ? (
          <select {...common}>{spec.options!.map(([value, label]) => <option key={value} value={value}>{label}</option>)}</select>
        ) : spec.type === 'textarea' ? (
          <textarea {...common} rows={spec.name === 'readings' ? 4 : 3} />
        ) : (
          <input {...common} type={spec.type === 'date' ? 'date' : 'text'} inputMode={spec.type === 'number' ? 'decimal' : undefined} />
        )}
        {spec.help ? <small>{spec.help}</small> : null}
        {errors.length ? <ul id={`${inputId}-errors`} className="desk-errors">{errors.map((e) => <li key={e}>{e}</li>)}</ul> : null}
      </div>
    );
  };

  const previewSvg = preview.data?.map ? preview.data : null;
  return (
    <form className="desk-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="form-heading">
      <h2 id="form-heading">{id === null ? 'A new claim' : `Claim ${id}`}{base !== null ? ` (revision ${base})` : ''}</h2>
      {status ? <p className="desk-notice" role="status">{status === SESSION_ENDED && !sessionLost ? 'Signed in again: save when ready. What you typed is kept.' : status}</p> : null}
      {conflict ? (
        // A retraction carries no fields: theirs are then the version the edit started from.
        <ConflictMerge mine={values} theirs={conflict.body ? formFromClaim(conflict.body) : ancestor} ancestor={ancestor} current={conflict} onMerged={(merged) => {
          setValues(merged);
          setBase(conflict.revision);
          if (conflict.body) setAncestor(formFromClaim(conflict.body));
          setRetraction(conflict.state === 'retracted' ? conflict : null);
          setConflict(null);
          setStatus(conflict.state === 'retracted'
            ? `Merged with revision ${conflict.revision}, a retraction: a draft keeps the claim off the map; publishing brings it back to readers.`
            : `Merged with revision ${conflict.revision}: check the fields, then save.`);
        }} />
      ) : null}
      <div className="desk-summary" aria-live="polite">
        {problems.length ? (
          <>
            <p><strong>{problems.length} problem{problems.length === 1 ? '' : 's'} to fix before publishing</strong> (a draft can be saved as it is):</p>
            <ul className="desk-errors">
              {problems.map((p) => {
                const key = keyOfProblem(p);
                const label = p.field === 'note' ? "Editor's note" : p.field;
                return <li key={`${p.field}:${p.message}`}>{key ? <a href={`#field-${key.replace(/\./g, '-')}`}>{label}</a> : label}: {p.message}</li>;
              })}
            </ul>
          </>
        ) : checkKey && check.data ? (
          <p className="desk-ok">{note.trim() ? 'No problems: the claim can be published.' : "No problems in the claim: write the editor's note, then save or publish."}</p>
        ) : null}
      </div>
      <div className="desk-columns">
        <div>
          {GROUPS.map(([group, label]) => (
            <fieldset key={group}>
              <legend>{label}</legend>
              {CLAIM_FIELDS.filter((f) => f.group === group).map(field)}
            </fieldset>
          ))}
        </div>
        <aside className="desk-preview" aria-label="Preview">
          <h3>Preview{previewSvg?.date ? ` as of ${previewSvg.date}` : ''}</h3>
          {previewSvg?.map ? <div className="desk-preview-map" dangerouslySetInnerHTML={{ __html: previewSvg.map }} /> : <p>{preview.data?.error ?? 'The preview follows once the claim is valid.'}</p>}
          {previewSvg?.chart ? <div className="desk-preview-chart" dangerouslySetInnerHTML={{ __html: previewSvg.chart }} /> : null}
        </aside>
      </div>
      <fieldset>
        <legend>The change</legend>
        {published ? (
          <div role="radiogroup" aria-label="What kind of change" className="desk-change">
            <label><input type="radio" name="change" value="correction" checked={change === 'correction'} onChange={() => setChange('correction')} /> Correction: the published figure was wrong (readers see “Corrected”)</label>
            <label><input type="radio" name="change" value="update" checked={change === 'update'} onChange={() => setChange('update')} /> Update: new information (readers see “Updated”)</label>
            {byField.get('change')?.map((e) => <p key={e} className="desk-errors">{e}</p>)}
          </div>
        ) : null}
        <div className="desk-field">
          <label htmlFor="field-revision-note">Editor&rsquo;s note (required)</label>
          <textarea id="field-revision-note" name="revision-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={byField.has(REVISION_NOTE) || undefined} />
          {byField.get(REVISION_NOTE)?.map((e) => <p key={e} className="desk-errors">{e}</p>)}
        </div>
        <div className="desk-actions">
          <button type="button" className="button" disabled={busy} onClick={() => save(false)}>Save draft</button>
          <button type="button" className="button primary" disabled={busy} onClick={() => save(true)}>{retraction ? 'Publish again (undo the retraction)' : published ? 'Publish the change' : 'Publish'}</button>
        </div>
      </fieldset>
      {published && id !== null && !retraction ? (
        <fieldset className="desk-retract">
          <legend>Retract this claim</legend>
          <label htmlFor="field-retract-reason">Reason (readers see it in the change log)</label>
          <textarea id="field-retract-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="button" className="button" disabled={busy || !reason.trim()} onClick={retract}>Retract</button>
        </fieldset>
      ) : null}
    </form>
  );
}
