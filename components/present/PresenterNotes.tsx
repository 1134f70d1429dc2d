'use client';
import { useEffect, useState } from 'react';
import { useBuildup } from '@/components/data/use-buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { fillPlaceholders } from '@/geo/fill-placeholders';
import { formatDate } from '@/geo/format';
import type { PresenterScene } from '@/geo/scene-camera';
import { actionForKey } from './keys';
import { useSceneChannel } from './use-scene-channel';

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

/** The speaker's window: current and next scene, notes and a timer, in step with the presenting window. */
export function PresenterNotes({ initial, scenes }: { initial: BuildupPayload; scenes: PresenterScene[] }) {
  const { buildup } = useBuildup(initial);
  const [index, setIndex] = useState(0);
  const timer = useElapsed();
  const post = useSceneChannel((message) => {
    if (message.type === 'go') setIndex(Math.min(scenes.length - 1, Math.max(0, message.index)));
  });
  useEffect(() => post({ type: 'hello' }), [post]);

  const go = (next: number) => {
    const clamped = Math.min(scenes.length - 1, Math.max(0, next));
    setIndex(clamped);
    post({ type: 'go', index: clamped });
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = actionForKey(event.key);
      if (!action || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = { next: index + 1, previous: index - 1, first: 0, last: scenes.length - 1 } as Record<string, number>;
      if (action.type === 'jump') go(action.index);
      else if (action.type in target) go(target[action.type]);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const current = scenes[index];
  const next = scenes[index + 1];
  const text = (value: string | undefined) => (value ? fillPlaceholders(value, buildup) : '');
  return (
    <main className="notes" data-scene={index + 1}>
      <header className="notes-header">
        <p className="notes-counter">Scene {index + 1} of {scenes.length}</p>
        <p className="notes-timer" aria-label="Time since the notes opened">{timer.label}</p>
        <button type="button" onClick={timer.reset}>Reset timer</button>
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>Previous</button>
        <button type="button" onClick={() => go(index + 1)} disabled={!next}>Next</button>
      </header>
      <section aria-labelledby="notes-current">
        <h1 id="notes-current">Now: {current.title}</h1>
        <p className="notes-date">As of {formatDate(current.date ?? buildup.asOf)}{current.date ? '' : ' (the latest)'}</p>
        <p className="notes-caption">{text(current.caption)}</p>
        <p className="notes-text">{text(current.notes)}</p>
      </section>
      <section aria-labelledby="notes-next" className="notes-next">
        <h2 id="notes-next">Next: {next ? `${next.title} (as of ${formatDate(next.date ?? buildup.asOf)})` : 'end of the briefing'}</h2>
        {next ? <p>{text(next.caption)}</p> : null}
      </section>
    </main>
  );
}
