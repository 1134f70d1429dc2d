import { describe, expect, it } from 'vitest';
import { parseExportParams, pinnedVersion } from '@/geo/render/params';
import { buildupPayload } from '@/geo/buildup-payload';
import { loadBuildup } from '@/geo/load-buildup';
import { presenterScenes } from '@/geo/presenter-scenes';
import { loadScenes } from '@/geo/load-scenes';
import { circlePolygon } from '@/geo/circle-polygon';
import { selectFigures } from '@/geo/figure-layers';
import { constrainView, projectInBox } from '@/geo/mercator';
import { REGION_BBOX } from '@/geo/region';
import { sceneView, stageLayout, withCaption } from '@/geo/scene-camera';

const parse = (query: string, sceneCount = 0) => parseExportParams(new URLSearchParams(query), { sceneCount });
const errorsOf = (query: string) => {
  const result = parse(query);
  if (result.ok) throw new Error(`"${query}" was accepted`);
  return result.errors;
};

describe('parseExportParams', () => {
  it('reads a title, subtitle or credit with nothing to see (spaces, a zero-width space) as blank', () => {
    const given = parse('title=%E2%80%8B&subtitle=%20%E2%80%8B%EF%BB%BF&credit=%E2%80%8B');
    expect(given.ok && [given.params.title, given.params.subtitle, given.params.credit]).toEqual([null, '', null]);
    const kept = parse('title=%20Kyiv%E2%80%8Bmap%20');
    expect(kept.ok && kept.params.title).toBe('Kyiv\u200bmap');
  });

  it('takes format=jpg, as the files are named, for JPEG', () => {
    const result = parseExportParams(new URLSearchParams('format=jpg'));
    expect(result.ok && result.params.format).toBe('jpeg');
  });

  it('takes every word in any case, as it takes format=PNG (theme=Dark was refused)', () => {
    const result = parse('format=PNG&theme=Dark&layout=Map-Only&background=Transparent&headline=FIGURES');
    expect(result.ok && [result.params.format, result.params.theme, result.params.layout, result.params.background, result.params.headline])
      .toEqual(['png', 'dark', 'map-only', 'transparent', 'figures']);
  });

  it('fills in the defaults: without a view, the first paint\'s, with its frame', () => {
    expect(parse('')).toEqual({
      ok: true,
      params: {
        // The story's bounds fitted to the first paint's 960×720 (geo/first-paint-view.ts): every figure in the picture.
        view: { zoom: 4.62, lat: 50.3152, lng: 31.25 }, frame: { width: 960, height: 720 }, scene: null, caption: null, date: null, hidden: [], width: 1920, height: 1080, scale: 1, format: 'png',
        theme: 'light', background: 'theme', layout: 'full', title: null, subtitle: null, credit: null, version: null, dpi: null, headline: 'none',
      },
    });
  });

  it('takes the resolution a print file says (dpi, 72 to 1200), and names the range otherwise', () => {
    const result = parse('width=3508&height=2480&dpi=300');
    expect(result.ok && result.params.dpi).toBe(300);
    expect(parse('dpi=30')).toEqual({ ok: false, errors: ['dpi must be an integer from 72 to 1200 (got "30")'] });
  });

  it('fills a view given in part from the live map\'s default, with no frame', () => {
    const result = parse('zoom=5');
    expect(result.ok && { view: result.params.view, frame: result.params.frame }).toEqual({ view: { zoom: 5, lat: 49, lng: 31.5 }, frame: null });
  });

  it('reads every parameter it knows', () => {
    const query = 'zoom=6.25&lat=48.5&lng=35.123456&frame=865x650&date=2021-12-06&hide=cities,figures&width=1080&height=1350&scale=2&format=svg&theme=dark&background=transparent&layout=map-only&title=T&subtitle=&credit=%20Graphic:%20Jane%20Doe%20&v=12&dpi=150&headline=figures';
    const result = parseExportParams(new URLSearchParams(query), { steps: ['2021-10-30', '2021-12-06', '2022-02-24'] });
    expect(result).toEqual({
      ok: true,
      params: {
        view: { zoom: 6.25, lat: 48.5, lng: 35.1235 }, frame: { width: 865, height: 650 }, scene: null, caption: null, date: '2021-12-06', hidden: ['figures', 'cities'], width: 1080, height: 1350, scale: 2, format: 'svg',
        theme: 'dark', background: 'transparent', layout: 'map-only', title: 'T', subtitle: '', credit: 'Graphic: Jane Doe', version: 12, dpi: 150, headline: 'figures',
      },
    });
  });

  it.each([
    ['width=abc', 'width must be an integer from 200 to 8192 (got "abc")'],
    ['width=199', 'width must be an integer from 200 to 8192 (got "199")'],
    ['width=8193', 'width must be an integer from 200 to 8192 (got "8193")'],
    ['width=1000.5', 'width must be an integer from 200 to 8192 (got "1000.5")'],
    ['height=', 'height must be an integer from 200 to 8192 (got "")'],
    ['height=-300', 'height must be an integer from 200 to 8192 (got "-300")'],
    ['scale=0', 'scale must be an integer from 1 to 4 (got "0")'],
    ['scale=5', 'scale must be an integer from 1 to 4 (got "5")'],
    ['scale=1.5', 'scale must be an integer from 1 to 4 (got "1.5")'],
    ['zoom=2', 'zoom must be a number from 2.5 to 9 (got "2")'],
    ['zoom=1e1', 'zoom must be a number from 2.5 to 9 (got "1e1")'],
    ['lat=80', 'lat must be a number from 40 to 61 (got "80")'],
    ['lng=-200', 'lng must be a number from 11 to 50 (got "-200")'],
    ['lng=NaN', 'lng must be a number from 11 to 50 (got "NaN")'],
    // One spelling per number, so one picture has one address (and one cache entry).
    ['width=01200', 'width must be written 1200 (got "01200")'],
    ['width=%201200', 'width must be written 1200 (got " 1200")'],
    ['width=1200%20', 'width must be written 1200 (got "1200 ")'],
    ['zoom=05.5', 'zoom must be written 5.5 (got "05.5")'],
    ['scale=02', 'scale must be written 2 (got "02")'],
    ['frame=0865x650', 'frame must be WIDTHxHEIGHT, each an integer from 100 to 8192 (got "0865x650")'],
    ['frame=865', 'frame must be WIDTHxHEIGHT, each an integer from 100 to 8192 (got "865")'],
    ['frame=99x650', 'frame must be WIDTHxHEIGHT, each an integer from 100 to 8192 (got "99x650")'],
    ['frame=865x9000', 'frame must be WIDTHxHEIGHT, each an integer from 100 to 8192 (got "865x9000")'],
    ['frame=865.5x650', 'frame must be WIDTHxHEIGHT, each an integer from 100 to 8192 (got "865.5x650")'],
    ['format=gif', 'format must be one of png, jpeg, svg (got "gif")'],
    ['heigth=900', 'height is misspelt: the address has "heigth", which is not a parameter'],
    ['Format=svg', 'format is misspelt: the address has "Format", which is not a parameter'],
    ['theme=blue', 'theme must be one of light, dark (got "blue")'],
    ['background=red', 'background must be one of theme, transparent (got "red")'],
    ['layout=poster', 'layout must be one of full, chart, map-only (got "poster")'],
    [`title=${'x'.repeat(201)}`, 'title must be at most 200 characters (got 201)'],
    [`subtitle=${'é'.repeat(250)}`, 'subtitle must be at most 200 characters (got 250)'],
    // A control character drew nothing: `title=%00` printed an empty title band, `a%00b%01c` "abc".
    ['title=%00', 'title has a control character (U+0000), which no picture can draw: leave it out'],
    ['credit=a%00b%01c', 'credit has a control character (U+0000), which no picture can draw: leave it out'],
    ['format=jpeg&background=transparent', 'background=transparent needs format png or svg (JPEG has no transparency)'],
    ['width=8192&height=8192', 'width × height × scale² must be at most 40 megapixels (got 8192×8192 at scale 1 = 67.1 megapixels): lower width, height or scale'],
    ['width=4000&height=3000&scale=2', 'width × height × scale² must be at most 40 megapixels (got 4000×3000 at scale 2 = 48.0 megapixels): lower width, height or scale'],
    ['scene=1', 'scene: unknown scene (got "1"): there are no scenes'],
    ['hide=figures,rivers', 'hide must list layers from figures, zone, cities, separated by commas (got "figures,rivers")'],
    ['width=300&width=400', 'width must be given once (got 2 values)'],
    ['v=0', 'v must be a positive integer (got "0")'],
    ['v=-3', 'v must be a positive integer (got "-3")'],
    ['v=1.5', 'v must be a positive integer (got "1.5")'],
    ['v=01', 'v must be a positive integer (got "01")'],
    ['v=%201', 'v must be a positive integer (got " 1")'],
    ['v=1e3', 'v must be a positive integer (got "1e3")'],
    ['v=latest', 'v must be a positive integer (got "latest")'],
    ['v=', 'v must be a positive integer (got "")'],
    ['v=9007199254740993', 'v must be a positive integer (got "9007199254740993")'],
    ['v=1&v=2', 'v must be given once (got 2 values)'],
  ])('rejects %s', (query, error) => {
    expect(errorsOf(query)).toEqual([error]);
  });

  it('reports every bad parameter at once', () => {
    expect(errorsOf('width=abc&format=gif&theme=sepia')).toEqual([
      'width must be an integer from 200 to 8192 (got "abc")',
      'format must be one of png, jpeg, svg (got "gif")',
      'theme must be one of light, dark (got "sepia")',
    ]);
  });

  it('accepts exactly 40 megapixels and 200-character titles', () => {
    expect(parse('width=8000&height=5000').ok).toBe(true);
    expect(parse('width=4000&height=2500&scale=2').ok).toBe(true);
    expect(parse(`title=${'x'.repeat(200)}`).ok).toBe(true);
  });

  it('reads v=N as the data version to draw, the same whatever else is asked', () => {
    const result = parse('v=3&format=svg');
    expect(result.ok && result.params.version).toBe(3);
    expect(pinnedVersion(new URLSearchParams('width=400&v=3'))).toBe(3);
    for (const query of ['', 'v=x', 'v=1&v=2', 'v=0']) expect(pinnedVersion(new URLSearchParams(query)), query).toBeNull();
  });

  it('keeps hostile titles as plain strings (escaping is the renderer’s job)', () => {
    const result = parse(`title=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(result.ok && result.params.title).toBe('"><script>alert(1)</script>');
  });

  describe('scenes', () => {
    it('names scene N (1-based); its camera, highlight and claims are the route\'s to look up', () => {
      const result = parse('scene=2', 2);
      expect(result.ok && [result.params.scene, result.params.hidden]).toEqual([2, []]);
    });

    it.each([
      ['scene=3', 'scene: unknown scene; scene must be an integer from 1 to 2 (got "3")'],
      ['scene=0', 'scene: unknown scene; scene must be an integer from 1 to 2 (got "0")'],
      ['scene=one', 'scene: unknown scene; scene must be an integer from 1 to 2 (got "one")'],
      ['scene=1&zoom=5', 'scene cannot be combined with zoom, lat, lng or frame: give one or the other'],
      ['scene=1&frame=865x650', 'scene cannot be combined with zoom, lat, lng or frame: give one or the other'],
      ['caption=beside', 'caption needs scene: it says where a presenter scene\'s caption stands (got "beside")'],
      ['scene=1&caption=left', 'caption must be one of below, beside (got "left")'],
      ['scene=1&caption=below', 'caption needs layout=map-only: only the bare map stands under a stage\'s caption; other layouts print the caption above the map (got "below")'],
      ['scene=1&layout=chart&caption=beside', 'caption needs layout=map-only: only the bare map stands under a stage\'s caption; other layouts print the caption above the map (got "beside")'],
    ])('rejects %s', (query, error) => {
      const result = parse(query, 2);
      expect(result.ok ? [] : result.errors).toEqual([error]);
    });

    it('reads where the stage a scene’s bare map is for shows its caption (none without caption=)', () => {
      const read = (query: string) => {
        const result = parse(query, 2);
        return result.ok ? result.params.caption : result.errors;
      };
      expect(read('scene=1')).toBeNull();
      expect(read('scene=1&layout=map-only')).toBeNull();
      expect(read('scene=1&layout=map-only&caption=below')).toBe('below');
      expect(read('scene=1&layout=map-only&caption=beside')).toBe('beside');
    });

    it('frames a scene’s bounding box in the export as the presenter frames it on the stage', () => {
      const scenes = presenterScenes(loadScenes(), buildupPayload(loadBuildup()).figures);
      const [wide, crimea] = ['region', 'crimea'].map((id) => sceneView(withCaption(scenes.find((scene) => scene.id === id)!.camera, 'below'), 1920, 1080).view);
      // Crimea spans 44.4° to 46.2° N: with the caption in a band of its own, nothing pushes the peninsula up.
      expect(crimea.lat).toBeCloseTo(45.3, 0);
      expect(crimea.lng).toBeCloseTo(34.4, 0);
      expect(crimea.zoom).toBeGreaterThan(wide.zoom + 1.5);
    });

    it.each([[1024, 768], [1280, 1024], [390, 844]])('keeps every circle and callout a scene is about on the map over a %ix%i stage’s caption', (width, height) => {
      const figures = buildupPayload(loadBuildup()).figures;
      const scenes = presenterScenes(loadScenes(), figures);
      const { map } = stageLayout(width, height);
      const outside: string[] = [];
      for (const scene of scenes) {
        // Kept inside the region as the live map (maxBounds) and the renderer keep it: that can zoom in on a wide
        // map, so a circle may reach into the strip kept for the scene counter, never off the map.
        const view = constrainView(sceneView(withCaption(scene.camera, 'below'), map.width, map.height).view, map.width, map.height, REGION_BBOX);
        const own = selectFigures(figures, scene.claims);
        const points = [
          ...own.circles.flatMap((c) => circlePolygon(c.centre, c.radiusKm).coordinates[0].map((p) => [c.id, p] as const)),
          ...own.callouts.features.map((f) => [f.properties.id, f.geometry.coordinates] as const),
        ];
        for (const [id, lngLat] of points) {
          const { x, y } = projectInBox(view, map.width, map.height, lngLat);
          if (x < 0 || x > map.width || y < 0 || y > map.height) outside.push(`${scene.id}: ${id}`);
        }
      }
      expect([...new Set(outside)]).toEqual([]);
    });
  });
});
