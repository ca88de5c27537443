import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { readArticles } from '../../src/read/read-articles.js';
import { collect, fixture, FIXTURES, only, scratchFolder } from './helpers.js';

describe('readArticles', () => {
  let scratch: Awaited<ReturnType<typeof scratchFolder>>;
  beforeAll(async () => {
    scratch = await scratchFolder();
  });
  afterAll(() => scratch.remove());
  const write = async (name: string, content: string | Buffer) => {
    const path = join(scratch.path, name);
    await writeFile(path, content);
    return path;
  };

  it('reads files and folders in the order given, folders in sorted order', async () => {
    const events = await collect([fixture('txt', 'no-date.txt'), fixture('mixed')]);
    expect(
      events.map((e) => `${e.kind}:${relative(FIXTURES, e.kind === 'article' ? (e.article.path ?? '') : e.path)}`),
    ).toEqual([
      'article:txt/no-date.txt',
      'article:mixed/a.md',
      'article:mixed/b-first.txt',
      'article:mixed/c-second.txt',
      'skipped:mixed/notes.csv',
      'article:mixed/sub/d-third.txt',
    ]);
  });

  it('gives every article an absolute path and a key', async () => {
    const events = await collect([relative(process.cwd(), fixture('txt'))]);
    for (const e of events) {
      expect(e.kind).toBe('article');
      if (e.kind === 'article') {
        expect(e.article.path).toBe(e.article.key);
        expect(e.article.path?.startsWith(FIXTURES)).toBe(true);
      }
    }
  });

  // [what it exercises, file name, content, kind, code]
  const badInput: Array<[string, string, string | Buffer, string, string]> = [
    ['an unknown extension', 'report.pdf', 'Some text', 'skipped', 'UNSUPPORTED_FORMAT'],
    ['no extension', 'README', 'Some text', 'skipped', 'UNSUPPORTED_FORMAT'],
    ['an empty file', 'empty.txt', '', 'skipped', 'EMPTY'],
    ['a whitespace-only file', 'blank.md', ' \n\t\n  ', 'skipped', 'EMPTY'],
    ['a whitespace-only page', 'blank.html', '\n\n', 'skipped', 'EMPTY'],
    [
      'a PDF renamed .txt',
      'paper.txt',
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
      'failed',
      'BINARY',
    ],
    [
      'a PNG renamed .md',
      'image.md',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'failed',
      'BINARY',
    ],
    [
      'a ZIP renamed .html',
      'archive.html',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00]),
      'failed',
      'BINARY',
    ],
    ['NUL bytes in text', 'nul.txt', Buffer.from('Headline\n\nBody\u0000with a NUL.'), 'failed', 'BINARY'],
    [
      'mostly control characters',
      'controls.txt',
      Buffer.from('\x01\x02\x03\x04\x05\x06 text \x07\x08\x0e\x0f\x10\x11'),
      'failed',
      'BINARY',
    ],
  ];
  it.each(badInput)('reports %s with a reason that names the file', async (_what, name, content, kind, code) => {
    const path = await write(name, content);
    const event = await only(path);
    expect(event).toMatchObject({ kind, code, path });
    expect((event as { reason: string }).reason).toContain(path);
  });

  it('fails an input path that does not exist, and goes on with the next', async () => {
    const missing = join(scratch.path, 'no-such-folder');
    const events = await collect([missing, fixture('txt', 'no-date.txt')]);
    expect(events.map((e) => e.kind)).toEqual(['failed', 'article']);
    expect(events[0]).toMatchObject({ code: 'NOT_FOUND', path: missing });
  });

  it('fails a file over the size limit and names the limit, checking the size before reading', async () => {
    // 160 bytes: read (under four times the limit), then counted in characters.
    const path = await write('long.txt', `Headline\n\n${'word '.repeat(30)}`);
    const event = await only(path, 100);
    expect(event).toMatchObject({ kind: 'failed', code: 'TOO_LARGE', path });
    expect((event as { reason: string }).reason).toContain('100');
    // 5000 bytes: more than four bytes a character allowed, refused from its size alone.
    const huge = await write('huge.txt', 'x'.repeat(5000));
    expect(await only(huge, 1000)).toMatchObject({ kind: 'failed', code: 'TOO_LARGE', path: huge });
  });

  it('counts the limit in characters, not bytes', async () => {
    const path = await write('accents.txt', `Été\n\n${'é'.repeat(80)}`);
    expect(await only(path, 100)).toMatchObject({ kind: 'article' });
  });

  it('fails an article whose composed text is over the limit', async () => {
    const path = await write('composed.md', `---\ntitle: ${'T'.repeat(60)}\n---\n${'b'.repeat(60)}`);
    expect(await only(path, 100)).toMatchObject({ kind: 'failed', code: 'TOO_LARGE' });
  });

  it.skipIf(process.getuid?.() === 0)('fails a file it may not read', async () => {
    const path = await write('secret.txt', 'Headline\n\nBody.');
    await chmod(path, 0o000);
    try {
      expect(await only(path)).toMatchObject({ kind: 'failed', code: 'UNREADABLE', path });
    } finally {
      await chmod(path, 0o644);
    }
  });

  it('reads the extension whatever its case', async () => {
    const path = await write('UPPER.TXT', 'Headline\n\nBody.');
    expect(await only(path)).toMatchObject({ kind: 'article' });
  });

  it('reads a hidden file named explicitly', async () => {
    await mkdir(join(scratch.path, 'h'));
    const path = await write('h/.draft.txt', 'Headline\n\nBody.');
    expect(await only(path)).toMatchObject({ kind: 'article' });
  });

  it('refuses a limit that is not a positive integer', async () => {
    await expect(collect([], 0)).rejects.toBeInstanceOf(ConfigError);
    const iterator = readArticles([], { maxArticleChars: Number.NaN })[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toBeInstanceOf(ConfigError);
  });
});
