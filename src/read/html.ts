// Reads a saved web page: the article body found by Mozilla Readability, as paragraphs; title, date, url and
// source from the page's metadata (Open Graph, article:published_time, <time datetime>, canonical link).
import { Readability } from '@mozilla/readability';
import { buildArticle } from './build-article.js';
import { failed } from './events.js';
import { htmlBlocks, nonLinkTextLength } from './html-blocks.js';
import { normaliseDate } from './normalise-date.js';
import { parseDocument, type DomDocument, type DomElement } from './parse-document.js';
import type { ReadEvent } from './types.js';

/** A body with fewer characters of text outside links than this is a menu or a footer, not an article. */
const MIN_BODY_CHARS = 25;

/** Meta tags (name, property or itemprop, lowercased) that give the publication date, best first. */
const DATE_META = [
  'article:published_time',
  'article:published',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
];

/** Page chrome and advertising slots, removed before Readability looks for the article. */
const CHROME = [
  'nav',
  'footer',
  'aside',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[aria-label="advertisement" i]',
  '.ad, .ads, .advert, .adverts, .advertisement, .adsbygoogle, .sponsored',
  '[class^="ad-"], [class*=" ad-"], [id^="ad-"], [id^="ad_"], [data-ad], [data-ad-slot]',
].join(', ');

export function readHtml(content: string, path: string, maxArticleChars: number): ReadEvent {
  const document = parseDocument(content);
  const meta = metaTags(document);
  const pageTitle = document.title;
  const url = canonicalUrl(document, meta);
  // Read the dates now: Readability rewrites the document.
  const metaDates = DATE_META.map((name) => meta.get(name));
  const timeDates = timeElements(document);
  for (const chrome of Array.from(document.querySelectorAll(CHROME))) chrome.remove();

  const result = new Readability<DomElement>(document as never, {
    serializer: (node) => node as unknown as DomElement,
  }).parse();
  const body = result?.content ?? null;
  if (!body || nonLinkTextLength(body) < MIN_BODY_CHARS) {
    return failed('readHtml', path, 'NO_ARTICLE_BODY', 'has no article body. Expecting a page with an article.');
  }
  const title = firstText(result?.title, meta.get('og:title'), meta.get('twitter:title'), pageTitle);
  return buildArticle(
    'readHtml',
    {
      title,
      body: htmlBlocks(body).join('\n\n'),
      date: firstDate([...metaDates, result?.publishedTime, ...timeDates]),
      url,
      source: firstText(meta.get('og:site_name'), result?.siteName),
      path,
      fallbackKey: path,
    },
    maxArticleChars,
  );
}

/** Every <meta> by its name, property or itemprop (lowercased); the first of a name wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const value = element.getAttribute('content');
    if (value === null || value.trim() === '') continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, value.trim());
    }
  }
  return tags;
}

function timeElements(document: DomDocument): Array<string | null> {
  const marked = Array.from(document.querySelectorAll('[itemprop="datePublished"], time[pubdate]'));
  const times = Array.from(document.querySelectorAll('time[datetime]'));
  return [...marked, ...times].map((e) => e.getAttribute('datetime') ?? e.getAttribute('content') ?? e.textContent);
}

/** The canonical link, else og:url; only absolute http(s) urls (a relative canonical is resolved against og:url). */
function canonicalUrl(document: DomDocument, meta: Map<string, string>): string | null {
  const ogUrl = absoluteUrl(meta.get('og:url'));
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  return absoluteUrl(canonical, ogUrl ?? undefined) ?? ogUrl;
}

function absoluteUrl(href: string | null | undefined, base?: string): string | null {
  if (!href || href.trim() === '') return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function firstDate(candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const date = normaliseDate(candidate);
    if (date !== null) return date;
  }
  return null;
}

function firstText(...values: Array<string | null | undefined>): string | null {
  for (const v of values) if (typeof v === 'string' && v.trim() !== '') return v.replace(/\s+/g, ' ').trim();
  return null;
}
