'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import useSWR from 'swr';
import { CLAIM_FIELDS, claimFromForm, type FieldSpec, type FormProblem, type FormValues, formFromClaim } from '@/geo/claim-form';
import { ConflictMerge } from './ConflictMerge';
import { call } from './desk-api';
import { type RevisionView, when } from './ClaimList';
import { forget, keptName, readKept, useAutosave } from './use-autosave';
import { useNewerRevision } from './use-newer-revision';
import { useDebounced } from '@/components/use-debounced';
import { beyondFix } from '@/geo/changed-fields';
import { isWaitingDraft } from '@/geo/change-words';
import { quoteNumberProblem } from '@/geo/quote-number';
import { formatDate } from '@/geo/format';
import { readDate } from '@/geo/timeline';

interface Props {
  /** The claim's id, or null for a new one. */
  id: string | null;
  initial: FormValues;
  /** The revision the form starts from (If-Match); null for a new claim. */
  base: number | null;
  published: boolean;
  /** The retraction readers see, when the claim is retracted: publishing brings it back. */
  retracted: RevisionView | null;
  /** The signed-in editor: work kept in this browser is keyed by them, so another account never restores it. */
  owner: string;
  /** The claim's revisions, oldest first (none for a new claim): what work kept from an older one is merged with. */
  history: RevisionView[];
  onSaved: (message: string, id: string, revision: RevisionView) => void;
  /** A save begins: what the last one said ("Saved … as a draft") goes, so it never stands over this one's refusal. */
  onSaveStart?: () => void;
  onSessionLost: () => void;
  /** The sign-in is showing over the form (the session ended). */
  sessionLost: boolean;
  /** Whether work kept in the browser comes back (not when the editor asked to start from an older revision). */
  restore?: boolean;
  /** Which side of a pending draft the form holds: kept with the work, so a reload comes back on it. */
  from?: 'draft' | 'shown';
  /**
   * The editor's note the form starts with: the draft's own when it edits a waiting draft, so saving a draft and then
   * publishing it does not ask for the note again (it was emptied, and every first Publish was refused for it).
   */
  initialNote?: string;
}

interface Kept { values: FormValues; note: string; base: number | null; change?: Change; from?: 'draft' | 'shown' }
type Change = 'correction' | 'update' | 'fix' | '';

const GROUPS: [FieldSpec['group'], string][] = [
  ['figure', 'The figure'], ['who', 'Who said it, and when'], ['scope', 'What it covers'], ['where', 'Where'], ['source', 'Where it was published'], ['words', 'The words'],
];

interface ServerAnswer { status: number; error?: string; errors?: FormProblem[]; notes?: string[]; map?: string; chart?: string; date?: string }

/** `isNew`: the check also refuses an id another claim has. */
const postJson = async ([path, claim, isNew]: [string, string, boolean?]): Promise<ServerAnswer> => {
  const { status, body } = await call<ServerAnswer>(path, { method: 'POST', body: { claim: JSON.parse(claim), ...(isNew ? { new: true } : {}) } });
  return { ...body, status };
};

/** The editor's note shares its name, "note", with the claim's note for readers: its problems are keyed apart. */
const REVISION_NOTE = 'revision-note';
const OTHER_LABELS: Record<string, string> = { [REVISION_NOTE]: "Editor's note", change: 'Kind of change', claim: 'The claim', scenes: 'Presenter scenes', file: 'The published data' };

/** A problem placed: the element it belongs to (null: none on the form) and the words it is shown with. */
interface Placed { key: string | null; text: string }

/** "Quote: …", "Further readings (0.quote): …": the form's own label, with the part of the field when it is nested. */
function place(key: string | null, field: string, message: string): Placed {
  const spec = CLAIM_FIELDS.find((f) => f.name === key);
  if (spec && field !== spec.name && !field.startsWith(`${spec.name}.`)) {
    // A whole group ("source: is missing"), shown on its first field under the group's own heading.
    return { key, text: `${GROUPS.find(([group]) => group === spec.group)?.[1] ?? field}: ${message}` };
  }
  const rest = spec && field !== spec.name ? ` (${field.slice(spec.name.length + 1)})` : '';
  return { key, text: `${spec?.label ?? OTHER_LABELS[key ?? field] ?? field}${rest}: ${message}` };
}

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

