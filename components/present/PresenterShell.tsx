'use client';
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useBuildup } from '@/components/data/use-buildup';
import { useMapData } from '@/components/data/use-map-data';
import { LazySourceCard } from '@/components/dashboard/LazySourceCard';
import { Legend } from '@/components/dashboard/Legend';
import type { FigureCircle } from '@/geo/figure-layers';
import { formatFrame, SEEN_FRAME_PARAM } from '@/geo/seen-frame';
import { LazyExportDialog } from '@/components/export/LazyExportDialog';
import { MapView } from '@/components/map/MapView';
import { describeFigure, isWholeClaim } from '@/geo/buildup';
import { readAtText } from '@/geo/citation';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { fillPlaceholders } from '@/geo/fill-placeholders';
import { dateNotice } from '@/geo/address-notice';
import { formatDate } from '@/geo/format';
import { claimDate } from '@/geo/claim-date';
import { exportUrl } from '@/geo/render/export-url';
import { BESIDE_MAP_ASPECT, type PresenterScene, stageLayout, withCaption } from '@/geo/scene-camera';
import { sceneTabTitle } from '@/geo/scene-tab-title';
import { PRESENTER_TYPE_SCALE } from '@/geo/style';
import { shownDay, stepForDate } from '@/geo/timeline';
import { formatViewHash, type View } from '@/geo/view';
import { dateWithin, formatQuery, sceneFromPath } from '@/geo/view-state';
import { circlesOnPage, placeKeyOverMap, subjectOnPage } from './key-corner';
import { actionForKey, KEY_HELP, type PresenterAction, STEP_ACTIONS } from './keys';
import { useCaptionFit } from './use-caption-fit';
import { useReducedMotion } from './use-reduced-motion';
import { useSceneChannel } from './use-scene-channel';
import { useTypedScene } from './use-typed-scene';
import { useCaptionPlace, useStageSize } from './use-stage-size';

/** The speaker's notes window: one, reused (N again brings it forward). */
const NOTES_WINDOW = 'buildup-map-notes';
/** Keys that only change another key: pressed alone they close nothing. */
const MODIFIER_KEYS = ['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock'];
const NO_CIRCLES: FigureCircle[] = [];

/** 0-based index of the scene an address names (junk goes to the nearest scene). */
const indexFromPath = (path: string, count: number) => sceneFromPath(path, count) - 1;

