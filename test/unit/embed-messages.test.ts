/** What the embed posts to its host page, and the embed code: the exact formats host scripts read. */
import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULT_HEIGHT, embedSnippet, shareLink } from '@/components/dashboard/embed-snippet';
import { DATAWRAPPER_KEY, heightMessages, pymHeightMessage, readPymChildId } from '@/geo/embed-messages';
import { readVersionParam, withVersion } from '@/geo/pinned-version';

describe('the height messages', () => {
  it('are ours, Datawrapper’s and AMP’s, without Pym.js’s when no Pym parent made the frame', () => {
    expect(heightMessages(612, null)).toEqual([
      { type: 'buildup-map:height', height: 612 },
      { 'datawrapper-height': { 'buildup map': 612 } },
      { sentinel: 'amp', type: 'embed-size', height: 612 },
    ]);
  });

  it('add Pym.js’s string for the parent’s childId, as pym.Parent matches it', () => {
    expect(pymHeightMessage('graphic-1', 480)).toBe('pymxPYMxgraphic-1xPYMxheightxPYMx480');
    const messages = heightMessages(480, 'graphic-1');
    expect(messages).toHaveLength(4);
    expect(messages[3]).toBe('pymxPYMxgraphic-1xPYMxheightxPYMx480');
    // pym.Parent's own pattern for its id: ^pymxPYMx<id>xPYMx(\S+)xPYMx(.*)$
    const match = /^pymxPYMxgraphic-1xPYMx(\S+)xPYMx(.*)$/.exec(messages[3] as string);
    expect(match?.slice(1)).toEqual(['height', '480']);
  });

  it('take only a childId that a Pym parent could have given (an element id)', () => {
    expect(readPymChildId('pym-0')).toBe('pym-0');
    expect(readPymChildId('graphic.1:a')).toBe('graphic.1:a');
    expect(readPymChildId(null)).toBeNull();
    expect(readPymChildId('')).toBeNull();
    expect(readPymChildId('two words')).toBeNull();
    expect(readPymChildId('x'.repeat(201))).toBeNull();
  });

  it('key Datawrapper’s message so that its older snippet (iframe[src*=key]) matches no iframe of ours', () => {
    expect(DATAWRAPPER_KEY).toMatch(/\s/);
    expect(embedSnippet('https://map.example/?date=2021-12-06', 'T')).not.toContain(DATAWRAPPER_KEY);
  });
});

describe('the v parameter', () => {
  it('reads a data version, or says it is junk, or absent', () => {
    expect(readVersionParam('12')).toEqual({ kind: 'version', version: 12 });
    expect(readVersionParam(['3', '4'])).toEqual({ kind: 'version', version: 3 });
    expect(readVersionParam(undefined)).toEqual({ kind: 'none' });
    expect(readVersionParam('')).toEqual({ kind: 'none' });
    for (const junk of ['0', '-1', '1.5', '01', 'abc', '1e3', ' 1', '9999999999']) expect(readVersionParam(junk).kind, junk).toBe('junk');
    expect(readVersionParam('x'.repeat(100))).toEqual({ kind: 'junk', raw: `${'x'.repeat(24)}…` });
  });

  it('is added to a query, or not', () => {
    expect(withVersion('', 4)).toBe('?v=4');
    expect(withVersion('?date=2021-12-06&hide=figures,cities', 4)).toBe('?date=2021-12-06&hide=figures,cities&v=4');
    expect(withVersion('?theme=dark', null)).toBe('?theme=dark');
  });
});

describe('the embed code', () => {
  it('is an iframe of /embed at the same view with embed.js, following the latest data', () => {
    expect(embedSnippet('https://map.example/?theme=dark&hide=cities#5/49/32', 'Russia’s "buildup" & <more>')).toBe(
      `<iframe src="https://map.example/embed?theme=dark&hide=cities#5/49/32" title="Map: Russia’s &quot;buildup&quot; &amp; &lt;more>" data-buildup-map width="100%" height="${EMBED_DEFAULT_HEIGHT}" frameborder="0" loading="lazy"></iframe>\n`
      + '<script async src="https://map.example/embed.js"></script>',
    );
  });

  it('pins the data version when asked, before the hash', () => {
    expect(embedSnippet('https://map.example/#5/49/32', 'T', 7)).toContain('src="https://map.example/embed?theme=light&v=7#5/49/32"');
    expect(embedSnippet('https://map.example/?date=2022-01-28', 'T', 7)).toContain('src="https://map.example/embed?date=2022-01-28&theme=light&v=7"');
  });

  it('is light unless dark was chosen, and says the size of the map a view was seen in, so a narrow frame shows all of it', () => {
    expect(embedSnippet('https://map.example/?hide=cities,figures#4.42/50.32/31.25', 'T', null, { width: 865.4, height: 650 }))
      .toContain('src="https://map.example/embed?hide=cities,figures&theme=light&frame=865x650#4.42/50.32/31.25"');
    // Without a view in the address there is nothing to scale: the embed fits the story to its own frame.
    expect(embedSnippet('https://map.example/?theme=dark', 'T', null, { width: 865, height: 650 })).toContain('src="https://map.example/embed?theme=dark"');
  });
});

describe('the shared link', () => {
  it('says the size of the map a view was seen in (replacing one the address had), and nothing more without a view', () => {
    expect(shareLink('https://map.example/?date=2021-12-06&frame=100x100#5.5/48/35', { width: 865.4, height: 650 })).toBe('https://map.example/?date=2021-12-06&frame=865x650#5.5/48/35');
    expect(shareLink('https://map.example/?hide=cities,figures#5.5/48/35', { width: 865, height: 650 })).toBe('https://map.example/?hide=cities,figures&frame=865x650#5.5/48/35');
    expect(shareLink('https://map.example/?date=2021-12-06', { width: 865, height: 650 })).toBe('https://map.example/?date=2021-12-06');
  });
});
