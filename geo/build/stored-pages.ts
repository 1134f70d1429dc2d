/**
 * The stored pages of the sources folder (../shared/sources/): the words each page printed, with its address. A quote
 * must stand in the page its citation names (`source.url`), not anywhere in the folder: the folder's own notes (the
 * archivist's "The Ukrinform 115,000 is a land-only count…") were accepted as Ukrinform's words, and one page's words
 * under another's address.
 * - A `.txt` file is a page's whole text; its address is the "Read at:" line that follows its name in a `.md` file
 *   (README.md: the seed article), else unknown (then it vouches for a quote under any address, as before).
 * - In a `.md` file, an entry headed `### ` (timeline.md) is a page: its `- url:` and the words of its `- quote:`,
 *   `- context:` and `- covers:` lines. A bullet (`- …` and its indented lines) that names an address is a page too
 *   (README.md's "Other reporting"): the words it puts in double quotation marks. Nothing else in a `.md` file is.
 */
export interface StoredFile { name: string; text: string }
export interface StoredPage { file: string; url: string | null; text: string }

const URL_IN_TEXT = /https?:\/\/[^\s)"'>]+/;

/** An address as compared: no scheme, no default port, no "www.", no trailing slash, its host in lower case. */
export function comparableUrl(url: string): string {
  const match = /^(?:https?:\/\/)?([^/?#]+)(.*)$/i.exec(url.trim());
  if (!match) return url.trim();
  const host = match[1].toLowerCase().replace(/:(80|443)$/, '').replace(/^www\./, '');
  return `${host}${match[2].replace(/\/+$/, '')}`;
}

/** The address a `.md` file gives for a `.txt` file: the first "Read at:" address within a few lines of its name. */
function addressOf(txt: string, files: readonly StoredFile[]): string | null {
  for (const { name, text } of files) {
    if (!name.endsWith('.md')) continue;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].includes(txt)) continue;
      for (const line of lines.slice(i, i + 12)) {
        const readAt = /Read at:\s*(https?:\/\/\S+)/.exec(line);
        if (readAt) return readAt[1];
      }
    }
  }
  return null;
}

/** The words of a `- quote:` / `- context:` / `- covers:` line, without the field's name. */
const FIELD_WORDS = /^- (?:quote|context|covers): (.*)$/;

function entryPages(name: string, text: string): StoredPage[] {
  return text.split(/^### /m).slice(1).flatMap((entry) => {
    const lines = entry.split('\n');
    const url = lines.map((line) => /^- url: (\S+)/.exec(line)?.[1]).find(Boolean);
    // A field's words, and the indented lines it runs on over.
    const words: string[] = [];
    let inField = false;
    for (const line of lines) {
      const field = FIELD_WORDS.exec(line);
      if (field) words.push(field[1]);
      else if (inField && /^ {2}\S/.test(line)) words[words.length - 1] += `\n${line}`;
      inField = Boolean(field) || (inField && /^ {2}\S/.test(line));
    }
    return url && words.length ? [{ file: name, url, text: words.join('\n') }] : [];
  });
}

function bulletPages(name: string, text: string): StoredPage[] {
  // Outside the `### ` entries: a bullet runs on over its indented lines.
  const outside = text.split(/^### /m)[0];
  const bullets = outside.split(/\n(?=- )/).map((bullet) => bullet.split(/\n(?! )/)[0]);
  return bullets.flatMap((bullet) => {
    const url = URL_IN_TEXT.exec(bullet)?.[0];
    const quoted = [...bullet.replace(/\n\s*/g, ' ').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    return url && quoted.length ? [{ file: name, url, text: quoted.join('\n') }] : [];
  });
}

export function storedPages(files: readonly StoredFile[]): StoredPage[] {
  return files.flatMap(({ name, text }): StoredPage[] => {
    if (name.endsWith('.txt')) return [{ file: name, url: addressOf(name, files), text }];
    if (name.endsWith('.md')) return [...entryPages(name, text), ...bulletPages(name, text)];
    return [];
  });
}

/** The pages that vouch for words cited to `url`: the pages stored from that address, and those of no known address. */
export function pagesFor(url: string, pages: readonly StoredPage[]): StoredPage[] {
  const wanted = comparableUrl(url);
  return pages.filter((page) => page.url === null || comparableUrl(page.url) === wanted);
}
