'use client';
/**
 * Export the view the viewer is looking at (or the presenter's scene) as a publication-ready image: presets or
 * a custom size, format, theme, transparent background and title overrides, with a preview drawn by the same
 * server renderer, a download named after the story, view and size, and "Copy image" where the browser allows.
 */
import Image from 'next/image';
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { useDebounced } from '@/components/use-debounced';
import { DEFAULT_PRESET, EXPORT_PRESETS, FORMATS, LIMITS, sizeProblems, type Format } from '@/geo/render/limits';
import { EXPORT_NS, exportFileName, exportUrl, type ExportRequest } from '@/geo/render/export-url';
import { SHORT_ALT_LIMIT } from '@/geo/describe-picture-short';
import { parseUnprintable, type Unprintable, UNPRINTABLE_HEADER, unprintableMessages } from '@/geo/render/unprintable';
import { formatDate } from '@/geo/format';
import type { ThemeName } from '@/geo/style';

interface Props {
  open: boolean;
  onClose: () => void;
  target: ExportRequest['target'];
  /** Layers the viewer hid on the map: the image leaves them out too. */
  hidden?: ExportRequest['hidden'];
  storyTitle: string;
  /** The title a blank Title field draws, when not the story's (a scene's picture draws the scene's own). */
  defaultTitle?: string;
  theme: ThemeName;
  /** The data version on screen: every address the dialog gives pins it (`v=N`). */
  dataVersion: number;
  /** The latest date of the data: a view's picture without a date of its own is named after it. */
  asOf?: string;
}

const CUSTOM = 'custom';

/** The credit line a newsroom puts on every picture: typed once, kept on this browser for the next export. */
const CREDIT_KEY = 'buildup-map.export-credit';
function useCredit() {
  const [credit, setCredit] = useState(() => {
    try {
      return window.localStorage.getItem(CREDIT_KEY) ?? '';
    } catch {
      return '';
    }
  });
  const keep = (value: string) => {
    setCredit(value);
    try {
      window.localStorage.setItem(CREDIT_KEY, value);
    } catch {
      // Storage refused (a private window): the line still goes on this picture.
    }
  };
  return [credit, keep] as const;
}

/** A file name with a line break allowed after each underscore, between its parts (story, scene, date, size). */
const breakableName = (name: string) => name.split('_').map((part, i) => (i ? <Fragment key={i}>_<wbr />{part}</Fragment> : part));

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};
type Layout = NonNullable<ExportRequest['layout']>;
const LAYOUT_CHOICES: [Layout, string][] = [
  ['full', 'The map, with its legend and sources'],
  ['chart', 'The chart of figures over time, with its sources'],
  // For a graphic of the newsroom's own (its legend and sources set by hand): the data's credit stays in a corner.
  ['map-only', 'The map alone, with its data credit'],
];

/** Why an export address was refused, in the server's words (its JSON error), or what went wrong fetching it. */
async function explainFailure(url: string) {
  try {
    const response = await fetch(url);
    const body = (await response.json()) as { error?: string };
    return body.error ?? `the server answered ${response.status}`;
  } catch {
    return 'the server could not be reached';
  }
}

