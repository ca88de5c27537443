// Whether an article writes a name as a person's somewhere: speaking, after a role noun or a courtesy title, or
// with a role noun in an apposition. Positive evidence for names whose shape alone leaves doubt.
import { SPEECH_VERBS } from '../lexicon/speech-cues.js';
import { PROFESSION_NOUNS, ROLE_NOUNS } from '../lexicon/titles.js';
import { low } from './names.js';
import { charAt } from './text-at.js';

/** Words that may open a clause after a name before its speech verb ("Olani has said", "Olani also told"). */
const AUXILIARY = /^\s+(?:(?:has|had|have|also|later|then|again)\s+)*(\p{Ll}+)/u;

/**
 * Whether the article writes `name` somewhere as a person's: the subject of a speech verb ("Varadan said",
 * "said Varadan"), after a role noun or a courtesy title ("chair KP Sharma Olani", "Mr Olani"), or with a role
 * noun in an apposition after it ("BS Kemparaju, a senior legislator,", "X, president of the ..."). Without `speech`, only the last two
 * count (a company speaks too: "GE Capital said"). Occurrences right after `notAfter` and a space are skipped.
 */
export function actsAsPerson(text: string, name: string, speech = true, notAfter = ''): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(charAt(text, at - 1)) || /[\p{L}\p{N}'’]/u.test(charAt(text, end))) continue;
    if (notAfter && text.slice(Math.max(0, at - notAfter.length - 1), at) === `${notAfter} `) continue;
    const after = text.slice(end, end + 60);
    // "billionaire Dallas Mavericks owner Mark Cuban": the name modifies a role of someone else
    const modifier = /^\s+(\p{Ll}+)\s+\p{Lu}/u.exec(after)?.[1];
    if (modifier && (ROLE_NOUNS.has(modifier) || PROFESSION_NOUNS.has(modifier) || modifier === 'owner')) continue;
    const verb = speech ? AUXILIARY.exec(after)?.[1] : undefined;
    if (verb && SPEECH_VERBS.has(verb) && !/^report/.test(verb)) return true;
    const apposition = /^,\s+(?:a|an|the|his|her|its|their)\s+((?:[\p{L}'’-]+\s+){0,3}?)([\p{L}-]+)\s*[,.]/u.exec(
      after,
    );
    if (apposition && (ROLE_NOUNS.has(low(apposition[2])) || PROFESSION_NOUNS.has(low(apposition[2])))) return true;
    // "Jordan Bardell, president of the National Rally,": a role noun of a body, without an article
    const roleOf = /^,\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*)\s+of\s/u.exec(after)?.[1];
    if (roleOf && ROLE_NOUNS.has(roleOf)) return true;
    const before = text.slice(Math.max(0, at - 30), at);
    if (/\b(?:Mr|Mrs|Ms|Dr)\.?\s+$/.test(before) || (speech && /\b(?:said|says|according to)\s+$/.test(before)))
      return true;
    const role = /(?:^|[^\p{L}])(\p{Ll}[\p{L}-]*)\s+$/u.exec(before)?.[1];
    if (role && (ROLE_NOUNS.has(role) || PROFESSION_NOUNS.has(role))) return true;
  }
  return false;
}
