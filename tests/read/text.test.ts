import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readText, splitDatePrefix } from '../../src/read/text.js';
import { fixture, onlyArticle, scratchFolder } from './helpers.js';

const read = (content: string) => {
  const event = readText(content, '/news/a.txt', 1_000_000);
  if (event.kind !== 'article') throw new Error(JSON.stringify(event));
  return event.article;
};

describe('readText', () => {
  // [what it exercises, file content, expected date, title, dateline, text]
  const cases: Array<[string, string, string | null, string, string | null, string]> = [
    [
      'a date line, a headline and a dash dateline',
      'date 2024-02-28\nVote delayed\n\nNORTH HAVEN - The council delayed the vote.\n',
      '2024-02-28',
      'Vote delayed',
      'NORTH HAVEN',
      'Vote delayed\n\nNORTH HAVEN - The council delayed the vote.',
    ],
    [
      'a date prefix with a leading space and the body on the same line',
      ' date 2024-03-01 PORT ELLIS: After the committee met on Friday, a recording of its talks about forming a government with the Harbour League spread online, broadcasters reported.\n\nMore.',
      '2024-03-01',
      'After the committee met on Friday, a recording of its talks about forming a government with the…',
      'PORT ELLIS',
      'PORT ELLIS: After the committee met on Friday, a recording of its talks about forming a government with the Harbour League spread online, broadcasters reported.\n\nMore.',
    ],
    [
      'no date',
      'Mayor wins second term\n\nThe mayor was re-elected on Sunday.',
      null,
      'Mayor wins second term',
      null,
      'Mayor wins second term\n\nThe mayor was re-elected on Sunday.',
    ],
    [
      'a date line that is not a real day',
      'date 2024-02-30\nHeadline\n\nBody.',
      null,
      'Headline',
      null,
      'Headline\n\nBody.',
    ],
    [
      '"date" as the first word of a headline, not a date line',
      'Date set for the election\n\nThe vote will be in May.',
      null,
      'Date set for the election',
      null,
      'Date set for the election\n\nThe vote will be in May.',
    ],
    [
      'a headline with a deck line',
      "Senator backs rival's plan;\nCritics say it comes too late.\n\nWASHINGTON (AP) — The senator said...",
      null,
      "Senator backs rival's plan",
      'WASHINGTON',
      "Senator backs rival's plan;\nCritics say it comes too late.\n\nWASHINGTON (AP) — The senator said...",
    ],
    [
      'a headline with a kicker, which is not a dateline',
      'BREAKING: Minister resigns\n\nThe minister resigned on Tuesday.',
      null,
      'BREAKING: Minister resigns',
      null,
      'BREAKING: Minister resigns\n\nThe minister resigned on Tuesday.',
    ],
    [
      'a short first line opening with a colon label as a headline (a kicker and a colon dateline look alike)',
      'PORT ELLIS: Talks resume\n\nThe talks resumed on Friday.',
      null,
      'PORT ELLIS: Talks resume',
      null,
      'PORT ELLIS: Talks resume\n\nThe talks resumed on Friday.',
    ],
    ['a single line of text', 'Just one line', null, 'Just one line', null, 'Just one line'],
    [
      'blank lines before the headline and trailing space after the body',
      '\n\n  Headline here\n\nBody text.\n\n\n',
      null,
      'Headline here',
      null,
      'Headline here\n\nBody text.',
    ],
  ];
  it.each(cases)('reads %s', (_what, content, date, title, dateline, text) => {
    const article = read(content);
    expect(article).toMatchObject({ date, title, dateline, text, key: '/news/a.txt', path: '/news/a.txt' });
  });

  it('takes the title from the first sentence when the first paragraph is long prose, and keeps all the text', () => {
    const first =
      'The finance committee of the regional assembly voted on Thursday to open an inquiry into the contracts awarded by the ports authority during the last three years. Both parties supported it.';
    const article = read(`${first}\n\nThe inquiry will report in the spring.`);
    expect(article.title).toBe(
      'The finance committee of the regional assembly voted on Thursday to open an inquiry into the…',
    );
    expect(article.text).toBe(`${first}\n\nThe inquiry will report in the spring.`);
    expect(article.dateline).toBeNull();
  });
});

describe('splitDatePrefix', () => {
  it('says how many characters it removed, so file offsets can be mapped to text offsets', () => {
    const content = 'date 2016-03-15\nThe Latest: a headline.\n\nBody.';
    const { rest, removed, date } = splitDatePrefix(content);
    expect(date).toBe('2016-03-15');
    expect(content.slice(removed)).toBe(rest);
    expect(rest.startsWith('The Latest')).toBe(true);
  });
});

describe('readArticles on .txt files', () => {
  let scratch: Awaited<ReturnType<typeof scratchFolder>>;
  beforeAll(async () => {
    scratch = await scratchFolder();
  });
  afterAll(() => scratch.remove());

  it('reads the fixtures with their dates, titles and datelines', async () => {
    const expected: Array<[string, string | null, string, string | null]> = [
      ['date-line.txt', '2024-02-28', 'Council vote on harbour plan delayed again', 'NORTH HAVEN'],
      [
        'date-prefix.txt',
        '2024-03-01',
        'After the coordination committee met on Friday, a second recording of its discussion about forming…',
        'PORT ELLIS',
      ],
      ['no-date.txt', null, 'Mayor wins second term by narrow margin', null],
      ['headline-deck.txt', null, "Senator backs rival's transport plan", null],
      [
        'prose-first.txt',
        null,
        'The finance committee of the regional assembly voted on Thursday to open an inquiry into the…',
        null,
      ],
    ];
    for (const [file, date, title, dateline] of expected) {
      const article = await onlyArticle(fixture('txt', file));
      expect(article, file).toMatchObject({
        date,
        title,
        dateline,
        path: fixture('txt', file),
        key: fixture('txt', file),
      });
    }
  });

  it('normalises CRLF and CR line endings to LF', async () => {
    const path = join(scratch.path, 'crlf.txt');
    await writeFile(path, 'date 2024-02-28\r\nHeadline\r\n\r\nFirst line.\rSecond line.\r\n');
    const article = await onlyArticle(path);
    expect(article.text).toBe('Headline\n\nFirst line.\nSecond line.');
    expect(article.date).toBe('2024-02-28');
  });

  it('drops a UTF-8 byte-order mark before the date line', async () => {
    const path = join(scratch.path, 'bom.txt');
    await writeFile(
      path,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('date 2024-02-28\nHeadline\n\nBody.')]),
    );
    const article = await onlyArticle(path);
    expect(article).toMatchObject({ date: '2024-02-28', title: 'Headline', text: 'Headline\n\nBody.' });
  });

  it('reads UTF-16 text that starts with a byte-order mark', async () => {
    const path = join(scratch.path, 'utf16.txt');
    await writeFile(
      path,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline\n\nCafé society.', 'utf16le')]),
    );
    expect((await onlyArticle(path)).text).toBe('Headline\n\nCafé society.');
  });

  it('decodes invalid UTF-8 with replacement characters instead of failing', async () => {
    const path = join(scratch.path, 'latin1.txt');
    await writeFile(path, Buffer.from('Headline\n\nThe caf\xe9 opened on Monday.', 'latin1'));
    const article = await onlyArticle(path);
    expect(article.text).toBe('Headline\n\nThe caf\uFFFD opened on Monday.');
  });
});
