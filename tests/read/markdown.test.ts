import { describe, expect, it } from 'vitest';
import { markdownBlocks, readMarkdown } from '../../src/read/markdown.js';
import { fixture, only, onlyArticle } from './helpers.js';

const read = (content: string) => {
  const event = readMarkdown(content, '/news/a.md', 1_000_000);
  if (event.kind !== 'article') throw new Error(JSON.stringify(event));
  return event.article;
};

describe('markdownBlocks', () => {
  // [what it exercises, markdown, blocks]
  const cases: Array<[string, string, string[]]> = [
    [
      'headings and emphasis',
      '# Title\n\nSome **bold** and _italic_ and ~~struck~~ words.',
      ['Title', 'Some bold and italic and struck words.'],
    ],
    [
      'links as their text, images dropped',
      'See [the report](https://x.example/r "Report") ![chart](c.png) now.',
      ['See the report now.'],
    ],
    ['autolinks keep their address', 'Read <https://x.example/a> today.', ['Read https://x.example/a today.']],
    ['list items as blocks, nested lists too', '- one\n- two *2*\n  1. nested', ['one', 'two 2', 'nested']],
    ['loose list items', '1. first\n\n2. second', ['first', 'second']],
    ['blockquotes', '> quoted\n> words\n\n> second', ['quoted words', 'second']],
    ['soft breaks joined, hard breaks kept', 'one\ntwo  \nthree', ['one two\nthree']],
    ['HTML entities decoded, escapes kept literal', 'AT&amp;T &copy; \\*not em\\*', ['AT&T © *not em*']],
    ['code kept as written', 'Use `a &amp; b` here.\n\n```\nx = 1\n```', ['Use a &amp; b here.', 'x = 1']],
    ['inline HTML tags dropped, their text kept', 'A <b>bold</b> claim<br>here.', ['A bold claim\nhere.']],
    [
      'block HTML as paragraphs, comments dropped',
      '<div><p>one</p><p>two &amp; three</p></div>\n\n<!-- note -->',
      ['one', 'two & three'],
    ],
    ['tables as one block a row', '| Party | Seats |\n|---|---|\n| Green | 12 |', ['Party | Seats', 'Green | 12']],
    ['thematic breaks dropped', 'one\n\n---\n\ntwo', ['one', 'two']],
  ];
  it.each(cases)('turns %s into plain text', (_what, markdown, blocks) => {
    expect(markdownBlocks(markdown).blocks).toEqual(blocks);
  });

  it('says which block came from the first top-level heading', () => {
    expect(markdownBlocks('intro\n\n## First\n\n# Second').firstHeading).toBe(1);
    expect(markdownBlocks('> # quoted heading\n\ntext').firstHeading).toBeNull();
  });
});

describe('readMarkdown', () => {
  it('takes title, date, url and source from the front matter, and does not repeat a heading equal to the title', async () => {
    const article = await onlyArticle(fixture('md', 'front-matter.md'));
    expect(article).toMatchObject({
      title: 'Assembly passes budget after all-night session',
      date: '2024-05-14',
      url: 'https://news.example.org/2024/05/assembly-budget',
      key: 'https://news.example.org/2024/05/assembly-budget',
      source: 'Example Evening Post',
      dateline: 'NEW MARLOW',
      path: fixture('md', 'front-matter.md'),
    });
    expect(article.text).toBe(
      [
        'Assembly passes budget after all-night session',
        'NEW MARLOW — The regional assembly passed the budget at dawn on Tuesday, after eleven hours of debate and a narrow vote.',
        'Opposition leader Petra Lune accused the government of "hiding the cuts in the footnotes".',
        'Schools get 3 percent more.',
        'Roads get 2 percent less.',
        '"This is a budget for the next decade," said finance minister Oren Vale.',
        'What happens next',
        'The budget goes to the governor, who has ten days to sign it. Costs rose by 4% & more.',
      ].join('\n\n'),
    );
  });

  it('takes the title from the first heading when there is no front matter, and puts it first', async () => {
    const article = await onlyArticle(fixture('md', 'heading-title.md'));
    expect(article.title).toBe('Coalition talks collapse over pension reform');
    expect(article.text).toBe(
      'Coalition talks collapse over pension reform\n\nUpdated 9 June 2024\n\nTalks between the Valley Alliance and the Harbour League broke down on Monday.',
    );
    expect(article.key).toBe(fixture('md', 'heading-title.md'));
  });

  it('derives the title as for text when there is neither front matter title nor heading', async () => {
    const article = await onlyArticle(fixture('md', 'no-title.md'));
    expect(article.title).toBe(
      'The electoral commission confirmed on Friday that turnout in the regional election reached 64…',
    );
    expect(article.text.startsWith('The electoral commission confirmed')).toBe(true);
  });

  it('fails a file whose front matter is not valid YAML', async () => {
    const event = await only(fixture('md', 'bad-front-matter.md'));
    expect(event).toMatchObject({ kind: 'failed', code: 'MALFORMED', path: fixture('md', 'bad-front-matter.md') });
  });

  // [what it exercises, markdown, title, text]
  const cases: Array<[string, string, string, string]> = [
    ['a numeric front-matter title', '---\ntitle: 1984\n---\nBody.', '1984', '1984\n\nBody.'],
    ['empty front matter', '---\n---\n# Head\n\nBody.', 'Head', 'Head\n\nBody.'],
    [
      'a front matter that is not a mapping is Markdown',
      '---\nJust words\n---\nBody.',
      'Just words',
      'Just words\n\nBody.',
    ],
    ['an opening rule with no closing line is Markdown', '---\n\nHeadline\n\nBody.', 'Headline', 'Headline\n\nBody.'],
    ['front matter closed by "..."', '---\ntitle: T\n...\nBody.', 'T', 'T\n\nBody.'],
  ];
  it.each(cases)('reads %s', (_what, markdown, title, text) => {
    expect(read(markdown)).toMatchObject({ title, text });
  });

  it('skips a file with front matter and no body', () => {
    expect(readMarkdown('---\ndate: 2024-01-01\n---\n\n', '/news/a.md', 1000)).toMatchObject({
      kind: 'skipped',
      code: 'EMPTY',
    });
  });

  it('does not run code in front matter', () => {
    const article = read('---js\n{ title: (() => { throw new Error("ran") })() }\n---\nBody text.');
    expect(article.text).toContain('Body text.');
  });
});
