/** Types of precompress.mjs for the tests (the script itself is plain JavaScript, run by `npm run build`). */
export function precompress(folders: string[]): { written: number; removed: number; before: number; after: number };
