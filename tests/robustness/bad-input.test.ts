// What a newsroom's scrape folder holds, through `kg ingest DIR`: empty and blank files, binaries renamed to
// .txt and .md, text that is not UTF-8, a byte-order mark with Windows line endings, UTF-16, a page with no
// article, broken HTML, a JSON-lines file with bad lines among good ones, an unknown extension, a symbolic link
// loop and a link to nothing; then a several-megabyte article, one over the limit, and two thousand files.
// Each problem is one stderr line naming the path (and line) with its reason, the summary counts, the exit code
// is 1 when something failed, 0 when things were only skipped, 1 with --strict.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articlesOf,
  parseSummary,
  problemLines,
  readEmbedded,
  removeTempDirs,
  runKg,
  tempDir,
  type StoredGraph,
} from './helpers.js';

afterAll(removeTempDirs);

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** [file, content, what kg does with it]; a symbolic link is { link: target }. */
const CASES: Array<[string, string | Buffer | { link: string }, 'article' | 'skipped' | 'failed']> = [
  ['empty.txt', '', 'skipped'],
  ['blank.md', ' \n\t\n  \n', 'skipped'],
  ['notes.csv', 'date,headline\n2031-01-01,x\n', 'skipped'],
  ['loop', { link: '.' }, 'skipped'],
  ['paper.txt', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'failed'],
  ['photo.md', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'failed'],
  [
    'menu.html',
    '<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><footer>(c)</footer></body></html>',
    'failed',
  ],
  ['dangling.txt', { link: 'no-such-file.txt' }, 'failed'],
  [
    'latin1.txt',
    bytes(
      'Council vote delayed\n\nThe council \xe9lection \xff postponed its vote, Mayor Ana Okoye said on Tuesday.\n',
    ),
    'article',
  ],
  [
    'bom-crlf.txt',
    bytes([0xef, 0xbb, 0xbf], 'Harbour budget passes\r\n\r\nThe budget passed, said Tomas Vell.\r\nA second line.\r\n'),
    'article',
  ],
  [
    'wide.txt',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Wide headline\n\nA UTF-16 body, said Lina Marsh.\n', 'utf16le'),
    ]),
    'article',
  ],
  [
    'broken.html',
    '<html><head><title>Broken page</title><body><div><p>The assembly met on Monday and the vote was delayed ' +
      'again, Speaker Ana Okoye said.<p>Members of the Harbour Party walked out <b>before the vote <i>was held.' +
      '<div><p>Tomas Vell said the delay was "a disgrace" and called for a new session next week',
    'article',
  ],
];

const FEED = [
  '{"id":"feed-1","title":"First line","text":"Ana Okoye said the vote was fair."}',
  '{"id":"feed-2", "text": broken',
  '{"id":"feed-3","title":"Third line","text":"Tomas Vell said the vote was not fair."}',
  '{"id":"feed-4","title":"a line with no text"}',
].join('\n');

function writeCase(dir: string, name: string, content: (typeof CASES)[number][1]): void {
  const file = path.join(dir, name);
  if (typeof content === 'object' && 'link' in content) fs.symlinkSync(content.link, file);
  else fs.writeFileSync(file, content);
}

