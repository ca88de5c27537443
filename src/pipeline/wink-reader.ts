// wink-nlp's readDoc made a function of the text alone: the library remembers every out-of-vocabulary word it
// meets and its tokenizer treats a remembered word as known, so without this one article's tokens depended on
// the articles read before it in the same process (and so on which worker it went to). Words of plain letters
// are remembered: the tokenizer keeps such a word whole whether it knows it or not, and what the library learns
// of a word (shape, case, default tag) depends on the word alone.
import winkNLP, { type Document, type Model } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The parts of wink's core model that hold the words it learns (wink-eng-lite-web-model 1.x layout). */
interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}
interface CoreModel {
  features: { lexeme: LexemeFeature };
}

/**
 * Instances are replaced after this many words were learned (kept or forgotten): forgetting a word removes it from
 * the lookup, but wink keeps its slot (its features live in an array that only grows, about 72 bytes a word), so a
 * long run's memory is bounded by starting afresh now and then. An instance costs about 0.35 s to build.
 */
const RENEW_AFTER_WORDS = 500_000;

/**
 * Learned words that are remembered from one article to the next: ASCII letters only. Relearning them cost about a
 * fifth of reading (lookups, shapes and features again for every name in every article); a word with a digit,
 * apostrophe, hyphen or stop may be split differently once known ("ferrel's"), and a letter outside ASCII is left
 * to the library's own category tests, so those are still forgotten.
 */
const REMEMBERED = /^[A-Za-z]+$/;

/**
 * The model's meta model, built once: wink-eng-lite-web-model's metaCER() stringifies its module's value again on
 * every call, so the second instance of a process gets it escaped twice and the twentieth runs out of memory.
 */
let metaCER: unknown = null;

/** The words whose shapes were memoised before the memo starts afresh (a Map of short strings, a few MB at most). */
const SHAPES_KEPT = 100_000;

/**
 * The model's feature extractors with `shape` memoised: every word forgotten after a document is learned again
 * when the next one uses it, and its shape (Unicode normalisation and six regular-expression replacements) is the
 * costly part of learning it. The shape of a word depends on the word alone, so the memo changes nothing.
 */
function memoisedFeatures(featureFn: Model['featureFn']): Model['featureFn'] {
  return ((...args: unknown[]) => {
    const methods = (featureFn as unknown as (...a: unknown[]) => Record<string, unknown>)(...args);
    const shape = methods.shape;
    if (typeof shape !== 'function') return methods;
    const shapes = new Map<string, unknown>();
    methods.shape = (word: string, ...rest: unknown[]) => {
      let v = shapes.get(word);
      if (v === undefined) {
        v = (shape as (w: string, ...r: unknown[]) => unknown)(word, ...rest);
        if (shapes.size >= SHAPES_KEPT) shapes.clear();
        shapes.set(word, v);
      }
      return v;
    };
    return methods;
  }) as unknown as Model['featureFn'];
}

class Reader {
  private nlp!: ReturnType<typeof winkNLP>;
  private lexeme!: LexemeFeature;
  /** Words learned since the instance was built, kept or forgotten. */
  private learned = 0;

  constructor() {
    this.renew();
  }

  private renew(): void {
    let core: CoreModel | null = null;
    // wink builds its model through model.core(); keep a handle on what it builds to reach the learned words
    const watched: Model = {
      ...model,
      core: (() => {
        core = (model.core as unknown as () => CoreModel)();
        return core;
      }) as unknown as Model['core'],
      metaCER: (() => (metaCER ??= (model.metaCER as unknown as () => unknown)())) as unknown as Model['metaCER'],
      featureFn: memoisedFeatures(model.featureFn),
    };
    this.nlp = winkNLP(watched, ['sbd', 'pos']);
    const lexeme = (core as CoreModel | null)?.features?.lexeme;
    if (!lexeme || !Array.isArray(lexeme.list) || typeof lexeme.intrinsicSize !== 'number')
      throw new Error(
        'wink-reader: the language model has an unexpected layout. Expecting wink-eng-lite-web-model 1.x.',
      );
    this.lexeme = lexeme;
    this.learned = 0;
  }

  get its(): ReturnType<typeof winkNLP>['its'] {
    return this.nlp.its;
  }

  /** Reads `text` and hands the document to `use`; the words learned meanwhile are forgotten afterwards, but for
   * the REMEMBERED ones. */
  read<T>(text: string, use: (doc: Document) => T): T {
    if (this.learned > RENEW_AFTER_WORDS) this.renew();
    const mark = this.lexeme.list.length;
    try {
      return use(this.nlp.readDoc(text));
    } finally {
      const { hash, list } = this.lexeme;
      for (let i = Math.max(mark, this.lexeme.intrinsicSize); i < list.length; i++) {
        const word = list[i];
        if (hash[word] === i && !REMEMBERED.test(word)) delete hash[word];
      }
      this.learned += list.length - mark;
    }
  }
}

let reader: Reader | null = null;

/** The shared reader (built on first use: the model costs a few tenths of a second). */
export function winkReader(): Reader {
  reader ??= new Reader();
  return reader;
}
