// Reads a Markdown article: YAML front matter (title, date, url, source), and the body turned into plain prose
// with marked's lexer (headings, emphasis, links as their text, list items, quotes), one block a paragraph.
import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { buildArticle } from './build-article.js';
import { failed } from './events.js';
import { splitFrontMatter } from './front-matter.js';
import { htmlBlocks, tidyBlock } from './html-blocks.js';
import { normaliseDate } from './normalise-date.js';
import { parseDocument } from './parse-document.js';
import type { ReadEvent } from './types.js';

export function readMarkdown(content: string, path: string, maxArticleChars: number): ReadEvent {
  const front = splitFrontMatter(content);
  if (!front.ok) {
    return failed(
      'readMarkdown',
      path,
      'MALFORMED',
      `has front matter that is not valid YAML (${front.error}). Expecting YAML between --- lines.`,
    );
  }
  const { blocks, firstHeading } = markdownBlocks(front.body);
  let title = scalarText(front.data.title);
  if (title === null && firstHeading !== null) {
    // The first heading is the title: it moves to the front of the text instead of appearing twice.
    title = blocks[firstHeading];
    blocks.splice(firstHeading, 1);
  }
  return buildArticle(
    'readMarkdown',
    {
      title,
      body: blocks.join('\n\n'),
      date: normaliseDate(front.data.date),
      url: scalarText(front.data.url),
      source: scalarText(front.data.source),
      path,
      fallbackKey: path,
    },
    maxArticleChars,
  );
}

/** The plain-text blocks of a Markdown document, and which of them came from its first heading (or null). */
export function markdownBlocks(markdown: string): { blocks: string[]; firstHeading: number | null } {
  const blocks: string[] = [];
  let firstHeading: number | null = null;
  const push = (text: string) => {
    const block = tidyBlock(text);
    if (block !== '') blocks.push(block);
    return block !== '';
  };
  const walk = (tokens: Token[], topLevel: boolean) => {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading':
          if (push(inline(token.tokens ?? [])) && topLevel && firstHeading === null) firstHeading = blocks.length - 1;
          break;
        case 'paragraph':
          push(inline(token.tokens ?? []));
          break;
        case 'text':
          push(token.tokens ? inline(token.tokens) : decodeHTML(token.text));
          break;
        case 'list':
          for (const item of (token as Tokens.List).items) walk(item.tokens, false);
          break;
        case 'blockquote':
          walk(token.tokens ?? [], false);
          break;
        case 'code':
          push(token.text);
          break;
        case 'table': {
          const table = token as Tokens.Table;
          for (const row of [table.header, ...table.rows]) push(row.map((cell) => inline(cell.tokens)).join(' | '));
          break;
        }
        case 'html':
          for (const block of htmlBlocks(parseDocument(token.text).body)) push(block);
          break;
        case 'space':
        case 'hr':
        case 'def':
          break;
        default:
          if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens, false);
          else if ('text' in token && typeof token.text === 'string') push(token.text);
      }
    }
  };
  walk(Lexer.lex(markdown), true);
  return { blocks, firstHeading };
}

/** Inline tokens to text: emphasis and links keep their words, images and inline HTML tags go, <br> breaks. */
function inline(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        out += token.tokens ? inline(token.tokens) : decodeHTML(token.text).replace(/\n/g, ' ');
        break;
      case 'escape':
      case 'codespan':
        out += token.text;
        break;
      case 'br':
        out += '\n';
        break;
      case 'html':
        // Inline tags go, their text stays (it comes as separate tokens); a <br> still breaks the line.
        if (/^<br\s*\/?>$/i.test(token.text.trim())) out += '\n';
        break;
      case 'image':
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) out += inline(token.tokens);
        else if ('text' in token && typeof token.text === 'string') out += token.text;
    }
  }
  return out;
}

/** A front-matter value as text: strings and numbers (`title: 1984`), else null. */
function scalarText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