describe('kg ingest of a folder of bad input', () => {
  let input: string;
  let db: string;
  let run: Awaited<ReturnType<typeof runKg>>;
  let graph: StoredGraph;

  beforeAll(async () => {
    const root = tempDir();
    input = path.join(root, 'scraped');
    db = path.join(root, 'kg-data');
    fs.mkdirSync(input);
    for (const [name, content] of CASES) writeCase(input, name, content);
    fs.writeFileSync(path.join(input, 'feed.jsonl'), FEED);
    run = await runKg(['ingest', input, '--db', db, '--jobs', '1'], root);
    graph = await readEmbedded(db);
  }, 120_000);

  it('reports each problem on one stderr line: skipped or failed, the path, and a reason', () => {
    const lines = problemLines(run.stderr);
    for (const [name, , kind] of CASES.filter(([, , k]) => k !== 'article')) {
      const line = lines.filter((l) => l.includes(path.join(input, name)));
      expect(line, name).toHaveLength(1);
      expect(line[0].startsWith(`${kind} `), line[0]).toBe(true);
      expect(line[0].length, line[0]).toBeGreaterThan(`${kind} ${path.join(input, name)}`.length + 10);
    }
  });

  it('reports each bad line of a JSON-lines file with its line number, and reads the others', () => {
    const feed = problemLines(run.stderr).filter((l) => l.includes(path.join(input, 'feed.jsonl')));
    expect(feed).toHaveLength(2);
    expect(feed[0]).toMatch(/^failed .*line 2\b/);
    expect(feed[1]).toMatch(/^failed .*line 4\b/);
    expect(articlesOf(graph).map((a) => a.key)).toEqual(expect.arrayContaining(['jsonl:feed-1', 'jsonl:feed-3']));
  });

  it('counts articles written, skipped and failed in its summary, and exits with 1 because some failed', () => {
    const articles = CASES.filter(([, , k]) => k === 'article').length + 2;
    const skipped = CASES.filter(([, , k]) => k === 'skipped').length;
    const failed = CASES.filter(([, , k]) => k === 'failed').length + 2;
    expect(parseSummary(run.stdout)).toMatchObject({ written: articles, new: articles, skipped, failed });
    expect(problemLines(run.stderr)).toHaveLength(skipped + failed);
    expect(run.code).toBe(1);
    expect(articlesOf(graph)).toHaveLength(articles);
  });

  it('decodes text that is not UTF-8 with replacement characters, drops a BOM, makes line ends \\n, reads UTF-16', () => {
    const byFile = (name: string) => articlesOf(graph).find((a) => a.path === path.join(input, name))!;
    expect(byFile('latin1.txt').text).toContain('\uFFFD');
    expect(byFile('bom-crlf.txt').text).toBe(
      'Harbour budget passes\n\nThe budget passed, said Tomas Vell.\nA second line.',
    );
    expect(byFile('wide.txt').title).toBe('Wide headline');
    for (const a of articlesOf(graph)) {
      expect(a.text).not.toMatch(/[\r\uFEFF]/);
    }
  });

  it('keeps what it can of broken HTML', () => {
    const page = articlesOf(graph).find((a) => a.path === path.join(input, 'broken.html'))!;
    expect(page.text).toContain('Tomas Vell said the delay was "a disgrace"');
    expect(page.text).not.toContain('<');
  });

  it('writes every article whole: each relationship evidence is its article text between the offsets', () => {
    const texts = new Map(articlesOf(graph).map((a) => [a.id, a.text]));
    expect(graph.relationships.length).toBeGreaterThan(0);
    for (const r of graph.relationships) expect(texts.get(r.articleId)!.slice(r.start, r.end)).toBe(r.evidence);
  });
});

