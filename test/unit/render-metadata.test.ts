import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/export/route';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { DEFAULT_VIEW } from '@/geo/region';
import { formatDate } from '@/geo/format';
import { svgMetadata } from '@/geo/render/metadata';
import { renderMap } from '@/geo/render/render-svg';

const buildup = loadBuildup();
const geo = loadGeo();
const TITLE = 'Київ · 🇺🇦 Kyiv';
/** TITLE in UTF-8, spelled out so the test does not rely on the encoder it checks. */
const TITLE_UTF8 = 'd09ad0b8d197d0b220c2b720f09f87baf09f87a6204b796976';
const metadataOf = (svg: string) => svg.slice(svg.indexOf('<metadata>'), svg.indexOf('</metadata>') + '</metadata>'.length);

describe('SVG export text', () => {
  it('keeps a Cyrillic and emoji title unchanged in <title> and in <metadata>', () => {
    expect(Buffer.from(TITLE, 'utf8').toString('hex')).toBe(TITLE_UTF8);
    const { svg, meta } = renderMap({ buildup, geo, view: DEFAULT_VIEW, width: 1200, height: 675, title: TITLE, baseUrl: 'https://maps.example' });
    expect(svg).toContain(`<title>${TITLE}</title>`);
    const metadata = metadataOf(svg);
    expect(metadata).toMatch(/^<metadata><bm:export /);
    expect(metadata).toContain(` title="${TITLE}"`);
    expect(metadata).toBe(svgMetadata(meta));
  });

  it('keeps Cyrillic and emoji in the sources of <metadata>', () => {
    const { meta } = renderMap({ buildup, geo, view: DEFAULT_VIEW, width: 1200, height: 675, baseUrl: 'https://maps.example' });
    const [first, ...rest] = meta.claims;
    const claim = { ...first, claimant: 'Міністерство оборони 🇺🇦', source: { ...first.source, outlet: 'Українська правда' } };
    const metadata = svgMetadata({ ...meta, claims: [claim, ...rest] });
    expect(metadata).toContain('claimant="Міністерство оборони 🇺🇦"');
    expect(metadata).toContain('outlet="Українська правда"');
    expect(metadata).toContain('citation="Українська правда, written before');
  });

  it('sends the title as UTF-8 bytes from GET /api/export?format=svg', async () => {
    const res = await GET(new Request(`http://localhost/api/export?format=svg&width=300&height=200&title=${encodeURIComponent(TITLE)}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.toString('hex')).toContain(`${Buffer.from('<title>').toString('hex')}${TITLE_UTF8}${Buffer.from('</title>').toString('hex')}`);
    expect(metadataOf(body.toString('utf8'))).toContain(` title="${TITLE}"`);
  });
});

describe('a picture of an earlier date says so where a feed can read it, and in the address it prints', () => {
  const day = buildup.steps[3];
  const at = (over: Partial<Parameters<typeof renderMap>[0]>) => renderMap({ buildup, geo, view: DEFAULT_VIEW, width: 1200, height: 675, ...over }).meta.subtitle;

  // The story's subtitle ("October 2021 to the invasion of 24 February 2022: …") over the figures of 6 December.
  it('draws, unless a subtitle is asked for, what was known that day; the story\'s own at the latest date', () => {
    expect(at({ step: 3 })).toBe(`What was known on ${formatDate(day)}: the latest figures said by then, with who said each, when, and where it was published`);
    expect(at({ step: 3, layout: 'chart' })).toBe(at({ step: 3 }));
    expect(at({})).toBe(buildup.story.subtitle);
    expect(at({ step: 3, subtitle: 'As asked' })).toBe('As asked');
  });

  it('prints, for an undated scene at a date, the scene\'s address with that date (without it, the latest figures)', async () => {
    const dated = await (await GET(new Request('http://localhost/api/export?format=svg&width=1200&height=675&scene=12&date=2021-12-22'))).text();
    expect(dated).toContain('permalink="http://localhost/present/12?date=2021-12-22"');
    // A scene with its own date prints its own address: the date asked does not change its picture.
    const own = await (await GET(new Request('http://localhost/api/export?format=svg&width=1200&height=675&scene=8&date=2021-12-22'))).text();
    expect(own).toContain('permalink="http://localhost/present/8"');
  });
});
