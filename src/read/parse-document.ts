// An HTML string to a DOM for Readability: parse5 (the HTML standard's parser, which adds the implied
// <html>, <head> and <body> and repairs misnested tags) normalises the markup, then linkedom builds a fast DOM.
// linkedom alone does not add implied elements: a page without <html> or <body> had no body for Readability.
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

/** The parts of the DOM the readers use (the project compiles without the DOM library types). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomNode {
  readonly title: string;
  readonly body: DomElement;
  readonly documentElement: DomElement;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function parseDocument(html: string): DomDocument {
  return parseHTML(serialize(parse(html))).document as unknown as DomDocument;
}
