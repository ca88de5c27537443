// Property tests: whatever bytes or text a file holds, readArticles reports it and never throws, and every
// article it gives has some text.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadEvent } from '../../src/read/types.js';
import { collect, scratchFolder } from './helpers.js';

const EXTENSIONS = ['.txt', '.md', '.html', '.jsonl'] as const;

/** Text with the shapes readers look for: date lines, datelines, front matter, tags, JSON lines, odd characters. */
const pieces = fc.constantFrom(
  'date 2024-02-28\n',
  ' date 2024-13-45 ',
  'KARACHI: ',
  'WASHINGTON (AP) — ',
  '---\n',
  'title: "x"\n',
  'title: [unclosed\n',
  '# Heading\n',
  '\n\n',
  '\r\n',
  '\uFEFF',
  '\u0000',
  '\uFFFD',
  '<p>',
  '</p>',
  '<article>',
  '<title>',
  '<meta property="article:published_time" content="2024-01-01">',
  '<script>',
  '{"text": "a"}\n',
  '{"text": ',
  '"title": 1}',
  '[x](http://e.example)',
  '> ',
  '- ',
  '```',
  'Mr. ',
  '…',
  ' ',
);
const texty = fc.array(fc.oneof(pieces, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 })), {
  maxLength: 25,
});

function checkEvents(events: ReadEvent[], path: string) {
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    if (event.kind === 'article') {
      expect(event.article.text.trim()).not.toBe('');
      expect(event.article.title.trim()).not.toBe('');
      expect(event.article.path).toBe(path);
      expect(event.article.text.length).toBeLessThanOrEqual(100_000);
      expect(event.article.text).not.toContain('\r');
      expect(event.article.date === null || /^\d{4}-\d{2}-\d{2}$/.test(event.article.date)).toBe(true);
    } else {
      expect(event.path).toBe(path);
      expect(event.reason).not.toBe('');
      expect(event.code).toBeDefined();
    }
  }
}

describe('readArticles on arbitrary input', () => {
  let scratch: Awaited<ReturnType<typeof scratchFolder>>;
  beforeAll(async () => {
    scratch = await scratchFolder();
  });
  afterAll(() => scratch.remove());
  let n = 0;

  it('never throws on arbitrary text, and every article has text', async () => {
    await fc.assert(
      fc.asyncProperty(texty, fc.constantFrom(...EXTENSIONS), async (parts, extension) => {
        const path = join(scratch.path, `text-${n++}${extension}`);
        await writeFile(path, parts.join(''));
        checkEvents(await collect([path], 100_000), path);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary bytes, and every article has text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...EXTENSIONS), async (bytes, extension) => {
        const path = join(scratch.path, `bytes-${n++}${extension}`);
        await writeFile(path, bytes);
        checkEvents(await collect([path], 100_000), path);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary JSON values as JSON Lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }), async (values) => {
        const path = join(scratch.path, `json-${n++}.jsonl`);
        await writeFile(path, values.map((v) => JSON.stringify(v)).join('\n'));
        checkEvents(await collect([path], 100_000), path);
      }),
      { numRuns: 100 },
    );
  });
});
