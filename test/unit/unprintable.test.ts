import { expect, test } from 'vitest';
import { parseUnprintable, unprintableHeader, unprintableMessages } from '@/geo/render/unprintable';

test('the characters a PNG or JPEG cannot draw travel in an ASCII header and come back the same', () => {
  const chars = { title: ['中', '🇺'], credit: ['地'] };
  expect(unprintableHeader(chars)).toBe('title=4E2D.1F1FA;credit=5730');
  expect(parseUnprintable('title=4E2D.1F1FA;credit=5730')).toEqual(chars);
  expect(unprintableHeader({})).toBe('');
  // Malformed parts are left out, not thrown on.
  expect(parseUnprintable('title=zz;nonsense=41;subtitle=110000;credit=')).toEqual({});
  expect(parseUnprintable(null)).toEqual({});
});

test('they are said as the server refuses them, per field, naming at most five', () => {
  expect(unprintableMessages({ subtitle: ['😀'] }, 'jpeg')).toEqual([
    'subtitle has characters the JPEG font cannot draw: "😀" (U+1F600); leave them out, or export SVG, which keeps text as text',
  ]);
  const many = [...'一二三四五六七'];
  expect(unprintableMessages({ title: many }, 'png')[0]).toMatch(/^title has characters the PNG font cannot draw: "一", "二", "三", "四", "五" and 2 more \(U\+4E00, /);
});
