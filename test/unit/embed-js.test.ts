/**
 * public/embed.js on a host page, run as the browser would run it (a plain script) against a stand-in document: it
 * sizes only the embed frame a message really came from. (The browser test, test/e2e/embed.spec.ts, runs it on a
 * real page with a strict CSP.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const SCRIPT = readFileSync(path.join(__dirname, '..', '..', 'public', 'embed.js'), 'utf8');
const APP = 'https://map.example';

interface Frame { src: string; contentWindow: object; style: { height: string }; hasAttribute: (name: string) => boolean }

const frame = (src: string, attributes: string[] = ['data-buildup-map']): Frame => ({
  src, contentWindow: {}, style: { height: '' }, hasAttribute: (name) => attributes.includes(name),
});

/** A host page with these iframes that loaded embed.js from `scriptSrc` (as many times as asked). */
function hostPage(frames: Frame[], { scriptSrc = `${APP}/embed.js`, loads = 1 } = {}) {
  const listeners: ((event: unknown) => void)[] = [];
  const anchor = () => {
    const a = { protocol: '', host: '', pathname: '' };
    return Object.defineProperty(a, 'href', {
      set(value: string) {
        const url = new URL(value, 'https://host.example/article');
        Object.assign(a, { protocol: url.protocol, host: url.host, pathname: url.pathname });
      },
    });
  };
  const document = { currentScript: { src: scriptSrc }, createElement: anchor, getElementsByTagName: () => frames };
  const window: Record<string, unknown> = { document, addEventListener: (type: string, f: (e: unknown) => void) => type === 'message' && listeners.push(f) };
  const context = vm.createContext({ window, document, Math, isFinite });
  for (let i = 0; i < loads; i++) vm.runInContext(SCRIPT, context);
  const post = (data: unknown, source: object | null, origin = APP) => listeners.forEach((f) => f({ data, source, origin }));
  return { post, listeners, window };
}

const message = (height: unknown) => ({ type: 'buildup-map:height', height });

describe('embed.js', () => {
  it('sets the height of the frame whose window sent the message, and only that frame', () => {
    const [a, b] = [frame(`${APP}/embed`), frame(`${APP}/embed?v=3#5/49/32`)];
    const { post } = hostPage([a, b]);
    post(message(612.2), b.contentWindow);
    expect(b.style.height).toBe('613px');
    expect(a.style.height).toBe('');
    post(message(480), a.contentWindow);
    expect(a.style.height).toBe('480px');
  });

  it('ignores the same message from any other window: the page itself, another frame, a popup, none', () => {
    const embed = frame(`${APP}/embed`);
    const other = frame('https://ads.example/slot', []);
    const { post, window } = hostPage([embed, other]);
    for (const source of [window, other.contentWindow, {}, null]) post(message(50), source);
    expect(embed.style.height).toBe('');
    expect(other.style.height).toBe('');
  });

  it('ignores a message from the frame’s window when its origin is not the origin of the frame’s address', () => {
    const embed = frame(`${APP}/embed`);
    const { post } = hostPage([embed]);
    post(message(50), embed.contentWindow, 'https://elsewhere.example');
    post(message(50), embed.contentWindow, 'null');
    expect(embed.style.height).toBe('');
    post(message(50), embed.contentWindow, APP);
    expect(embed.style.height).toBe('50px');
  });

  it('ignores other messages and heights that are not positive numbers; caps absurd ones', () => {
    const embed = frame(`${APP}/embed`);
    const { post } = hostPage([embed]);
    for (const data of [null, 'pymxPYMxaxPYMxheightxPYMx50', { type: 'other', height: 50 }, message('50'), message(-1), message(0), message(Number.NaN), message(Infinity)]) {
      post(data, embed.contentWindow);
    }
    expect(embed.style.height).toBe('');
    post(message(1e9), embed.contentWindow);
    expect(embed.style.height).toBe('20000px');
  });

  it('counts an unmarked frame as an embed only when it shows this app’s /embed', () => {
    const unmarkedEmbed = frame(`${APP}/embed?date=2021-12-06`, []);
    const unmarkedOther = frame(`${APP}/`, []);
    const { post } = hostPage([unmarkedEmbed, unmarkedOther]);
    post(message(300), unmarkedEmbed.contentWindow);
    post(message(300), unmarkedOther.contentWindow);
    expect(unmarkedEmbed.style.height).toBe('300px');
    expect(unmarkedOther.style.height).toBe('');
  });

  it('listens once when the embed code is pasted twice', () => {
    expect(hostPage([], { loads: 2 }).listeners).toHaveLength(1);
  });
});