/**
 * The field a server problem belongs to: the field itself, or the nearest one whose name starts its path; for a whole
 * group ("source: is missing"), the group's first field.
 */
function fieldOf(problem: FormProblem): string | null {
  const names = CLAIM_FIELDS.map((f) => f.name).filter((name) => problem.field === name || problem.field.startsWith(`${name}.`));
  return names.sort((a, b) => b.length - a.length)[0] ?? CLAIM_FIELDS.find((f) => f.name.startsWith(`${problem.field}.`))?.name ?? null;
}

/**
 * A claim's every field, checked live by the server as the editor types (the same rules as check-data), with a
 * preview of the map and the chart at its date, a required note, and save as draft or publish. What is typed is
 * kept in the browser until it is saved; a stale save shows both versions to merge.
 */
const SESSION_ENDED = 'Your session has ended: sign in again, then save. What you typed is kept.';

/** A save refused on its fields: said until the fields are fixed, then no more (it stood above "No problems"). */
const FIX_THE_FIELDS = 'Not saved: fix the fields marked.';

const UNREADABLE_DATE = 'is not a date that exists (such as 30 February) or is not finished: pick it from the calendar, or type day, month and year in the order the box shows them';

/**
 * A problem's link takes the focus to its field without touching the address: the desk reads its hash as the view
 * to show, so following `#field-…` left the form for the claims list.
 */