/** `undatedClaims`: for each undated scene, the claims it shows at each step of the timeline (null for a dated one). */
export function PresenterShell({ initial, scenes, undatedClaims }: { initial: BuildupPayload; scenes: PresenterScene[]; undatedClaims: (string[][] | null)[] }) {
  const pathname = usePathname();
  const [index, setIndex] = useState(() => indexFromPath(pathname, scenes.length));
  const scene = scenes[index];
  const { buildup } = useBuildup(initial);
  const steps = buildup.steps;
  // `?date=` dates the scenes that carry no date of their own (a scene's own date wins).
  const query = useSearchParams();
  const addressDate = dateWithin(query.get('date'), steps);
  // A scene the story does not have (`/present/13`): the server sent the presenter to the nearest and says so here
  // until the next scene, which writes the address without it (it showed scene 12 without a word).
  const [asked, setAsked] = useState(() => query.get('asked'));
  // A `?date=` the timeline does not have (`banana`, 2023-01-01) is said in the same place, until the next scene, which
  // writes the address without it (the stage showed the latest without a word).
  const [ignoredDate, setIgnoredDate] = useState(() => dateNotice(query.get('date'), steps, 'the scenes without a date of their own show'));
  const reducedMotion = useReducedMotion();
  const [black, setBlack] = useState(false);
  const [help, setHelp] = useState(false);
  /** The presenter's K: the key over the map, kept from scene to scene until K again. */
  const [keyOverMap, setKeyOverMap] = useState(false);
  const [openClaim, setOpenClaim] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const viewRef = useRef<View | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  // Scenes change on the client (one map that flies), each with its own history entry, so reload, links and
  // back/forward keep the place; the ref keeps quick key presses adding up before React re-renders.
  const targetRef = useRef(index);
  const show = useCallback((next: number) => {
    const clamped = Math.min(scenes.length - 1, Math.max(0, next));
    if (clamped === targetRef.current) return;
    targetRef.current = clamped;
    setIndex(clamped);
    setAsked(null);
    setIgnoredDate(null);
    const kept = new URLSearchParams(window.location.search);
    kept.delete('asked');
    if (dateWithin(kept.get('date'), steps) === null) kept.delete('date');
    window.history.pushState(window.history.state, '', `/present/${clamped + 1}${kept.size ? `?${kept}` : ''}`);
  }, [scenes.length, steps]);
  useEffect(() => {
    const onPopState = () => {
      if (!window.location.pathname.startsWith('/present')) return;
      targetRef.current = indexFromPath(window.location.pathname, scenes.length);
      setIndex(targetRef.current);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [scenes.length]);

  const post = useSceneChannel((message, reply) => {
    if (message.type === 'go') {
      // Stepped from the notes window: what was left open on the stage (a source card, the export dialog, the keys)
      // would stand over the next scene, the card with another scene's figure on air. The black screen stays: the
      // next scene can be set up behind it.
      setOpenClaim(null);
      setExporting(false);
      setHelp(false);
      show(message.index);
    }
    if (message.type === 'black') setBlack((b) => !b);
    if (message.type === 'key') setKeyOverMap((k) => !k);
    if (message.type === 'hello') reply({ type: 'go', index });
  });
  // Every scene change (keys, back/forward, a link) is announced, so the notes window follows.
  useEffect(() => post({ type: 'go', index }), [post, index]);

  // The dashboard the presenter leaves to shows what the scene showed: its date (none: the latest) and its view, in the
  // stage's dark theme (a light system's white dashboard flashed on a dark broadcast).
  const step = stepForDate(steps, scene.date ?? addressDate);
  const leaveTo = `/${formatQuery({ theme: 'dark', hidden: [], source: null, date: step < steps.length - 1 ? steps[step] : null })}`;
  const act = useCallback((action: PresenterAction) => {
    // The keys' help and the black screen cover the stage: a key ends them rather than acting unseen behind them.
    if (help && action.type !== 'fullscreen') return setHelp(false);
    if (black && action.type !== 'fullscreen') return setBlack(false);
    switch (action.type) {
      case 'next': return show(targetRef.current + 1);
      case 'previous': return show(targetRef.current - 1);
      case 'first': return show(0);
      case 'last': return show(scenes.length - 1);
      case 'jump': return show(action.index);
      case 'black': return setBlack((b) => !b);
      case 'help': return setHelp((h) => !h);
      case 'key': return setKeyOverMap((k) => !k);
      case 'export': return setExporting(true);
      case 'notes': return void window.open(`/present/notes${window.location.search}`, NOTES_WINDOW, 'popup,width=900,height=700');
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      case 'leave': {
        // With the size of the stage's map, so that the dashboard's smaller map shows all the scene showed (its zoom
        // alone left out two of the four figures the panel listed).
        const stage = document.querySelector<HTMLElement>('.presenter-map');
        const frame = viewRef.current && stage ? formatFrame({ width: stage.clientWidth, height: stage.clientHeight }) : null;
        // A whole page load, not the router's: the dashboard's server-drawn map comes only with its HTML, and a router
        // push left its map a blank box for the 5 s the live map took, on air.
        const to = `${leaveTo}${frame ? `&${SEEN_FRAME_PARAM}=${frame}` : ''}${viewRef.current ? formatViewHash(viewRef.current) : ''}`;
        window.location.assign(new URL(to, window.location.href).href);
      }
    }
  }, [black, help, leaveTo, scenes.length, show, setExporting]);

  const jump = useCallback((to: number) => act({ type: 'jump', index: to }), [act]);
  const typeScene = useTypedScene(scenes.length, jump);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
      const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
      if (dialog) {
        // A clicker's keys step the stage from an open source card or export dialog, closing it: they were stuck on
        // the card, and in the dialog PageDown changed the picture's kind in its first field. The card, which holds
        // no field, takes every step key; in the dialog the others are its fields'.
        const action = actionForKey(event.key, event.shiftKey);
        const stepping = action && STEP_ACTIONS.includes(action.type);
        const clicker = event.key === 'PageDown' || event.key === 'PageUp';
        if (!stepping || (!clicker && dialog.querySelector('input, select, textarea'))) return;
        event.preventDefault();
        dialog.close();
        (document.activeElement as HTMLElement | null)?.blur?.();
        return act(action);
      }
      // Any key closes the keys' help, Tab too (it took the focus out of the help, which stayed open), but F (fullscreen).
      if (help && !MODIFIER_KEYS.includes(event.key) && actionForKey(event.key, event.shiftKey)?.type !== 'fullscreen') {
        event.preventDefault();
        return setHelp(false);
      }
      if (typeScene(event.key)) return event.preventDefault();
      const action = actionForKey(event.key, event.shiftKey);
      if (!action) return;
      event.preventDefault();
      (document.activeElement as HTMLElement | null)?.blur?.();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, typeScene, help]);

  // The tab says which scene, so the stage can be told apart in a list of tabs to share.
  useEffect(() => {
    document.title = sceneTabTitle(scene.title, index + 1, scenes.length);
  }, [scene.title, index, scenes.length]);

  const stage = useStageSize();
  // The picture is drawn for the stage as it was when the scene was drawn; the live map follows the window.
  const pictured = stageLayout(stage.width, stage.height);
  const caption = useCaptionPlace();
  const camera = useMemo(() => withCaption(scene.camera, caption), [scene.camera, caption]);
  // An undated scene shown at an earlier `?date=` shows the figures of then (geo/scene-claims-at.ts).
  const shownIds = undatedClaims[index]?.[step] ?? scene.claims;
  const map = useMapData(buildup, buildup.figures, step, shownIds);
  const claims = buildup.claims.filter((c) => shownIds.includes(c.id));
  const outlets = [...new Set(claims.map((c) => c.source.outlet))];
  const claim = buildup.claims.find((c) => c.id === openClaim) ?? null;
  const captionText = fillPlaceholders(scene.caption, buildup);
  const figureLine = claims.filter((c) => c.value !== null).map((c) => `[${c.footnote}] ${describeFigure(c)}: ${c.claimant}, ${claimDate(c)}`).join(' · ');
  // A statement with no figure (the invasion, the flank's condition) is on the map by its number: the outlet says it.
  const statements = (outlet: string) => claims.filter((c) => c.value === null && c.source.outlet === outlet).map((c) => c.footnote);
  // Where an outlet's text was read, when a republication or a digest ("RFE/RL (read in a republication by US News, 18
  // January 2022)", ../shared/sources/README.md "How to cite"): the caption said "RFE/RL" alone. Known once the page
  // has the claims whole (/api/buildup, as it runs), before any scene is shown to an audience.
  const readAt = (outlet: string) => [...new Set(claims.flatMap((c) => (isWholeClaim(c) && c.source.outlet === outlet ? [readAtText(c.source)] : [])).filter(Boolean))];
  const outletWords = (o: string) => `${o}${readAt(o).length ? ` (${readAt(o).join('; ')})` : ''}${statements(o).length ? ` [${statements(o).join(', ')}]` : ''}`;
  const sourceLine = `Source${outlets.length > 1 ? 's' : ''}: ${outlets.map(outletWords).join(' · ')}`;
  const captionRef = useRef<HTMLElement>(null);
  // The key to what the map draws: in the column beside a wide stage's map where it fits (from 1,000 px tall), or, at
  // the presenter's K, over the map's lower left at any size (a 720p screen share had none at all).
  const legend = <Legend figures={map.legendFigures} crimeaSince={map.crimeaSince} hidden={[]} highlight={scene.highlight ?? null} />;
  useCaptionFit(captionRef, caption, `${captionText}|${figureLine}|${sourceLine}`);
  // K's key goes where it covers the fewest of this scene's numbers: now, when the camera settles, and on a resize.
  // Of corners clear of the numbers, the one least over the scene's subject (Sevastopol and Crimea's note in scene 4).
  const circles = map.figures?.circles ?? NO_CIRCLES;
  const placeKey = useCallback(() => {
    const mapBox = document.querySelector('.presenter-map')?.getBoundingClientRect();
    if (!mapBox) return placeKeyOverMap(null);
    placeKeyOverMap(subjectOnPage(camera, viewRef.current, mapBox), circlesOnPage(circles, step, viewRef.current, mapBox));
  }, [camera, circles, step]);
  useLayoutEffect(() => {
    if (!keyOverMap) return;
    placeKey();
    window.addEventListener('resize', placeKey);
    return () => window.removeEventListener('resize', placeKey);
  }, [keyOverMap, index, step, caption, placeKey]);

  return (
    // The stage is the page's main landmark: its key beside the map, the scene counter and the caption were outside
    // any landmark, where a screen reader's landmark list does not go.
    <main className="presenter" data-scene={index + 1} data-theme="dark" data-caption={caption} style={{ '--stage-map-aspect': BESIDE_MAP_ASPECT } as React.CSSProperties}>
      <MapView
        className="presenter-map"
        theme="dark"
        camera={camera}
        highlight={scene.highlight}
        reducedMotion={reducedMotion}
        typeScale={PRESENTER_TYPE_SCALE}
        figures={map.figures}
        step={step}
        crimeaSince={map.crimeaSince}
        calloutLabels={map.labels}
        onOpenClaim={(id, opener) => {
          openerRef.current = opener;
          setOpenClaim(id);
        }}
        onViewChange={(view) => {
          viewRef.current = view;
          if (keyOverMap) placeKey();
        }}
        // The scene as the server draws it (its map-only export, pinned to the data version): the stage's first paint.
        picture={exportUrl({
          target: { scene: index + 1, date: addressDate, caption: pictured.caption }, layout: 'map-only', hidden: [], ...pictured.map, scale: 1, format: 'svg',
          theme: 'dark', transparent: false, title: '', subtitle: '', version: buildup.dataVersion,
        })}
      >
        {keyOverMap ? legend : null}
      </MapView>
      {/* Beside a wide stage's map, a column of its own; below, its parts stand over the map (display: contents). */}
      <div className="stage-side">
        <p className="scene-counter" aria-live="polite" data-covers-map>
          {asked === null ? null : <span className="scene-notice">{`There is no scene “${asked}”; the story has ${scenes.length}. `}</span>}
          {ignoredDate === null ? null : <span className="scene-notice">{`${ignoredDate} `}</span>}
          Scene {index + 1} of {scenes.length}: {scene.title} <span className="scene-date"><span className="scene-date-dot">· </span>as of {formatDate(steps[step])}</span>
        </p>
        <section ref={captionRef} className="caption" aria-live="polite">
          <h1>{captionText}</h1>
          {claims.length > 0 ? (
            <p className="caption-sources">
              {figureLine}
              {figureLine ? <br /> : null}
              {sourceLine}
            </p>
          ) : null}
        </section>
        {/* In the column beside a wide stage's map (solid counts, dashed projections, the border band); a 4:3 stage's
            caption band has no room for it: K puts it over the map. */}
        {keyOverMap ? null : legend}
      </div>
      {/* B and K change nothing a screen reader would otherwise say: this says it (always there, so it is heard). */}
      <p className="visually-hidden" role="status">{black ? 'Black screen: press B to return.' : keyOverMap ? 'The key is over the map: K hides it.' : ''}</p>
      {black ? <div className="black-screen" aria-label="Black screen (press B to return)" role="img" /> : null}
      {help ? (
        // Focused as it opens, so a screen reader says it; any key closes it (the stage's keys blur it first).
        <div className="key-help" role="dialog" aria-modal="true" aria-label="Presenter keys" tabIndex={-1} ref={(el) => el?.focus()}>
          <h2>Keys</h2>
          <dl>{KEY_HELP.map(([keys, what]) => <div key={keys}><dt>{keys}</dt><dd>{what}</dd></div>)}</dl>
          <p className="key-help-close">Any key closes this.</p>
        </div>
      ) : null}
      <LazySourceCard claim={claim} onClose={() => { setOpenClaim(null); openerRef.current?.focus(); }} />
      <LazyExportDialog open={exporting} onClose={() => setExporting(false)} target={{ scene: index + 1, date: shownDay(steps, addressDate) }} storyTitle={buildup.story.title} defaultTitle={scene.title} theme="dark" dataVersion={buildup.dataVersion} asOf={steps[step]} />
    </main>
  );
}
