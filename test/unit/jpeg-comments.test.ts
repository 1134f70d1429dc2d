/** JPEG comment segments (geo/render/jpeg-comments.ts): where they go, how long ones are split, and bad input. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readJfifDensity, readJpegComments, withJfifDensity, withJpegComments } from '@/geo/render/jpeg-comments';

const tiny = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } }).jpeg().toBuffer();
/** The markers of a JPEG's segments up to the start of scan, as hex. */
function markers(jpeg: Buffer): string[] {
  const out: string[] = [];
  for (let at = 2; jpeg[at] === 0xff; at += 2 + jpeg.readUInt16BE(at + 2)) {
    out.push(jpeg.toString('hex', at, at + 2));
    if (jpeg[at + 1] === 0xda) break;
  }
  return out;
}

describe('JPEG comments', () => {
  it('go right after SOI, one per comment, and read back as UTF-8', async () => {
    const plain = await tiny();
    expect(markers(plain)[0]).toBe('ffdb'); // sharp writes no JFIF segment: its tables come first
    const jpeg = withJpegComments(plain, ['Title: Київ', 'Source: 🇺🇦 “Kyiv”']);
    expect(markers(jpeg).slice(0, 3)).toEqual(['fffe', 'fffe', 'ffdb']);
    expect(readJpegComments(jpeg)).toEqual(['Title: Київ', 'Source: 🇺🇦 “Kyiv”']);
    // Still a JPEG that decodes to the same picture.
    expect((await sharp(jpeg).raw().toBuffer()).equals(await sharp(plain).raw().toBuffer())).toBe(true);
  });

  it('go after the leading APPn segments (JFIF, Exif) when the file has them', async () => {
    const plain = await tiny();
    const jfif = Buffer.from('ffe000104a46494600010100000100010000', 'hex');
    const exif = Buffer.from('ffe10008457869660000', 'hex');
    const withApps = Buffer.concat([plain.subarray(0, 2), jfif, exif, plain.subarray(2)]);
    const jpeg = withJpegComments(withApps, ['Title: x']);
    expect(markers(jpeg).slice(0, 4)).toEqual(['ffe0', 'ffe1', 'fffe', 'ffdb']);
    expect(readJpegComments(jpeg)).toEqual(['Title: x']);
  });

  it('splits a comment longer than a segment holds (65,533 bytes) over several', async () => {
    const long = 'Sources: ' + 'x'.repeat(70_000);
    const read = readJpegComments(withJpegComments(await tiny(), [long]));
    expect(read.map((c) => c.length)).toEqual([65_533, long.length - 65_533]);
    expect(read.join('')).toBe(long);
  });

  it('leaves a JPEG without comments as it is, and names what is wrong with bytes that are not one', async () => {
    const plain = await tiny();
    expect(withJpegComments(plain, [])).toBe(plain);
    expect(() => withJpegComments(Buffer.from('GIF89a'), ['x'])).toThrow('not a JPEG: it does not start with SOI');
    expect(() => withJpegComments(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x40, 0x00]), ['x'])).toThrow('not a JPEG: an APP segment runs past the end of the file');
  });
});

describe('JPEG density (JFIF), for print', () => {
  it('adds a JFIF header saying 300 dpi to a file without one, and the comments then follow it', async () => {
    const plain = await tiny();
    expect(readJfifDensity(plain)).toBeNull();
    const dense = withJfifDensity(plain, 300);
    expect(markers(dense)[0]).toBe('ffe0');
    expect(readJfifDensity(dense)).toBe(300);
    expect((await sharp(dense).metadata()).density).toBe(300);
    expect(markers(withJpegComments(dense, ['Title: A4'])).slice(0, 2)).toEqual(['ffe0', 'fffe']);
    expect((await sharp(dense).raw().toBuffer()).equals(await sharp(plain).raw().toBuffer())).toBe(true);
  });

  it('changes only the density of a JFIF header already there', async () => {
    const plain = await tiny();
    const jfif = Buffer.concat([plain.subarray(0, 2), Buffer.from('ffe000104a46494600010100480048000000', 'hex'), plain.subarray(2)]);
    const dense = withJfifDensity(jfif, 300);
    expect(dense.length).toBe(jfif.length);
    expect(readJfifDensity(dense)).toBe(300);
  });
});
