/**
 * Debian's Chromium, as every browser test and the bench launch it (Playwright's own browser download is not
 * reachable here). WebGL works through SwiftShader; --disable-software-rasterizer would turn it off.
 */
import { execSync } from 'node:child_process';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('No Chromium on the PATH: apt-get install -y chromium (test/ensure-chromium.sh does it)');
}
