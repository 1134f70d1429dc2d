import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { firstPaintMap } from '@/geo/render/first-paint';
import { sourceLinksThemed } from '@/geo/render/source-links-themed';
import { formatQuery } from '@/geo/view-state';

describe('sourceLinksThemed', () => {
  it('puts the theme where the page’s own links have it: after the date, before the version', () => {
    const markup = '<a href="/sources?date=2022-01-28#source-a"/><a href="/sources#source-b"/><a href="/sources?v=3#source-c"/><a href="/sources?date=2021-12-07&amp;v=3#source-d"/>';
    expect(sourceLinksThemed(markup, 'dark')).toBe(
      '<a href="/sources?date=2022-01-28&amp;theme=dark#source-a"/><a href="/sources?theme=dark#source-b"/><a href="/sources?theme=dark&amp;v=3#source-c"/><a href="/sources?date=2021-12-07&amp;theme=dark&amp;v=3#source-d"/>',
    );
    expect(`/sources${formatQuery({ date: '2022-01-28', theme: 'dark', hidden: [], source: null })}`.replace('&', '&amp;')).toBe('/sources?date=2022-01-28&amp;theme=dark');
  });

  it('leaves the markup alone without a theme, and other links always', () => {
    const markup = '<a href="/sources?date=2022-01-28#source-a"/><a href="/changes?date=2022-01-28"/>';
    expect(sourceLinksThemed(markup, null)).toBe(markup);
    expect(sourceLinksThemed(markup, 'light')).toBe('<a href="/sources?date=2022-01-28&amp;theme=light#source-a"/><a href="/changes?date=2022-01-28"/>');
  });

  it('reaches every callout link of a first paint', () => {
    const buildup = loadBuildup();
    const { svg } = firstPaintMap(buildup, loadGeo(), buildup.steps.indexOf('2022-01-28'));
    const links = [...svg.matchAll(/href="\/sources[^"]*"/g)].length;
    expect(links).toBeGreaterThan(5);
    expect([...sourceLinksThemed(svg, 'dark').matchAll(/href="\/sources\?date=2022-01-28&amp;theme=dark#source-[\w-]+"/g)].length).toBe(links);
  });
});
