/**
 * The page's lists of claims, rendered once on the server (geo/render/claim-lists.ts), and what the page's script
 * payload keeps of each claim (geo/buildup.ts summariseClaim).
 */
import { describe, expect, it } from 'vitest';
import { summariseClaim, type NumberedClaim } from '@/geo/buildup';
import { pagePayload } from '@/geo/buildup-payload';
import { citationHtml } from '@/geo/citation';
import { loadBuildup } from '@/geo/load-buildup';
import { claimLists } from '@/geo/render/claim-lists';

const buildup = loadBuildup();
const at = (date: string) => claimLists({ claims: buildup.claims, steps: buildup.steps, step: buildup.steps.indexOf(date) });
const items = (html: string, tag: 'li' | 'tr') => [...html.matchAll(new RegExp(`<${tag} ([^>]*)>`, 'g'))].map((m) => m[1]);

describe('claimLists', () => {
  it('lists every claim of the timeline with its exact words, numbered as on the map', () => {
    const { sources } = at(buildup.asOf);
    expect(items(sources, 'li')).toHaveLength(buildup.claims.length);
    const deployed = buildup.claims.find((c) => c.id === 'deployed-90k')!;
    expect(sources).toContain(`<li id="source-deployed-90k" value="${deployed.footnote}" data-claim="deployed-90k"`);
    expect(sources).toContain('more than 90,000 Russian troops');
  });

  it('marks each claim with the step it becomes known at and hides, at a date, what was said after it', () => {
    const { sources, table } = at('2021-12-06');
    for (const html of [sources, table]) {
      const rows = items(html, html === sources ? 'li' : 'tr');
      const shown = rows.filter((attrs) => !attrs.includes('data-off'));
      expect(shown).toHaveLength(buildup.claims.filter((c) => c.saidOn <= '2021-12-06').length);
      expect(rows.find((attrs) => attrs.includes('data-claim="carpenter-169-190k"'))).toMatch(/data-from="\d+" data-to="\d+" data-off=""/);
    }
  });

  /** A claim's item in the list, up to the next claim's (its readings are items of a list of their own). */
  const itemOf = (sources: string, id: string) => sources.match(new RegExp(`<li id="source-${id}"[^>]*>(.*?)</li>(?=<li id="source-|</ol>)`))![1];

  it('says under a claim’s citation how its date is known, where the data says, and nothing where it does not', () => {
    const { sources } = at(buildup.asOf);
    const item = (id: string) => itemOf(sources, id);
    expect(item('stoltenberg-100k')).toMatch(/reported 2 February 2022\. .*<p class="date-note">How the date is known: The date NATO(&#39;|&apos;|')s page is headed \(2 February 2022, updated 3 February\); three other stored reports put the remarks on Thursday 3 February\.<\/p>/);
    expect(item('reznikov-115k')).toContain('<p class="date-note">How the date is known: Not confirmed: the stored text shows no date;');
    const undated = buildup.claims.find((c) => !c.saidOnNote)!;
    expect(item(undated.id)).not.toContain('date-note');
    expect(sources.match(/class="date-note"/g)).toHaveLength(buildup.claims.filter((c) => c.saidOnNote).length);
  });

  it('gives each claim’s further readings and its note, as its source card does', () => {
    const { sources } = at(buildup.asOf);
    const carpenter = buildup.claims.find((c) => c.id === 'carpenter-169-190k')!;
    const item = itemOf(sources, carpenter.id);
    // Its scope ("counting … the National Guard, separatists") is in the Yahoo copy, which the note names.
    expect(item).toContain('<p class="list-note">Note: The stored title reads');
    expect(item).toContain('What the figure counts is given in the copy read at Yahoo News');
    expect(item.match(/<div class="list-readings"><p>Also read at:<\/p><ul>(.*?)<\/ul><\/div>/)![1].match(/<li>/g)).toHaveLength(carpenter.readings!.length);
    for (const reading of carpenter.readings!) expect(item).toContain(citationHtml(reading.source));
    expect(sources.match(/class="list-readings"/g)).toHaveLength(buildup.claims.filter((c) => c.readings?.length).length);
    expect(sources.match(/class="list-note"/g)).toHaveLength(buildup.claims.filter((c) => c.note).length);
    const plain = buildup.claims.find((c) => !c.readings?.length && !c.note)!;
    expect(itemOf(sources, plain.id)).not.toMatch(/list-readings|list-note/);
  });

  it('escapes what an editor typed: a hostile title stays text, a quote cannot close its element', () => {
    const claim = buildup.claims[0];
    const hostile: NumberedClaim = {
      ...claim,
      quote: 'it was </blockquote><script>alert(1)</script> 80,000 to 90,000',
      source: { ...claim.source, title: '"><img src=x onerror=alert(1)>', url: 'https://example.org/?a=1&b="2"' },
    };
    const { sources } = claimLists({ claims: [hostile], steps: buildup.steps, step: 0 });
    expect(sources).not.toContain('<script>');
    expect(sources).not.toContain('<img');
    expect(sources).toContain('&lt;/blockquote&gt;&lt;script&gt;');
    expect(sources).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
  });

  it('writes a citation as the text citation reads, the title in quotation marks only when it is the page’s own', () => {
    const titled = buildup.claims.find((c) => c.source.title !== null)!;
    const untitled = buildup.claims.find((c) => c.source.title === null)!;
    expect(citationHtml(titled.source)).toMatch(/: “<a href="[^"]+" rel="noopener noreferrer" target="_blank">[^<]+<\/a>”$/);
    expect(citationHtml(untitled.source)).toMatch(/: <a href="[^"]+" rel="noopener noreferrer" target="_blank">[^<]+<\/a>$/);
  });
});

describe('the page payload', () => {
  it('summarises claims: no quote, citation or readings for a figure; a claim without a number keeps its quote', () => {
    const page = pagePayload(buildup);
    expect(page.figures).toBeUndefined();
    const figure = page.claims.find((c) => c.id === 'deployed-90k')!;
    expect(figure).not.toHaveProperty('quote');
    expect(figure).not.toHaveProperty('readings');
    expect(figure.source).toEqual({ outlet: buildup.claims.find((c) => c.id === 'deployed-90k')!.source.outlet });
    const invasion = page.claims.find((c) => c.value === null)!;
    expect(invasion.quote).toBe(buildup.claims.find((c) => c.id === invasion.id)!.quote);
    expect(JSON.stringify(page).length).toBeLessThan(JSON.stringify(buildup).length / 2);
  });

  it('keeps everything else a claim says', () => {
    const whole = buildup.claims[5];
    const { quote: _q, source: _s, readings: _r, note: _n, saidOnNote: _sn, where, ...rest } = whole;
    expect(summariseClaim(whole)).toEqual({ ...rest, where: { geometry: where.geometry }, source: { outlet: whole.source.outlet } });
  });
});
