import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../src/read/html-blocks.js';
import { readHtml } from '../../src/read/html.js';
import { parseDocument } from '../../src/read/parse-document.js';
import { fixture, only, onlyArticle } from './helpers.js';

const read = (html: string) => readHtml(html, '/news/a.html', 1_000_000);
const readArticle = (html: string) => {
  const event = read(html);
  if (event.kind !== 'article') throw new Error(JSON.stringify(event));
  return event.article;
};
const BODY = '<article><p>The council approved the new bridge on Monday by nine votes to four.</p></article>';
const page = (head: string, body = BODY) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('readHtml', () => {
  it('keeps only the article body of a page with navigation, adverts, related links and a footer', async () => {
    const article = await onlyArticle(fixture('html', 'article-with-chrome.html'));
    expect(article).toMatchObject({
      title: 'Minister resigns over budget row',
      date: '2024-03-05',
      url: 'https://daily.example.org/politics/minister-resigns?ref=canonical',
      key: 'https://daily.example.org/politics/minister-resigns?ref=canonical',
      source: 'The Daily Example',
      dateline: 'VALDORIA CITY',
      path: fixture('html', 'article-with-chrome.html'),
    });
    expect(article.text).toBe(
      [
        'Minister resigns over budget row',
        'VALDORIA CITY — The finance minister, Arlo Venn, resigned on Tuesday after a row with the prime minister over the budget.',
        '"I could not defend these cuts," Venn told reporters outside parliament. He said the decision was final.',
        'The budget cut school funding by 4 percent.',
        'It raised fuel duty for the second year.',
        'We will not go back on the plan, said the prime minister.',
        'Opposition calls for election',
        'The opposition Green Unity party called for an early election and accused the government of chaos.',
        'Party officials said a successor would be named within a week.',
      ].join('\n\n'),
    );
    for (const chrome of ['Home', 'Buy the new', 'Advertisement', 'Related stories', 'Copyright', 'analytics']) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it('fails a page with no article body', async () => {
    expect(await only(fixture('html', 'no-body.html'))).toMatchObject({
      kind: 'failed',
      code: 'NO_ARTICLE_BODY',
      path: fixture('html', 'no-body.html'),
    });
  });

  it('fails text that is no page at all', () => {
    expect(read('just a few words')).toMatchObject({ kind: 'failed', code: 'NO_ARTICLE_BODY' });
  });

  it('reads a fragment without <html>, <head> or <body> as the standard parser would', async () => {
    const article = await onlyArticle(fixture('html', 'fragment.html'));
    expect(article.title).toBe('Council approves new bridge');
    expect(article.text).toBe(
      'Council approves new bridge\n\nThe council approved the new bridge on Monday by nine votes to four, ending a debate that lasted two years.\n\nWork starts in the autumn.',
    );
  });

  it('takes the date from a meta tag in a common written form', async () => {
    expect((await onlyArticle(fixture('html', 'metadata-dates.html'))).date).toBe('2024-06-12');
  });

  // [what it exercises, <head> content, body, expected date]
  const dates: Array<[string, string, string, string | null]> = [
    [
      'article:published_time',
      '<meta property="article:published_time" content="2024-03-05T23:30:00-05:00">',
      BODY,
      '2024-03-05',
    ],
    ['meta name=date', '<meta name="date" content="2024-02-28">', BODY, '2024-02-28'],
    ['meta itemprop=datePublished', '<meta itemprop="datePublished" content="2024-01-31">', BODY, '2024-01-31'],
    ['Dublin Core', '<meta name="DC.date.issued" content="2023-12-01">', BODY, '2023-12-01'],
    [
      'JSON-LD datePublished',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-04-02T08:00:00Z"}</script>',
      BODY,
      '2024-04-02',
    ],
    [
      '<time datetime>',
      '',
      `<article><p><time datetime="2024-06-10T10:00">10 June</time></p>${BODY}</article>`,
      '2024-06-10',
    ],
    ['no date anywhere', '', BODY, null],
    ['a date that is not one', '<meta name="date" content="soon">', BODY, null],
  ];
  it.each(dates)('takes the date from %s', (_what, head, body, date) => {
    expect(readArticle(page(head, body)).date).toBe(date);
  });

  // [what it exercises, <head> content, title, url, source]
  const metadata: Array<[string, string, string, string | null, string | null]> = [
    [
      'og:title, og:url and og:site_name',
      '<title>Bridge | Site</title><meta property="og:title" content="Bridge approved"><meta property="og:url" content="https://s.example.org/bridge"><meta property="og:site_name" content="Site News">',
      'Bridge approved',
      'https://s.example.org/bridge',
      'Site News',
    ],
    [
      '<title> alone',
      '<title>Bridge approved after long debate</title>',
      'Bridge approved after long debate',
      null,
      null,
    ],
    [
      'an absolute canonical link over og:url',
      '<title>T</title><link rel="canonical" href="https://a.example.org/c"><meta property="og:url" content="https://a.example.org/og">',
      'T',
      'https://a.example.org/c',
      null,
    ],
    [
      'a relative canonical link with nothing to resolve it against',
      '<title>T</title><link rel="canonical" href="/c">',
      'T',
      null,
      null,
    ],
    [
      'a canonical link that is not http',
      '<title>T</title><link rel="canonical" href="javascript:alert(1)">',
      'T',
      null,
      null,
    ],
  ];
  it.each(metadata)('takes title, url and source from %s', (_what, head, title, url, source) => {
    const article = readArticle(page(head));
    expect(article).toMatchObject({ title, url, source, key: url ?? '/news/a.html' });
  });

  it('derives the title from the body when the page has none', () => {
    expect(readArticle(page('')).title).toBe('The council approved the new bridge on Monday by nine votes to four.');
  });

  it('shows markup in the text as text, never as markup', () => {
    const article = readArticle(
      page(
        '<title>T</title>',
        '<article><p>The sign read &lt;script&gt;alert(1)&lt;/script&gt; in red letters on the wall.</p></article>',
      ),
    );
    expect(article.text).toContain('<script>alert(1)</script>');
  });
});

describe('htmlBlocks', () => {
  // [what it exercises, body html, blocks]
  const cases: Array<[string, string, string[]]> = [
    ['paragraphs', '<p>one</p><p>two</p>', ['one', 'two']],
    ['whitespace collapsed', '<p>  one\n   two  </p>', ['one two']],
    ['line breaks kept', '<p>one<br>two</p>', ['one\ntwo']],
    ['list items and headings', '<h2>Head</h2><ul><li>a</li><li>b <em>c</em></li></ul>', ['Head', 'a', 'b c']],
    ['a quote around a paragraph', '<blockquote><p>said</p></blockquote>', ['said']],
    ['text directly in a div, around a block', '<div>before<p>inside</p>after</div>', ['before', 'inside', 'after']],
    ['table rows', '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>', ['A | B', '1 | 2']],
    ['scripts, styles and forms dropped', '<p>a<script>x()</script><style>p{}</style><button>b</button></p>', ['a']],
    ['preformatted text', '<pre>line one\nline two</pre>', ['line one\nline two']],
    ['inline elements joined', '<p>a <a href="/x">link</a> and <b>bold</b>.</p>', ['a link and bold.']],
  ];
  it.each(cases)('makes blocks of %s', (_what, html, blocks) => {
    expect(htmlBlocks(parseDocument(html).body)).toEqual(blocks);
  });
});
