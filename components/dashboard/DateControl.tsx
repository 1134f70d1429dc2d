'use client';
import { memo, useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import type { ClaimSummary } from '@/geo/buildup';
import { cssPercent } from '@/geo/css-percent';
import { formatDate } from '@/geo/format';
import { playText, stepText } from '@/geo/step-words';

interface Props {
  steps: readonly string[];
  step: number;
  claims: readonly ClaimSummary[];
  onChange: (step: number) => void;
  /** The address of a step, for the links that work before (and without) any script. */
  hrefFor: (step: number) => string;
  /** One row, smaller (the embed). */
  compact?: boolean;
  /**
   * Something stands over the page (a source card, the export dialog): playing pauses, and stays paused when it
   * closes. The export dialog's picture, its file name and its alt text moved on every 2 s behind a journalist.
   */
  held?: boolean;
}


/** Playing walks one step a second. */
const PLAY_MS = 1000;
const PAGE = 5;

/**
 * The date: a slider that steps through the dates on which claims were made (not a continuous scale), with the
 * keys a slider has (arrows, PageUp/PageDown, Home/End), previous and next links, and play/pause. Ticks stand where
 * their dates fall in time.
 */
/** Memoised: drawn again only for a new date (or new data). */
export const DateControl = memo(function DateControl({ steps, step, claims, onChange, hrefFor, compact = false, held = false }: Props) {
  const [playing, setPlaying] = useState(false);
  // Set while rendering (React's way for state that follows a prop), not in an effect: no step plays on meanwhile.
  if (held && playing) setPlaying(false);
  /**
   * The step a previous/next link went to: said in the live region, since the focus stays on the link (not the
   * slider). Kept until the next link: a slider key back to that step says it there too, as the slider does.
   */
  const [linkedTo, setLinkedTo] = useState<number | null>(null);
  // Play and the slider's keys need script: until it runs, the links to the previous and next date do the work.
  const hydrated = useHydrated();
  const trackRef = useRef<HTMLDivElement>(null);
  const sliderRef = useRef<HTMLDivElement>(null);
  const last = steps.length - 1;
  const time = (i: number) => Date.parse(steps[i]);
  const position = (i: number) => (last === 0 ? 0 : ((time(i) - time(0)) / (time(last) - time(0))) * 100);
  const go = (next: number) => onChange(Math.min(last, Math.max(0, next)));

  // Playing stops by itself on the last date.
  const playingNow = playing && step < last;
  useEffect(() => {
    if (!playingNow) return;
    const timer = window.setTimeout(() => onChange(step + 1), PLAY_MS);
    return () => window.clearTimeout(timer);
  }, [playingNow, step, onChange]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: step + 1, ArrowUp: step + 1, ArrowLeft: step - 1, ArrowDown: step - 1,
      PageUp: step + PAGE, PageDown: step - PAGE, Home: 0, End: last,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    setPlaying(false);
    go(moves[event.key]);
  };

  /**
   * The nearest step to where the track was clicked, and on as it is dragged. A finger may be scrolling the page
   * (touch-action: pan-y gives its vertical moves to the browser): it picks a step when it moves or lifts more across
   * than up or down, not as it lands (an article's reader swiping past an embed changed its date).
   */
  const onPointerDown = (event: React.PointerEvent) => {
    const track = trackRef.current;
    if (!track) return;
    const pick = (clientX: number) => {
      const { left, width } = track.getBoundingClientRect();
      const at = ((clientX - left) / width) * 100;
      let nearest = 0;
      steps.forEach((_, i) => {
        if (Math.abs(position(i) - at) < Math.abs(position(nearest) - at)) nearest = i;
      });
      go(nearest);
    };
    setPlaying(false);
    const touch = event.pointerType === 'touch';
    const { clientX: x0, clientY: y0 } = event;
    // Always for a mouse or a pen; for a finger, a tap or a move more across than up or down.
    const across = (e: PointerEvent) => !touch || Math.abs(e.clientX - x0) >= Math.abs(e.clientY - y0);
    if (!touch) pick(x0);
    const target = event.currentTarget as HTMLElement;
    target.setPointerCapture?.(event.pointerId);
    const move = (e: PointerEvent) => across(e) && pick(e.clientX);
    const up = (e: PointerEvent) => {
      if (touch && e.type === 'pointerup' && across(e)) pick(e.clientX);
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
  };

  const link = (to: number, label: string, glyph: string, className: string) => (to < 0 || to > last ? (
    <span className={`${className} date-step--disabled`} aria-hidden="true">{glyph}</span>
  ) : (
    // `_self`: in the embed, whose other links open a new tab (<base target="_blank">), a date stays in the frame.
    <a className={className} href={hrefFor(to)} target="_self" aria-label={`${label}: ${formatDate(steps[to])}`} onClick={(e) => {
      e.preventDefault();
      setPlaying(false);
      setLinkedTo(to);
      go(to);
      // At either end the link gives way to a mark: the focus goes on to the slider rather than to nowhere.
      if (to === 0 || to === last) sliderRef.current?.focus();
    }}>{glyph}</a>
  ));

  const said = stepText(steps[step], claims);
  return (
    <div className={`date-control${compact ? ' date-control--compact' : ''}`} role="group" aria-label="Date: what was known when">
      {/* Playing, the focus is on Pause: each date, and how much was said that day, is said here (the slider's words went
          unheard), the last one too, where playing stops (it went silent on the invasion). Stepped by the ‹ › links, whose
          focus stays on the link, the date and what was said then. */}
      <p className="visually-hidden" aria-live="polite">{playing ? playText(steps[step], claims) : linkedTo === step ? said : ''}</p>
      <p className="date-value" aria-hidden="true">{formatDate(steps[step])}</p>
      <div className="date-row">
        {link(step - 1, 'Previous date', '‹', 'date-step')}
        <div
          ref={sliderRef}
          className="date-slider"
          role="slider"
          tabIndex={hydrated ? 0 : -1}
          aria-disabled={!hydrated || undefined}
          aria-label="Date"
          aria-valuemin={0}
          aria-valuemax={last}
          aria-valuenow={step}
          aria-valuetext={said}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
        >
          <div className="date-track" ref={trackRef}>
            {steps.map((date, i) => <span key={date} className="date-tick" style={{ left: cssPercent(position(i)) }} data-passed={i <= step || undefined} />)}
            <span className="date-thumb" style={{ left: cssPercent(position(step)) }} />
          </div>
        </div>
        {link(step + 1, 'Next date', '›', 'date-step')}
        <button type="button" className="date-play" disabled={!hydrated} data-needs-script onClick={() => {
          if (!playingNow && step >= last) go(0);
          setPlaying(!playingNow);
        }}>
          {playingNow ? 'Pause' : 'Play'}
        </button>
      </div>
    </div>
  );
});
