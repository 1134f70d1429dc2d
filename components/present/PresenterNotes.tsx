'use client';
import { useEffect, useState } from 'react';
import { useBuildup } from '@/components/data/use-buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { fillPlaceholders } from '@/geo/fill-placeholders';
import { formatDate } from '@/geo/format';
import type { PresenterScene } from '@/geo/scene-camera';
import { stepForDate } from '@/geo/timeline';
import { actionForKey, NOTES_KEY_HELP, type PresentMessage } from './keys';
import { useSceneChannel } from './use-scene-channel';
import { useTypedScene } from './use-typed-scene';

function useElapsed() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  const label = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  return { label, reset: () => { const t = Date.now(); setStart(t); setNow(t); } };
}

/** How often the notes ask after the presenting window, and how long its silence means it is gone. */
const ASK_MS = 2000;
const SILENT_MS = 5000;

/**
 * Whether a presenting window has answered lately: the notes ask every 2 s (it answers with its scene). Closed, or
 * left with Esc, it no longer answers; the notes once went on stepping without a word of it.
 */
function useStageAnswers(post: (message: PresentMessage) => void, heardAt: number | null) {
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    post({ type: 'hello' });
    const timer = window.setInterval(() => {
      post({ type: 'hello' });
      setNow(Date.now());
    }, ASK_MS);
    return () => window.clearInterval(timer);
  }, [post]);
  // Until the first answer could have come, it is taken to answer (no warning flashes as the window opens).
  return now - (heardAt ?? startedAt) < SILENT_MS;
}

/** The speaker's window: current and next scene, notes and a timer, in step with the presenting window. */
export function PresenterNotes({ initial, scenes, addressDate = null }: { initial: BuildupPayload; scenes: PresenterScene[]; addressDate?: string | null }) {
  const { buildup } = useBuildup(initial);
  const [index, setIndex] = useState(0);
  const timer = useElapsed();
  const [heardAt, setHeardAt] = useState<number | null>(null);
  const post = useSceneChannel((message) => {
    if (message.type !== 'go') return;
    setIndex(Math.min(scenes.length - 1, Math.max(0, message.index)));
    setHeardAt(Date.now());
  });
  const stageAnswers = useStageAnswers(post, heardAt);

  const go = (next: number) => {
    const clamped = Math.min(scenes.length - 1, Math.max(0, next));
    setIndex(clamped);
    post({ type: 'go', index: clamped });
  };
  const typeScene = useTypedScene(scenes.length, go);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (typeScene(event.key)) return event.preventDefault();
      const action = actionForKey(event.key, event.shiftKey);
      if (!action) return;
      const target = { next: index + 1, previous: index - 1, first: 0, last: scenes.length - 1 } as Record<string, number>;
      if (action.type in target) go(target[action.type]);
      else if (action.type === 'black' || action.type === 'key') post({ type: action.type });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const current = scenes[index];
  const next = scenes[index + 1];
  // The day the stage shows for a scene: its own date, else the address's, else the latest (geo/timeline.ts).
  const dayOf = (scene: PresenterScene) => formatDate(buildup.steps[stepForDate(buildup.steps, scene.date ?? addressDate)]);
  const text = (value: string | undefined) => (value ? fillPlaceholders(value, buildup) : '');
  return (
    <main className="notes" data-scene={index + 1}>
      <header className="notes-header">
        <p className="notes-counter">Scene {index + 1} of {scenes.length}</p>
        <p className="notes-timer" role="timer" aria-label="Time since the notes opened">{timer.label}</p>
        <button type="button" onClick={timer.reset}>Reset timer</button>
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>Previous</button>
        <button type="button" onClick={() => go(index + 1)} disabled={!next}>Next</button>
      </header>
      {stageAnswers ? null : (
        <p className="notes-stage" role="status">No presenting window answers: these keys step nothing on screen. Open the presenter (/present) and press N there.</p>
      )}
      <section aria-labelledby="notes-current">
        <h1 id="notes-current">Now: {current.title}</h1>
        <p className="notes-date">As of {dayOf(current)}{current.date ?? addressDate ? '' : ' (the latest)'}</p>
        <p className="notes-caption">{text(current.caption)}</p>
        <p className="notes-text">{text(current.notes)}</p>
      </section>
      <section aria-labelledby="notes-next" className="notes-next">
        <h2 id="notes-next">Next: {next ? `${next.title} (as of ${dayOf(next)})` : 'end of the briefing'}</h2>
        {next ? <p>{text(next.caption)}</p> : null}
      </section>
      <section aria-labelledby="notes-keys" className="notes-keys">
        <h2 id="notes-keys">Keys in this window</h2>
        <dl>{NOTES_KEY_HELP.map(([keys, what]) => <div key={keys}><dt>{keys}</dt><dd>{what}</dd></div>)}</dl>
      </section>
    </main>
  );
}
