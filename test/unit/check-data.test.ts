/**
 * `npm run check-data` end to end: a claims file with a bad claim (given through BUILDUP_CLAIMS_FILE) stops the
 * build with exit code 1 and a message naming the file, the claim and the field, once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'check-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check-data', () => {
  it('fails with exit code 1, naming file, claim and field, for a series with a typo', () => {
    const data = JSON.parse(readFileSync('geo/data/claims.json', 'utf8'));
    data.claims.find((c: { id: string }) => c.id === 'projected-175k').series = 'usa';
    const file = path.join(dir, 'claims.json');
    writeFileSync(file, JSON.stringify(data));

    const run = spawnSync('npx', ['tsx', '--conditions=react-server', 'geo/build/check-data.ts'], {
      env: { ...process.env, BUILDUP_CLAIMS_FILE: file }, encoding: 'utf8', timeout: 60_000,
    });

    expect(run.status, run.stderr).toBe(1);
    // The file as the build names it: relative to where it runs.
    const name = path.relative(process.cwd(), file);
    expect(run.stderr).toContain(`${name} is not valid:\n  - claim "projected-175k": series: must be one of ukraine, us, nato\n`);
    // Said once: the scenes, which name claims, are not checked against claims that did not load.
    expect(run.stderr.match(/series: must be one of/g)).toHaveLength(1);
    expect(run.stderr).toContain('geo/data/scenes.json: not checked: its scenes name claims from ');
    expect(run.stderr).toMatch(/Data check failed: fix the files above, then build again\.\n$/);
    expect(run.stdout).not.toContain(`ok  ${file}`);
  }, 60_000);
});
