// The text of a DOM subtree as paragraphs: each block element (p, li, blockquote, headings, table rows, ...)
// becomes one block, whitespace collapsed, <br> kept as a line break; scripts, styles and controls are dropped.
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './parse-document.js';

const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL'
  ).split(' '),
);
const SKIPPED_TAGS = new Set(
  'BUTTON CANVAS EMBED HEAD IFRAME INPUT LINK META NOSCRIPT OBJECT SCRIPT SELECT STYLE SVG TEMPLATE TEXTAREA TITLE'.split(
    ' ',
  ),
);
const CELL_TAGS = new Set(['TD', 'TH']);

/** Collapses spaces within lines (keeping <br> line breaks), drops empty lines. */
export function tidyBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function htmlBlocks(root: DomNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const block = tidyBlock(current);
    if (block !== '') blocks.push(block);
    current = '';
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        current += (child.textContent ?? '').replace(/\n/g, ' ');
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as DomElement).tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        if (tag === 'BR') current += '\n';
        else if (tag === 'PRE') {
          flush();
          current = child.textContent ?? '';
          flush();
        } else if (CELL_TAGS.has(tag)) {
          if (tidyBlock(current) !== '') current += ' | ';
          walk(child);
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** Characters of text outside links: a body that is only links (a menu) is no article. */
export function nonLinkTextLength(root: DomNode): number {
  let length = 0;
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) length += (child.textContent ?? '').replace(/\s+/g, '').length;
      else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as DomElement).tagName.toUpperCase();
        if (tag !== 'A' && !SKIPPED_TAGS.has(tag)) walk(child);
      }
    }
  };
  walk(root);
  return length;
}