export function ExportDialog({ open, onClose, target, hidden = [], storyTitle, defaultTitle = storyTitle, theme: pageTheme, dataVersion, asOf }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [preset, setPreset] = useState<string>(DEFAULT_PRESET.id);
  const [layout, setLayout] = useState<Layout>('full');
  const [custom, setCustom] = useState({ width: '1600', height: '900' });
  const [scale, setScale] = useState(1);
  const [format, setFormat] = useState<Format>('png');
  const [theme, setTheme] = useState<ThemeName>(pageTheme);
  const [transparent, setTransparent] = useState(false);
  /** The viewer's choice of the figures in large type; null: the size's own (on for a feed's sizes). */
  const [headlineChoice, setHeadlineChoice] = useState<boolean | null>(null);
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  /** No subtitle at all: left blank, the field gives the story's own (Datawrapper's may be left empty). */
  const [noSubtitle, setNoSubtitle] = useState(false);
  const [credit, setCredit] = useCredit();
  /** What the dialog last said, and of which picture (its address): a message about another picture is not shown. */
  const [said, setSaid] = useState({ text: '', about: '' });
  /** Why the preview of this address failed (kept with its address: a new preview starts clean). */
  const [previewError, setPreviewError] = useState({ href: '', message: '' });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setTheme(pageTheme);
      setSaid({ text: '', about: '' });
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, pageTheme]);

  const chosen = EXPORT_PRESETS.find((p) => p.id === preset);
  const width = chosen ? chosen.width : Number(custom.width);
  const height = chosen ? chosen.height : Number(custom.height);
  // An SVG is drawn at any size: a pixel ratio would only rename the file (it promised 3840 × 2160 for a 1920 × 1080 SVG).
  const pixelRatio = format === 'svg' ? 1 : scale;
  const problems = sizeProblems(width, height, pixelRatio);
  const dpi = chosen && 'dpi' in chosen ? chosen.dpi : null;
  // A presenter's scene has its caption of figures, and only the whole page has a title to stand them under.
  const headlineOffered = layout === 'full' && 'view' in target;
  const headline = headlineOffered && (headlineChoice ?? Boolean(chosen && 'feed' in chosen));
  const request: ExportRequest = { target, layout, hidden, width, height, scale: pixelRatio, format, theme, transparent: transparent && format !== 'jpeg', title, subtitle: noSubtitle ? null : subtitle, credit, version: dataVersion, dpi, headline };
  const href = exportUrl(request);
  // The preview (and the words read from it) follow typing once it pauses: each keystroke drew two pictures.
  const [typedTitle, typedSubtitle, typedCredit] = JSON.parse(useDebounced(JSON.stringify([title, subtitle, credit]), 400)) as [string, string, string];
  const previewHref = exportUrl({ ...request, title: typedTitle, subtitle: noSubtitle ? null : typedSubtitle, credit: typedCredit }, { format: 'svg', scale: 1 });
  const say = (text: string) => setSaid({ text, about: href });
  const status = said.about === href ? said.text : '';

  // The alt text is the description the renderer writes into the picture (its SVG <desc>): read from the preview's
  // own address, so it names what this size and date draw (a small picture draws fewer numbers).
  const altWanted = open && problems.length === 0 ? previewHref : '';
  const [alt, setAlt] = useState<{ href: string; text: string; cut: string[]; printed: string; sources: number; unlisted: number; figures: boolean; place: string | null; short: string }>({ href: '', text: '', cut: [], printed: '', sources: 0, unlisted: 0, figures: false, place: null, short: '' });
  /**
   * The preview is the SVG fetched once, for its words above and, as a blob, for the picture: an <img> of its address
   * besides asked the server for every preview twice. The last one stays on screen until the next has come.
   */
  const [preview, setPreview] = useState<{ href: string; src: string } | null>(null);
  /** What a PNG or JPEG of the previewed picture could not draw (the SVG preview draws it with the viewer's fonts). */
  const [unprintable, setUnprintable] = useState<{ href: string; chars: Unprintable }>({ href: '', chars: {} });
  useEffect(() => () => {
    if (preview) URL.revokeObjectURL(preview.src);
  }, [preview]);
  /** The picture on screen is an earlier choice's, while this one's is drawn: shown faded, and said. */
  const previewStale = preview !== null && preview.href !== previewHref;
  // Blank, the title drawn is the story's or, for a scene, the scene's own: judged as the blank subtitle is, below.
  const askedTitle = typedTitle.trim();
  const askedSubtitle = noSubtitle ? '' : typedSubtitle.trim();
  useEffect(() => {
    if (!altWanted) return;
    const controller = new AbortController();
    fetch(altWanted, { signal: controller.signal })
      .then(async (response) => {
        if (response.ok) {
          setUnprintable({ href: altWanted, chars: parseUnprintable(response.headers.get(UNPRINTABLE_HEADER)) });
          return response.text();
        }
        // The refusal's own words, from this answer (asking again was a second request for each failed preview).
        const { error } = (await response.json().catch(() => ({}))) as { error?: string };
        setPreviewError({ href: altWanted, message: `The preview failed: ${error ?? `the server answered ${response.status}`}` });
        return '';
      }, (error: Error) => {
        if (error.name !== 'AbortError') setPreviewError({ href: altWanted, message: 'The preview failed: the server could not be reached. Try again, or download the picture.' });
        return '';
      })
      .then((svg) => {
        if (svg) setPreview({ href: altWanted, src: URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })) });
        const doc = svg ? new DOMParser().parseFromString(svg, 'image/svg+xml') : null;
        // The header's lines (the title's bold, the subtitle's not): one ending in an ellipsis its text did not have
        // was cut to fit two lines, which the small preview did not make plain.
        const lines = [...(doc?.querySelectorAll('#header text') ?? [])];
        const squash = (text: string) => text.replace(/\s+/g, '');
        const cutOf = (bold: boolean, asked: string) => {
          const drawn = lines.filter((l) => (l.getAttribute('font-weight') === '700') === bold).map((l) => l.textContent ?? '');
          // Drawn whole, its lines hold every letter asked for; a default (asked as "") is cut where it ends in "…".
          return asked ? drawn.length > 0 && squash(drawn.join('')) !== squash(asked) : (drawn.at(-1) ?? '').endsWith('…');
        };
        const cut = [cutOf(true, askedTitle) ? 'title' : '', cutOf(false, askedSubtitle) ? 'subtitle' : ''].filter(Boolean);
        // Sources the list had no room for ("+8 more at …"): their figures are on the image, their sources are not.
        const exported = doc?.getElementsByTagNameNS(EXPORT_NS, 'export')[0];
        const sources = doc?.getElementsByTagNameNS(EXPORT_NS, 'source').length ?? 0;
        const listed = exported?.getAttribute('listed');
        const unlisted = listed ? Math.max(0, sources - Number(listed)) : 0;
        setAlt({ href: altWanted, text: doc?.querySelector('desc')?.textContent ?? '', cut, printed: exported?.getAttribute('permalink') ?? '', sources, unlisted, figures: doc?.getElementById('figures') != null, place: exported?.getAttribute('place') ?? null, short: exported?.getAttribute('shortDescription') ?? '' });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [altWanted, askedTitle, askedSubtitle]);
  const altText = alt.href === altWanted ? alt.text : '';
  // Offered where the whole one is longer than a social post takes: the same picture in at most 1,000 characters.
  const shortAlt = alt.href === altWanted && altText.length > SHORT_ALT_LIMIT ? alt.short : '';
  const cutText = alt.href === altWanted ? alt.cut : [];
  const unlisted = alt.href === altWanted ? alt.unlisted : 0;
  // Asked for, the figures in large type give way where they would shrink the map to a thumbnail: say so.
  const figuresLeftOut = headline && alt.href === altWanted && !alt.figures;
  // Said before the download is tried, which the server would refuse in these words.
  const undrawable = format !== 'svg' && unprintable.href === altWanted ? unprintableMessages(unprintable.chars, format) : [];
  // The file's name says `figures` only for a picture that draws them.
  // The file's name says the place a zoomed-in view is about, as the server's does: its preview's metadata names it.
  const fileName = exportFileName({ ...request, headline: headline && !figuresLeftOut, place: alt.href === altWanted ? alt.place : null }, storyTitle, asOf);
  // The address the image prints for its sources is the server's public address: unset behind a proxy, it named
  // http://localhost:3000, which no reader can open. The desk cannot fix it, but it can say so before it is published.
  const printedOrigin = alt.href === altWanted && alt.printed ? originOf(alt.printed) : null;

  async function copyAlt(text: string, field: string, name: string) {
    try {
      await navigator.clipboard.writeText(text);
      say(`Copied the ${name}.`);
    } catch {
      document.getElementById(field)?.focus();
      say(`This browser did not let the page copy: the ${name} is selected, copy it with the keyboard.`);
    }
  }

  /**
   * The file is fetched before it is saved, so a refusal is said here (a title the PNG font cannot draw, a busy
   * server's 503): a plain download link saved nothing and said nothing. The link's own address stays for "Copy link".
   */
  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    say('Preparing the download…');
    try {
      const response = await fetch(href);
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        say(`Not downloaded: ${body.error ?? `the server answered ${response.status}`}`);
        return;
      }
      // The server's name for the picture it drew: the dialog's own says `figures` only once the preview has told it
      // they fit, and a Download pressed before that named a card without them `…_figures_…`.
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fileName;
      const file = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: file, download: name });
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(file), 60_000);
      say(`Downloaded ${name}.`);
    } catch {
      say('Not downloaded: the server could not be reached.');
    }
  }

  async function copyImage() {
    if (!('ClipboardItem' in window) || !navigator.clipboard?.write) {
      say('This browser does not let pages put images on the clipboard: use Download instead.');
      return;
    }
    say('Copying…');
    try {
      const png = exportUrl(request, { format: 'png' });
      const blob = fetch(png).then(async (response) => {
        if (!response.ok) throw new Error(await explainFailure(png));
        return response.blob();
      });
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      say('Copied the PNG to the clipboard.');
    } catch (error) {
      say(`Could not copy: ${(error as Error).message}`);
    }
  }

  return (
    <dialog ref={dialogRef} className="export-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form method="dialog" className="export-form" onSubmit={(e) => e.preventDefault()}>
        <h2 id={`${id}-title`}>Export an image</h2>
        {target.date ?? asOf ? <p className="export-date">As of {formatDate((target.date ?? asOf)!)}: the figures known then</p> : null}
        <label>
          Picture
          <select value={layout} onChange={(e) => setLayout(e.target.value as Layout)} name="layout">
            {LAYOUT_CHOICES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <label>
          Size
          <select value={preset} onChange={(e) => setPreset(e.target.value)} name="preset">
            {EXPORT_PRESETS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            <option value={CUSTOM}>Custom size…</option>
          </select>
        </label>
        {preset === CUSTOM ? (
          <div className="export-row">
            <label>Width <input name="width" inputMode="numeric" value={custom.width} onChange={(e) => setCustom({ ...custom, width: e.target.value })} /></label>
            <label>Height <input name="height" inputMode="numeric" value={custom.height} onChange={(e) => setCustom({ ...custom, height: e.target.value })} /></label>
          </div>
        ) : null}
        <div className="export-row">
          <label>
            Format
            <select name="format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
              {FORMATS.map((f) => <option key={f} value={f}>{f.toUpperCase()}</option>)}
            </select>
          </label>
          <label>
            Pixel ratio
            <select name="scale" value={pixelRatio} disabled={format === 'svg'} onChange={(e) => setScale(Number(e.target.value))}>
              {Array.from({ length: LIMITS.maxScale }, (_, i) => i + 1).map((s) => <option key={s} value={s}>{s}×</option>)}
            </select>
          </label>
          <label>
            Theme
            <select name="theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemeName)}>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
        </div>
        <label className="export-check">
          <input type="checkbox" name="transparent" checked={transparent && format !== 'jpeg'} disabled={format === 'jpeg'} onChange={(e) => setTransparent(e.target.checked)} />
          Transparent background {format === 'jpeg' ? '(PNG or SVG only)' : ''}
        </label>
        {headlineOffered ? (
          <label className="export-check">
            <input type="checkbox" name="headline" checked={headline} onChange={(e) => setHeadlineChoice(e.target.checked)} />
            The latest figures in large type (beside the map or under the title)
          </label>
        ) : null}
        {/* The dark theme's words are white: on a white slide or page they vanish with the background. The seas are
            the map's background: they go too, and the names over them stand on whatever is behind the image. */}
        {transparent && format !== 'jpeg' && (theme === 'dark' || layout !== 'chart') ? (
          <p className="export-fit" role="status">
            {layout === 'chart' ? '' : `The seas are transparent too: their names${theme === 'dark' ? ' (white in the dark theme)' : ''} and the Crimea note stand on the page or slide behind the image. `}
            {theme === 'dark' && layout !== 'map-only' ? 'The dark theme’s title, key and sources are white: place the image on a dark page or slide, or choose the light theme.' : ''}
          </p>
        ) : null}
        {/* The map alone draws no title: none is asked for. */}
        {layout === 'map-only' ? null : (
          <>
            <label>Title <input name="title" maxLength={LIMITS.maxText} placeholder={defaultTitle} value={title} onChange={(e) => setTitle(e.target.value)} /></label>
            <label>Subtitle <input name="subtitle" maxLength={LIMITS.maxText} placeholder={noSubtitle ? 'None' : "The story's own, or what was known on an earlier date"} value={noSubtitle ? '' : subtitle} disabled={noSubtitle} onChange={(e) => setSubtitle(e.target.value)} /></label>
            <label className="export-check"><input type="checkbox" name="no-subtitle" checked={noSubtitle} onChange={(e) => setNoSubtitle(e.target.checked)} /> No subtitle</label>
            <label>Credit line (kept on this browser) <input name="credit" maxLength={LIMITS.maxText} placeholder="e.g. Graphic: Jane Doe, The Daily" value={credit} onChange={(e) => setCredit(e.target.value)} /></label>
          </>
        )}
        {problems.length > 0 ? (
          <ul className="export-problems" role="alert">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        ) : (
          <figure className="export-preview">
            {previewError.href === previewHref ? (
              <p role="alert">{previewError.message}</p>
            ) : open && preview && (
              // Only while open: the closed dialog is in every page's HTML, and an eager preview costs a render per view.
              // Drawn by our own export renderer, so not through Next's image optimiser (unoptimized).
              <Image src={preview.src} alt={`Preview of the ${width} × ${height} export`} width={width} height={height} unoptimized
                data-stale={previewStale || undefined} />
            )}
            {open && previewStale && previewError.href !== previewHref ? <p className="export-drawing">Drawing the preview…</p> : null}
            <figcaption>{format === 'svg' ? `${width} × ${height} SVG (vector, sharp at any size)` : `${width * pixelRatio} × ${height * pixelRatio} px ${format.toUpperCase()}`}: {breakableName(fileName)}</figcaption>
            {printedOrigin !== null && printedOrigin !== window.location.origin ? (
              <p className="export-address">{`The image prints ${printedOrigin} as the address of its sources, not this site's ${window.location.origin}: ask whoever runs Buildup Map to set its public address (BUILDUP_PUBLIC_URL).`}</p>
            ) : null}
            {cutText.length > 0 ? (
              <p className="export-fit" role="status">{`The ${cutText.join(' and the ')} ${cutText.length > 1 ? 'do' : 'does'} not fit in two lines at this size and ${cutText.length > 1 ? 'end' : 'ends'} in “…”: shorten ${cutText.length > 1 ? 'them' : 'it'}, or choose a larger size.`}</p>
            ) : null}
            {undrawable.length > 0 ? (
              <ul className="export-problems" role="alert">{undrawable.map((p) => <li key={p}>{p}</li>)}</ul>
            ) : null}
            {figuresLeftOut ? (
              <p className="export-figures" role="status">The picture has no room for the figures in large type at this size without shrinking its map or leaving sources out: choose a larger size, or shorten the title or subtitle.</p>
            ) : null}
            {unlisted > 0 ? (
              <p className="export-unlisted" role="status">{`The image lists ${alt.sources - unlisted} of the ${alt.sources} sources of what it draws: the other ${unlisted} only at the address it prints. Choose a larger size, ${headline ? 'leave out the figures in large type, ' : ''}or shorten the title, subtitle or credit line.`}</p>
            ) : null}
          </figure>
        )}
        {problems.length > 0 ? null : (
          <div className="export-alt">
            <label htmlFor={`${id}-alt`}>Alt text, for the article: the image in words</label>
            <textarea id={`${id}-alt`} readOnly rows={3} value={altText || 'Describing the image…'} onFocus={(e) => e.currentTarget.select()} />
            {altText ? (
              <p className="export-alt-length">{`${altText.length.toLocaleString('en-US')} characters${altText.length > SHORT_ALT_LIMIT ? `: more than the ${SHORT_ALT_LIMIT.toLocaleString('en-US')} X takes for an image's description (Mastodon takes 1,500)${shortAlt ? ': the short one below fits' : ': shorten it there'}` : ''}.`}</p>
            ) : null}
            <button type="button" className="button" onClick={() => copyAlt(altText, `${id}-alt`, 'alt text')} disabled={!altText}>Copy alt text</button>
            {shortAlt ? (
              <>
                <label htmlFor={`${id}-alt-short`}>Short alt text, for a social post</label>
                <textarea id={`${id}-alt-short`} readOnly rows={3} value={shortAlt} onFocus={(e) => e.currentTarget.select()} aria-describedby={`${id}-alt-short-length`} />
                <p className="export-alt-length" id={`${id}-alt-short-length`}>{`${shortAlt.length.toLocaleString('en-US')} characters: the figures with who counts each and its source's number, without their scopes.`}</p>
                <button type="button" className="button" onClick={() => copyAlt(shortAlt, `${id}-alt-short`, 'short alt text')}>Copy short alt text</button>
              </>
            ) : null}
          </div>
        )}
        <div className="export-actions">
          {problems.length > 0 ? (
            <button type="button" className="button primary" disabled>Download</button>
          ) : (
            <a className="button primary" href={href} download={fileName} onClick={download}>Download</a>
          )}
          <button type="button" className="button" onClick={copyImage} disabled={problems.length > 0}>Copy image</button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>Close</button>
          {/* In the sticky foot with the buttons: a refused download was said below the fold of a short window. */}
          <p className="export-status" role="status">{status}</p>
        </div>
      </form>
    </dialog>
  );
}
