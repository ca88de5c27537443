import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesOf, collect, fixture, only, scratchFolder } from './helpers.js';

describe('readArticles on .jsonl files', () => {
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

  it('reads every good line and reports each malformed line with its number', async () => {
    const path = fixture('jsonl', 'articles.jsonl');
    const events = await collect([path]);
    expect(
      events.map((e) =>
        e.kind === 'article' ? e.article.key : e.kind === 'failed' ? `failed:${e.code}:${e.line}` : e.kind,
      ),
    ).toEqual([
      'jsonl:a-1',
      'https://wire.example.org/valley-alliance-leader',
      'failed:MALFORMED:4',
      'failed:MALFORMED:5',
      'failed:MALFORMED:6',
      `${path}#7`,
      'jsonl:7',
    ]);
    for (const e of events) expect(e.kind === 'article' ? e.article.path : e.path).toBe(path);
  });

  it('builds each article from its fields', async () => {
    const [first, second, third, fourth] = articlesOf(await collect([fixture('jsonl', 'articles.jsonl')]));
    expect(first).toMatchObject({
      title: 'Assembly opens new session',
      text: 'Assembly opens new session\n\nThe regional assembly opened its new session on Monday.\n\nMembers elected a new speaker.',
      date: '2024-01-08',
      source: 'Example Wire',
      url: null,
    });
    expect(second).toMatchObject({ date: '2024-01-09', url: 'https://wire.example.org/valley-alliance-leader' });
    // No title: derived from the text, whose CRLF line endings became LF; a dateline opens the body.
    expect(third).toMatchObject({
      title: 'Farmers blocked the ring road on Thursday in protest at the new water charges, the police said.',
      text: 'MARLOW HILL - Farmers blocked the ring road on Thursday in protest at the new water charges, the police said.\n\nThe blockade ended at noon.',
      dateline: 'MARLOW HILL',
      date: '2024-01-11',
    });
    // The text already starts with the title: it is not repeated.
    expect(fourth.text).toBe(
      'Budget vote set for March\n\nThe speaker set the budget vote for the first week of March.',
    );
  });

  // [what it exercises, line, code]
  const malformed: Array<[string, string, string]> = [
    ['not JSON', '{"text": "unterminated', 'MALFORMED'],
    ['an array, not an object', '["text"]', 'MALFORMED'],
    ['a string, not an object', '"text"', 'MALFORMED'],
    ['no text', '{"title": "T"}', 'MALFORMED'],
    ['text of the wrong type', '{"text": ["a"]}', 'MALFORMED'],
    ['a title of the wrong type', '{"text": "Body.", "title": 3}', 'MALFORMED'],
    ['a date of the wrong type', '{"text": "Body.", "date": 20240101}', 'MALFORMED'],
    ['an id of the wrong type', '{"text": "Body.", "id": {"n": 1}}', 'MALFORMED'],
    ['empty text', '{"title": "T", "text": "  "}', 'EMPTY'],
  ];
  it.each(malformed)('fails a line with %s, and still reads the next line', async (_what, line, code) => {
    const path = await write('one-bad.jsonl', `${line}\n{"text": "Good line.", "id": "g"}\n`);
    const events = await collect([path]);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ kind: 'failed', code, line: 1, path });
    expect(events[1]).toMatchObject({ kind: 'article', article: { key: 'jsonl:g' } });
  });

  it('ignores blank lines and keeps counting them in line numbers', async () => {
    const path = await write('blank-lines.jsonl', '\n  \n{"text": "x"\n\n{"text": "Good."}');
    const events = await collect([path]);
    expect(events.map((e) => e.kind)).toEqual(['failed', 'article']);
    expect(events[0]).toMatchObject({ line: 3 });
    expect(articlesOf(events)[0].key).toBe(`${path}#5`);
  });

  it('reads a file with a byte-order mark, CRLF line endings and no final newline', async () => {
    const path = await write('bom.jsonl', '\uFEFF{"text": "One.", "id": 1}\r\n{"text": "Two.", "id": 2}');
    expect(articlesOf(await collect([path])).map((a) => [a.key, a.text])).toEqual([
      ['jsonl:1', 'One.'],
      ['jsonl:2', 'Two.'],
    ]);
  });

  it('accepts fields it does not know and null optional fields', async () => {
    const path = await write(
      'extra.jsonl',
      '{"text": "Body.", "title": null, "url": null, "lang": "en", "tags": ["x"]}\n',
    );
    expect(await only(path)).toMatchObject({ kind: 'article', article: { title: 'Body.', url: null } });
  });

  it('fails a line over the size limit with the limit in the reason, and reads the others', async () => {
    const long = JSON.stringify({ text: 'x'.repeat(500) });
    const path = await write('long-line.jsonl', `{"text": "Short."}\n${long}\n{"text": "Also short."}\n`);
    const events = await collect([path], 200);
    expect(events.map((e) => e.kind)).toEqual(['article', 'failed', 'article']);
    expect(events[1]).toMatchObject({ code: 'TOO_LARGE', line: 2 });
    expect((events[1] as { reason: string }).reason).toContain('200');
  });

  it('fails a line too long to hold without reading it into memory', async () => {
    const path = await write('huge-line.jsonl', `{"text": "${'y'.repeat(100_000)}"}\n{"text": "After."}\n`);
    const events = await collect([path], 1000);
    expect(events.map((e) => (e.kind === 'article' ? 'article' : e.code))).toEqual(['TOO_LARGE', 'article']);
  });

  it('skips a file of blank lines as empty', async () => {
    expect(await only(await write('blank.jsonl', '\n\n   \n'))).toMatchObject({ kind: 'skipped', code: 'EMPTY' });
  });

  it('reads the .ndjson extension', async () => {
    expect(await only(await write('a.ndjson', '{"text": "Body."}\n'))).toMatchObject({ kind: 'article' });
  });

  it('fails binary content and UTF-16 text', async () => {
    expect(await only(await write('zip.jsonl', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])))).toMatchObject({
      code: 'BINARY',
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text": "x"}\n', 'utf16le')]);
    expect(await only(await write('utf16.jsonl', utf16))).toMatchObject({ kind: 'failed', code: 'MALFORMED' });
  });

  it('streams a large file line by line', async () => {
    const line = (i: number) => JSON.stringify({ id: i, title: `Story ${i}`, text: `Body of story ${i}. `.repeat(40) });
    const path = await write('many.jsonl', Array.from({ length: 5000 }, (_, i) => line(i)).join('\n'));
    let count = 0;
    let lastKey = '';
    for (const article of articlesOf(await collect([path]))) {
      count++;
      lastKey = article.key;
    }
    expect(count).toBe(5000);
    expect(lastKey).toBe('jsonl:4999');
  });
});