describe('kg ingest exit codes', () => {
  it('exits with 0 when inputs were only skipped, and with 1 under --strict', async () => {
    const root = tempDir();
    const input = path.join(root, 'in');
    fs.mkdirSync(input);
    fs.writeFileSync(path.join(input, 'empty.txt'), '');
    fs.writeFileSync(path.join(input, 'notes.csv'), 'a,b\n');
    fs.writeFileSync(path.join(input, 'good.txt'), 'Vote held\n\nAna Okoye said the vote was fair.\n');
    const lenient = await runKg(['ingest', input, '--db', path.join(root, 'a'), '--jobs', '1'], root);
    expect(lenient.code).toBe(0);
    expect(parseSummary(lenient.stdout)).toMatchObject({ written: 1, skipped: 2, failed: 0 });
    expect(problemLines(lenient.stderr)).toHaveLength(2);
    const strict = await runKg(['ingest', input, '--db', path.join(root, 'b'), '--jobs', '1', '--strict'], root);
    expect(strict.code).toBe(1);
    expect(parseSummary(strict.stdout)).toMatchObject({ written: 1, skipped: 2, failed: 0 });
  });

  it('exits with 0 when everything was read', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'good.txt'), 'Vote held\n\nAna Okoye said the vote was fair.\n');
    const r = await runKg(['ingest', 'good.txt', '--db', 'kg-data', '--jobs', '1'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('kg ingest of large input', () => {
  /** Plain prose of about `chars` characters, in paragraphs: cheap to extract, so the test measures size alone. */
  function prose(chars: number): string {
    const words = ['the', 'committee', 'met', 'again', 'and', 'its', 'report', 'was', 'filed', 'after', 'a', 'long'];
    const parts: string[] = ['Long committee report\n\nThe'];
    let length = 0;
    for (let i = 0; length < chars; i++) {
      const sentence = `${Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * k) % words.length]).join(' ')} ${i}. `;
      parts.push(i % 6 === 5 ? `${sentence}\n\n` : sentence);
      length += sentence.length;
    }
    return parts.join('');
  }

  it('ingests an article of several megabytes whole', async () => {
    const root = tempDir();
    const text = prose(2_500_000);
    fs.writeFileSync(path.join(root, 'dump.txt'), text);
    const r = await runKg(['ingest', 'dump.txt', '--db', 'kg-data', '--jobs', '1'], root);
    expect(r.code).toBe(0);
    expect(parseSummary(r.stdout)).toMatchObject({ written: 1, failed: 0 });
    const [article] = articlesOf(await readEmbedded(path.join(root, 'kg-data')));
    expect(article.text.length).toBeGreaterThan(2_500_000);
    expect(article.text).toBe(text.trim());
  }, 300_000);

  it('refuses an article over the limit (default or --max-chars) with one line naming the limit, and goes on', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'huge.txt'), prose(6_000_000)); // over the default 5,000,000 characters
    fs.writeFileSync(path.join(root, 'big.txt'), prose(1_200_000));
    fs.writeFileSync(path.join(root, 'small.txt'), 'Vote held\n\nAna Okoye said the vote was fair.\n');
    const byDefault = await runKg(['ingest', 'huge.txt', 'small.txt', '--db', 'a', '--jobs', '1'], root);
    expect(byDefault.code).toBe(1);
    expect(parseSummary(byDefault.stdout)).toMatchObject({ written: 1, failed: 1 });
    const [line] = problemLines(byDefault.stderr);
    expect(line).toMatch(/^failed .*huge\.txt/);
    expect(line).toContain('5,000,000');
    const limited = await runKg(
      ['ingest', 'big.txt', 'small.txt', '--db', 'b', '--jobs', '1', '--max-chars', '1000000'],
      root,
    );
    expect(limited.code).toBe(1);
    expect(parseSummary(limited.stdout)).toMatchObject({ written: 1, failed: 1 });
    expect(problemLines(limited.stderr)[0]).toMatch(/^failed .*big\.txt.*1,000,000/);
  }, 120_000);

  it('reads a folder of two thousand files, in order, without stopping', async () => {
    const root = tempDir();
    const input = path.join(root, 'many');
    fs.mkdirSync(input);
    for (let i = 0; i < 2000; i++) {
      fs.writeFileSync(path.join(input, `n${String(i).padStart(4, '0')}.txt`), `Note ${i}\n\nItem ${i} was filed.\n`);
    }
    const r = await runKg(['ingest', input, '--db', path.join(root, 'kg-data')], root);
    expect(r.code).toBe(0);
    expect(parseSummary(r.stdout)).toMatchObject({ written: 2000, skipped: 0, failed: 0 });
    expect(articlesOf(await readEmbedded(path.join(root, 'kg-data')))).toHaveLength(2000);
  }, 300_000);
});