function focusField(event: React.MouseEvent<HTMLAnchorElement>) {
  const field = document.getElementById(new URL(event.currentTarget.href).hash.slice(1));
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

export function ClaimForm({ id, initial, base: initialBase, published, retracted, owner, history, onSaved, onSaveStart, onSessionLost, sessionLost, restore = true, from = 'draft', initialNote = '' }: Props) {
  const name = keptName(owner, id);
  const [restored] = useState(() => (restore ? restoreKept(name, initialBase, history) : null));
  const [values, setValues] = useState<FormValues>(restored?.value.values ?? initial);
  const [note, setNote] = useState(restored?.value.note ?? initialNote);
  const [base, setBase] = useState<number | null>(restored?.stale ? restored.value.base : initialBase);
  /** The version this edit started from: a merge's defaults keep the side that changed a field since. */
  const [ancestor, setAncestor] = useState<FormValues>(restored?.stale?.ancestor ?? initial);
  const [change, setChange] = useState<Change>(restored?.value.change ?? '');
  /** What the last save was refused for, each placed when the answer came (its key: the element it belongs to). */
  const [saveProblems, setSaveProblems] = useState<Placed[]>([]);
  const [status, setStatus] = useState(!restored ? '' : restored.stale
    ? `Restored what you typed at ${when(new Date(restored.savedAt).toISOString())} on revision ${restored.value.base}; ${restored.stale.current.author} has saved revision ${restored.stale.current.revision} since: compare and merge, then save.`
    : `Restored what you typed at ${when(new Date(restored.savedAt).toISOString())} (not saved yet).`);
  const [conflict, setConflict] = useState<RevisionView | null>(restored?.stale?.current ?? null);
  /** The retraction readers see, or the revision last merged with when that was one: publishing brings the claim back. */
  const [retraction, setRetraction] = useState<RevisionView | null>(retracted);
  /** A retraction waits for a second click: it takes the claim off every reader's map at once. */
  const [confirmingRetract, setConfirmingRetract] = useState(false);
  /** So does throwing away what was typed: it is not kept anywhere else. */
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const retractButton = useRef<HTMLButtonElement>(null);
  const discardButton = useRef<HTMLButtonElement>(null);
  /** A question answered "no" (or Esc) goes, and the focus goes back to the button that asked it, not to the body. */
  const cancelConfirm = (close: (open: boolean) => void, asker: React.RefObject<HTMLButtonElement | null>) => {
    close(false);
    requestAnimationFrame(() => asker.current?.focus());
  };

  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  /** Set once a save went through: the form is about to start again from the new revision, with nothing to keep. */
  const [saved, setSaved] = useState(false);
  // By content: a field typed and put back is not unsaved work (Discard and Sign out offered to throw it away).
  const dirty = !saved && (JSON.stringify(values) !== JSON.stringify(initial) || note !== initialNote || base !== initialBase || change !== '');
  useAutosave<Kept>(name, { values, note, base, change, from }, dirty);

  const parsed = useMemo(() => claimFromForm(values), [values]);
  const newer = useNewerRevision(id, base);
  /**
   * Date boxes holding a date the browser cannot read (30 February, a year not finished): the box's value is then
   * empty, and "is missing" sent the editor looking for a date they had typed.
   */
  const [unreadableDates, setUnreadableDates] = useState<ReadonlySet<string>>(() => new Set());
  const noteDateBox = (name: string, box: HTMLInputElement) => {
    const unreadable = box.validity.badInput;
    setUnreadableDates((set) => {
      if (set.has(name) === unreadable) return set;
      const next = new Set(set);
      if (unreadable) next.add(name);
      else next.delete(name);
      return next;
    });
  };
  const dateProblems: FormProblem[] = [...unreadableDates].filter((name) => !values[name]).map((name) => ({ field: name, message: UNREADABLE_DATE }));
  const readProblems = [...parsed.problems, ...dateProblems];
  /** Where the outcome of a save is said: focused (and so scrolled to) once a save is refused. */
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [outcomeAt, setOutcomeAt] = useState(0);
  useEffect(() => {
    if (outcomeAt) outcomeRef.current?.focus();
  }, [outcomeAt]);
  const claimText = JSON.stringify(parsed.claim);
  const checkKey = useDebounced(claimText, 400);
  const previewKey = useDebounced(claimText, 900);
  const check = useSWR(checkKey ? ['/api/claims/check', checkKey, id === null] as [string, string, boolean] : null, postJson, { keepPreviousData: true, revalidateOnFocus: false });
  const preview = useSWR(previewKey ? ['/api/claims/preview', previewKey] as [string, string] : null, postJson, { keepPreviousData: true, revalidateOnFocus: false });
  // A field the form cannot read ("100k") is sent without it: the server's "is missing" would only repeat that.
  const unread = new Set(readProblems.map((p) => p.field));
  // The check answers what was typed 0.4 s before: its "is missing" of a field filled since stood, red, beside the name
  // being typed, for as long as the typing went on.
  const filledSince = (p: FormProblem) => /^is missing/.test(p.message) && Boolean(values[fieldOf(p) ?? '']?.trim());
  // A check the server could not make (its answer an error without the fields' problems: the request too large, the
  // store down) says so: the summary said "No problems" from the check before it.
  const checkFailed = check.data && check.data.status >= 400 && !check.data.errors?.length ? (check.data.error ?? `the server answered ${check.data.status}`) : check.error ? (check.error as Error).message : null;
  const serverProblems = (check.data?.errors ?? []).filter((p) => !unread.has(p.field) && !filledSince(p));
  // A fix is refused if it changes what the claim says: said as soon as Fix is chosen, not at Publish.
  const readersSee = published ? history.findLast((r) => r.state === 'published' && r.body)?.body : undefined;
  const beyond = change === 'fix' && readersSee ? beyondFix(readersSee, parsed.claim) : [];
  const fixProblems = beyond.length ? [place('change', 'change', `a fix may change only the wording around the claim, not ${beyond.map((f) => f.label).join(', ')}: publish it as a correction or an update`)] : [];
  const checked = [...readProblems, ...parsed.checks, ...serverProblems];
  // A quote without the number is said on the number too (it may be the typo), unless the number has its own problem.
  const numberEchoes = checked.map(quoteNumberProblem).filter((p) => p !== null).filter((p) => !checked.some((q) => q.field === p.field));
  // A save's "is missing" of an unreadable date repeats, wrongly, what the form says of it.
  const savedSaid = saveProblems.filter((p) => !(p.key !== null && unreadableDates.has(p.key) && /: is missing(:|$)/.test(p.text)));
  const placed = [...[...checked, ...numberEchoes].map((p) => place(fieldOf(p), p.field, p.message)), ...fixProblems, ...savedSaid];
  // A field that is missing says only that: after a save, an empty Id also read "must be lowercase letters…" (the save's words).
  const missing = new Set(placed.filter((p) => /: is missing(:|$)/.test(p.text)).map((p) => p.key));
  const problems = placed.filter((p, i) => placed.findIndex((q) => q.text === p.text) === i && !(p.key !== null && missing.has(p.key) && !/: is missing(:|$)/.test(p.text)));
  const byField = new Map<string, string[]>();
  for (const p of problems) if (p.key) byField.set(p.key, [...(byField.get(p.key) ?? []), p.text]);
  /**
   * A new claim's fields say their problems once typed in (or left), or once a save is tried: opened blank, every
   * field read "invalid" to a screen reader before anything was typed. The summary above lists them all the while.
   */
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touch = (name: string) => setTouched((set) => (set.has(name) ? set : new Set(set).add(name)));
  const errorsOf = (key: string) => (id !== null || outcomeAt > 0 || touched.has(key) ? byField.get(key) ?? [] : []);
  /** A save's problems on `keys` go once the editor changes what they were about. */
  const dropSaveProblems = (keep: (key: string | null) => boolean) => setSaveProblems((list) => list.filter((p) => keep(p.key)));
  const edit = (name: string, value: string) => {
    setValues({ ...values, [name]: value });
    touch(name);
    // What a save said of the claim's fields is the live check's to say once they change.
    dropSaveProblems((key) => key === REVISION_NOTE || key === 'change');
  };
  const editNote = (text: string) => {
    setNote(text);
    dropSaveProblems((key) => key !== REVISION_NOTE);
  };
  const choose = (kind: Change) => {
    setChange(kind);
    dropSaveProblems((key) => key !== 'change');
  };

  async function save(publish: boolean) {
    onSaveStart?.();
    // A field the form cannot read ("13O,000", a paste past its limit) would be sent without it: a draft then lost what
    // was typed there, for good, and said "Saved"; a Publish was refused with "is missing" beside the typed text.
    if (readProblems.length) {
      const labels = [...new Set(readProblems.map((p) => CLAIM_FIELDS.find((f) => f.name === p.field)?.label ?? p.field))];
      const them = labels.length === 1 ? 'it' : 'them';
      setStatus(`Not saved: ${labels.map((l) => `“${l}”`).join(', ')} cannot be read as typed, and saving would leave ${them} out. Fix ${them}, or empty ${them}, then save. What you typed is kept.`);
      setOutcomeAt(Date.now());
      return;
    }
    setBusy(true);
    setStatus(publish ? 'Publishing…' : 'Saving the draft…');
    setSaveProblems([]);
    const body = { claim: parsed.claim, note, publish, ...(change ? { change } : {}) };
    const { status: code, body: answer } = id === null
      ? await call<{ revision: RevisionView; dataVersion: number | null; notice?: string; errors?: FormProblem[]; current?: RevisionView }>('/api/claims', { method: 'POST', body })
      : await call<{ revision: RevisionView; dataVersion: number | null; notice?: string; errors?: FormProblem[]; current?: RevisionView }>(`/api/claims/${encodeURIComponent(id)}`, { method: 'PUT', body, headers: { 'If-Match': `"${base}"` } });
    setBusy(false);
    if (code === 200 || code === 201) {
      setSaved(true);
      forget(name);
      setStatus('');
      const savedId = answer.revision.key;
      onSaved(answer.dataVersion ? `Published ${savedId}: data version ${answer.dataVersion}.${answer.notice ? ` ${answer.notice}` : ''}` : `Saved ${savedId} as a draft (revision ${answer.revision.revision}).`, savedId, answer.revision);
      return;
    }
    setOutcomeAt(Date.now());
    if (code === 401) {
      setStatus(SESSION_ENDED);
      onSessionLost();
    } else if (code === 409 && answer.current) {
      setConflict(answer.current);
      setStatus(`Someone saved this claim meanwhile (revision ${answer.current.revision}, ${answer.current.author}): compare and merge, then save again.`);
    } else if (code === 400 && answer.errors) {
      // The store marks the editor's note's problems as the revision's own: a claim has a note for readers too, and both
      // can be refused at once (guessed from what was typed, both once landed under the editor's note).
      const keyOf = (p: FormProblem) => (p.part === 'revision' ? REVISION_NOTE : p.field === 'change' ? p.field : fieldOf(p));
      setSaveProblems(answer.errors.map((p) => place(keyOf(p), p.field, p.message)));
      setStatus(FIX_THE_FIELDS);
    } else {
      setStatus(`Not saved: ${(answer.error ?? `the server answered ${code}`).replace(/\.$/, '')}. What you typed is kept.`);
    }
  }

  /** Back to what the form opened with: the typing kept in this browser is forgotten. */
  function discard() {
    forget(name);
    setValues(initial);
    setNote(initialNote);
    setChange('');
    setBase(initialBase);
    setAncestor(initial);
    setConflict(null);
    setSaveProblems([]);
    setConfirmingDiscard(false);
    setStatus(id === null ? 'Discarded what you typed: the form is empty again.' : `Discarded what you typed: the form holds revision ${initialBase} again.`);
    setOutcomeAt(Date.now());
  }

  /** Not a disabled button (which said nothing, and Tab passed by): a click without the reason says what is missing. */
  function reasonGiven() {
    if (reason.trim()) return true;
    setConfirmingRetract(false);
    // Said beside the reason, where the focus goes: the form's top, where it was said, was a screen away.
    setReasonMissing(true);
    document.getElementById('field-retract-reason')?.focus();
    return false;
  }

  async function retract() {
    if (id === null || !reasonGiven()) return;
    setConfirmingRetract(false);
    setBusy(true);
    const { status: code, body: answer } = await call<{ revision: RevisionView; dataVersion: number; notice?: string; errors?: FormProblem[]; current?: RevisionView }>(`/api/claims/${encodeURIComponent(id)}`, { method: 'DELETE', body: { reason }, headers: base !== null ? { 'If-Match': `"${base}"` } : {} });
    setBusy(false);
    // A refusal is said at the top of the form, where the focus goes (it went to the page's body, 1,700 px below).
    if (code !== 200) setOutcomeAt(Date.now());
    if (code === 200) {
      setSaved(true);
      forget(name);
      onSaved(`Retracted ${id}: data version ${answer.dataVersion}.${answer.notice ? ` ${answer.notice}` : ''}`, id, answer.revision);
    } else if (code === 401) onSessionLost();
    else if (code === 409 && answer.current) {
      setConflict(answer.current);
      setStatus(`Not retracted: someone saved this claim meanwhile (revision ${answer.current.revision}, ${answer.current.author}): compare and merge first.`);
    } else setStatus(`Not retracted: ${answer.errors?.length ? answer.errors.map((e) => (e.field === 'scenes' || e.field === 'comparisons' ? e.message : `${e.field}: ${e.message}`)).join('; ') : answer.error ?? code}`);
  }

  const field = (spec: FieldSpec) => {
    const errors = errorsOf(spec.name);
    const inputId = `field-${spec.name.replace(/\./g, '-')}`;
    // A date in words beside its box, which shows day and month in the browser's order: 03/12/2021 read as 12 March.
    const dateWords = spec.type === 'date' && readDate(values[spec.name]) !== null ? formatDate(values[spec.name]) : null;
    const common = {
      id: inputId, name: spec.name, value: values[spec.name] ?? '', 'aria-invalid': errors.length > 0 || undefined,
      // Its hint, then its problems: a screen reader heard neither from the field.
      'aria-describedby': [dateWords ? `${inputId}-words` : '', spec.help ? `${inputId}-help` : '', errors.length ? `${inputId}-errors` : ''].join(' ').trim() || undefined,
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
        if (spec.type === 'date') noteDateBox(spec.name, e.target as HTMLInputElement);
        edit(spec.name, e.target.value);
      },
      onBlur: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
        // A box whose value stays empty while its text becomes a date that does not exist fires no change.
        if (spec.type === 'date') noteDateBox(spec.name, e.target as HTMLInputElement);
        touch(spec.name);
      },
    };
    return (
      <div key={spec.name} className={`desk-field desk-field--${spec.type}`}>
        <label htmlFor={inputId}>{spec.label}</label>
        {spec.type === 'select' ? (
          <select {...common}>{spec.options!.map(([value, label]) => <option key={value} value={value}>{label}</option>)}</select>
        ) : spec.type === 'textarea' ? (
          <textarea {...common} rows={spec.name === 'readings' ? 4 : 3} />
        ) : (
          // A saved claim's id is its address and every revision's key: the server refuses a new one, and an editor
          // who typed one met a misleading problem on the words (the claim would repeat itself) until Publish.
          <input {...common} type={spec.type === 'date' ? 'date' : 'text'} inputMode={spec.type === 'number' ? 'decimal' : undefined} readOnly={spec.name === 'id' && id !== null} />
        )}
        {dateWords ? <small id={`${inputId}-words`} className="desk-date-words">{dateWords}</small> : null}
        {spec.help ? <small id={`${inputId}-help`}>{spec.help}</small> : null}
        {errors.length ? <ul id={`${inputId}-errors`} className="desk-errors">{errors.map((e) => <li key={e}>{e}</li>)}</ul> : null}
      </div>
    );
  };

  const previewSvg = preview.data?.map ? preview.data : null;
  // Whether this edit started from what readers see (a published revision, or a draft set aside, which holds it; not a
  // draft waiting to be published): a colleague's newer unpublished draft is then not merged in by default.
  const baseRevision = history.find((r) => r.revision === base);
  const startedFromShown = from === 'shown' || (baseRevision !== undefined && !isWaitingDraft(baseRevision));
  // What readers saw when this edit began on a draft (the last publish before it): a colleague may have published
  // from that, not from the draft. Never a revision after the draft: theirs itself would then read as unchanged.
  const shownBeforeDraft = base === null ? null : history.findLast((r) => r.revision < base && r.state === 'published' && r.body !== null)?.body ?? null;
  return (
    <form className="desk-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="form-heading">
      <h2 id="form-heading">{id === null ? 'A new claim' : `Claim ${id}`}{base !== null ? ` (revision ${base})` : ''}</h2>
      {/* Shown when focused: Save and Publish stand under some 45 fields (7,600 px at 200% zoom). */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('field-revision-note')?.focus()}>Skip to the editor&rsquo;s note and the buttons under it</button>
      <div ref={outcomeRef} tabIndex={-1} className="desk-outcome">
      {newer && !conflict ? (
        <p className="desk-newer" role="status">
          {`${newer.author} has saved revision ${newer.revision} of this claim since you opened it (${when(newer.createdAt)}): saving yours shows both versions, to merge.`}
        </p>
      ) : null}
      {status && !(status === FIX_THE_FIELDS && problems.length === 0) ? <p className="desk-notice" role="status">{status === SESSION_ENDED && !sessionLost ? 'Signed in again: save when ready. What you typed is kept.' : status}</p> : null}
      {conflict ? (
        // A retraction carries no fields: theirs are then the version the edit started from.
        <ConflictMerge mine={values} theirs={conflict.body ? formFromClaim(conflict.body) : ancestor} ancestor={ancestor} current={conflict} draftOverShown={published && startedFromShown && isWaitingDraft(conflict)}
          theirsMayStartFrom={!startedFromShown && conflict.state === 'published' && shownBeforeDraft ? formFromClaim(shownBeforeDraft) : null} onMerged={(merged) => {
          setValues(merged);
          setBase(conflict.revision);
          if (conflict.body) setAncestor(formFromClaim(conflict.body));
          setRetraction(conflict.state === 'retracted' ? conflict : null);
          setConflict(null);
          setStatus(conflict.state === 'retracted'
            ? `Merged with revision ${conflict.revision}, a retraction: a draft keeps the claim off the map; publishing brings it back to readers.`
            : `Merged with revision ${conflict.revision}: check the fields, then save.`);
          // The merge's button goes with it: the focus goes to what it did, not to the page's body.
          setOutcomeAt(Date.now());
        }} />
      ) : null}
      {/* The count alone is said as it changes: the whole list, live, was said again at every keystroke's check. */}
      <p className="visually-hidden" aria-live="polite">{problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before publishing` : checkFailed ? 'The check could not run' : checkKey && check.data ? 'No problems' : ''}</p>
      <div className="desk-summary">
        {checkFailed ? <p className="desk-errors" role="alert">The live check could not run: {checkFailed}</p> : null}
        {problems.length ? (
          <>
            <p><strong>{problems.length} problem{problems.length === 1 ? '' : 's'} to fix before publishing</strong> (a draft can be saved with them, and an editor&rsquo;s note{readProblems.length ? ', once every field can be read as typed' : ''}):</p>
            <ul className="desk-errors">
              {problems.map((p) => <li key={p.text}>{p.key ? <a href={`#field-${p.key.replace(/\./g, '-')}`} onClick={focusField}>{p.text}</a> : p.text}</li>)}
            </ul>
          </>
        ) : checkKey && check.data && !checkFailed ? (
          <p className="desk-ok">{
            // Nothing typed on a saved revision (as after a publish): "write the note, then publish" invited a publish
            // the server refuses as the same as the published revision.
            baseRevision?.state === 'published' && JSON.stringify(formFromClaim(baseRevision.body)) === JSON.stringify(values)
              ? `No problems in the claim. Nothing is changed from revision ${baseRevision.revision}, which readers see: edit a field to correct or update it.`
              : note.trim() ? 'No problems: the claim can be published.' : "No problems in the claim: write the editor's note, then save or publish."
          }</p>
        ) : null}
        {check.data?.notes?.map((text) => <p key={text} className="desk-note-ahead">{text}</p>)}
      </div>
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
          <h3>Preview{previewSvg?.date ? ` as of ${formatDate(previewSvg.date)}` : ''}</h3>
          {previewSvg?.map ? <div className="desk-preview-map" dangerouslySetInnerHTML={{ __html: previewSvg.map }} /> : <p>{preview.data?.error ?? 'The preview follows once the claim is valid.'}</p>}
          {previewSvg?.chart ? <div className="desk-preview-chart" dangerouslySetInnerHTML={{ __html: previewSvg.chart }} /> : null}
        </aside>
      </div>
      <fieldset>
        <legend>The change</legend>
        {published ? (
          <div role="radiogroup" aria-label="What kind of change" className="desk-change" id="field-change" tabIndex={-1}
            aria-invalid={byField.has('change') || undefined} aria-describedby={byField.has('change') ? 'field-change-errors' : undefined}>
            <label><input type="radio" name="change" value="correction" checked={change === 'correction'} onChange={() => choose('correction')} /> Correction: something readers see was wrong (a figure, date, place, source, who said it, or the words quoted; readers see “Corrected”)</label>
            <label><input type="radio" name="change" value="update" checked={change === 'update'} onChange={() => choose('update')} /> Update: new information (readers see “Updated”)</label>
            <label><input type="radio" name="change" value="fix" checked={change === 'fix'} onChange={() => choose('fix')} /> Fix: the wording around the claim (a title&rsquo;s typo, a link, a note&rsquo;s punctuation); what it says is unchanged (listed on /changes, no notice on the claim)</label>
            {byField.has('change') ? <ul id="field-change-errors" className="desk-errors">{errorsOf('change').map((e) => <li key={e}>{e}</li>)}</ul> : null}
          </div>
        ) : null}
        <div className="desk-field">
          <label htmlFor="field-revision-note">Editor&rsquo;s note (required)</label>
          <textarea id="field-revision-note" name="revision-note" rows={2} value={note} onChange={(e) => editNote(e.target.value)} aria-invalid={byField.has(REVISION_NOTE) || undefined}
            aria-describedby={['field-revision-note-help', byField.has(REVISION_NOTE) ? 'field-revision-note-errors' : ''].join(' ').trim()} />
          {/* Published with the change: an editor wrote "chief: qualifier + where" and readers saw it word for word. */}
          <small id="field-revision-note-help">Public once published: readers see it in the change log, and on the claim for a correction or an update. Write it for them.</small>
          {byField.has(REVISION_NOTE) ? <ul id="field-revision-note-errors" className="desk-errors">{errorsOf(REVISION_NOTE).map((e) => <li key={e}>{e}</li>)}</ul> : null}
        </div>
        <div className="desk-actions">
          <button type="button" className="button" disabled={busy} onClick={() => save(false)}>Save draft</button>
          <button type="button" className="button primary" disabled={busy} onClick={() => save(true)}>{retraction ? 'Publish again (undo the retraction)' : published ? 'Publish the change' : 'Publish'}</button>
          {dirty && !confirmingDiscard ? <button ref={discardButton} type="button" className="button" disabled={busy} onClick={() => setConfirmingDiscard(true)}>Discard my changes…</button> : null}
        </div>
        {confirmingDiscard ? (
          <p className="desk-confirm" role="group" aria-label="Discard your changes?" onKeyDown={(e) => e.key === 'Escape' && cancelConfirm(setConfirmingDiscard, discardButton)}>
            Discard what you typed and have not saved? The form goes back to {id === null ? 'an empty claim' : `revision ${initialBase}`}, and nothing of it is kept.{' '}
            {/* The focus on the answer that loses nothing: Enter, Enter after "Discard my changes…" threw the work away. */}
            <button type="button" className="button primary" onClick={discard}>Discard</button>{' '}
            <button type="button" className="button" onClick={() => cancelConfirm(setConfirmingDiscard, discardButton)} autoFocus>Keep editing</button>
          </p>
        ) : null}
      </fieldset>
      {published && id !== null && !retraction ? (
        <fieldset className="desk-retract">
          <legend>Retract this claim</legend>
          <label htmlFor="field-retract-reason">Reason (readers see it in the change log)</label>
          <textarea id="field-retract-reason" rows={2} value={reason} onChange={(e) => { setReason(e.target.value); setReasonMissing(false); }}
            aria-invalid={reasonMissing || undefined} aria-describedby={reasonMissing ? 'field-retract-reason-errors' : undefined} />
          {reasonMissing ? <ul id="field-retract-reason-errors" className="desk-errors"><li>Not retracted: write the reason first; readers see it in the change log.</li></ul> : null}
          {confirmingRetract ? (
            <span className="desk-confirm" role="group" aria-label={`Retract ${id}?`} onKeyDown={(e) => e.key === 'Escape' && cancelConfirm(setConfirmingRetract, retractButton)}>
              Retract {id}? Readers stop seeing it within seconds, with your reason in the change log; publishing brings it back.{' '}
              {/* The focus follows the question: the button that asked it is gone. */}
              {/* The focus on Cancel: Enter, Enter after "Retract…" took a published claim off every reader's map. */}
              <button type="button" className="button primary" disabled={busy} onClick={retract}>Retract</button>{' '}
              <button type="button" className="button" onClick={() => cancelConfirm(setConfirmingRetract, retractButton)} autoFocus>Cancel</button>
            </span>
          ) : (
            <button ref={retractButton} type="button" className="button" disabled={busy} onClick={() => reasonGiven() && setConfirmingRetract(true)}>Retract…</button>
          )}
        </fieldset>
      ) : null}
    </form>
  );
}
