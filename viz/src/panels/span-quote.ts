// Shows a span of an article inside its sentence, the span itself wrapped in <mark>. The evidence text is
// shown at once; the sentence around it replaces it when the article's text arrives. Built with DOM calls only.
import { append, clear, h } from '../dom.js';
import { locateEvidence, sentenceAround } from '../evidence.js';

export function spanQuote(
  articleText: (id: string) => Promise<string | null>,
  articleId: string,
  start: number,
  end: number,
  evidence: string,
): HTMLElement {
  const quote = h('blockquote', null, h('mark', null, evidence));
  const wrapper = h('div', { className: 'span-quote' }, quote);
  void articleText(articleId).then((text) => {
    if (text === null) {
      append(
        wrapper,
        h('div', { className: 'warn' }, 'The article text could not be loaded: showing the evidence alone.'),
      );
      return;
    }
    const located = locateEvidence(text, start, end, evidence);
    if (located.status === 'missing') {
      append(
        wrapper,
        h(
          'div',
          { className: 'warn' },
          'This evidence is not in the stored article text (the article may have changed).',
        ),
      );
      return;
    }
    const sentence = sentenceAround(text, located.start, located.end);
    if (!sentence) return;
    clear(quote);
    append(
      quote,
      sentence.clippedBefore ? '… ' : '',
      sentence.before,
      h('mark', { dataset: { start: located.start, end: located.end } }, sentence.match),
      sentence.after,
      sentence.clippedAfter ? ' …' : '',
    );
    if (located.status === 'moved') {
      append(
        wrapper,
        h('div', { className: 'warn' }, 'The stored offsets did not match the text: showing the nearest occurrence.'),
      );
    }
  });
  return wrapper;
}
