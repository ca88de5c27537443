// Table-driven tests of speaker attribution: which person a claim is given to.
import { describe } from 'vitest';
import { SPEAKER_CASES, type SpeakerCase } from './cases/speakers.js';
import { analyse, check, containsWords, describeClaims, isEntity, runCases } from './helpers.js';

function runSpeakerCase(c: SpeakerCase): void {
  const found = analyse(c.text);
  const holding = found.claims.filter((x) => containsWords(x.text, c.has));
  if (c.by) {
    const by = c.by;
    check(
      holding.some((x) => isEntity(x.speakerEntity, by, 'Person')),
      `a claim holding "${c.has}" by ${by}`,
      () => describeClaims(found),
    );
  }
  if (c.notBy) {
    const notBy = c.notBy;
    check(
      found.persons.some((e) => isEntity(e, notBy)),
      `a person called "${notBy}" (for the negative case to mean anything)`,
      () => describeClaims(found),
    );
    check(!holding.some((x) => isEntity(x.speakerEntity, notBy)), `no claim holding "${c.has}" by ${notBy}`, () =>
      describeClaims(found),
    );
  }
  if (c.unattributed) {
    check(!holding.some((x) => x.speakerEntity !== null), `no attributed claim holding "${c.has}"`, () =>
      describeClaims(found),
    );
  }
}

describe('speakers', () => {
  runCases(SPEAKER_CASES, runSpeakerCase);
});
