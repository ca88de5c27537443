// Table-driven tests of quotations and reported speech: the claim's words, its speaker, its kind and polarity.
import { describe } from 'vitest';
import { CLAIM_CASES, type ClaimCase, type ClaimExpect } from './cases/quotes-and-claims.js';
import { analyse, check, containsWords, describeClaims, isEntity, runCases, type Found } from './helpers.js';

function expectClaim(found: Found, e: ClaimExpect): void {
  const has = Array.isArray(e.has) ? e.has : [e.has];
  const holding = found.claims.filter((c) => has.every((h) => containsWords(c.text, h)));
  const what = `a claim by ${e.by} holding ${has.map((h) => `"${h}"`).join(' and ')}`;
  check(holding.length > 0, what, () => describeClaims(found));
  const byRight = holding.filter((c) => isEntity(c.speakerEntity, e.by));
  check(byRight.length > 0, what, () => describeClaims(found));
  if (e.lacks) {
    const lacks = e.lacks;
    check(
      byRight.some((c) => !containsWords(c.text, lacks)),
      `${what}, without "${lacks}"`,
      () => describeClaims(found),
    );
  }
  if (e.kind)
    check(
      byRight.some((c) => c.kind === e.kind),
      `${what} of kind ${e.kind}`,
      () => describeClaims(found),
    );
  if (e.polarity) {
    check(
      byRight.some((c) => c.polarity === e.polarity),
      `${what} with polarity ${e.polarity}`,
      () => describeClaims(found),
    );
  }
}

function runClaimCase(c: ClaimCase): void {
  const found = analyse(c.text, { title: c.title });
  for (const e of c.claims ?? []) expectClaim(found, e);
  if (c.noClaim) {
    const words = c.noClaim;
    check(!found.claims.some((x) => containsWords(x.text, words)), `no claim holding "${words}"`, () =>
      describeClaims(found),
    );
  }
  if (c.noSpeaker) {
    const words = c.noSpeaker;
    check(
      !found.claims.some((x) => containsWords(x.text, words) && x.speakerEntity !== null),
      `no attributed claim holding "${words}"`,
      () => describeClaims(found),
    );
  }
  if (c.notBy) {
    const { by, has } = c.notBy;
    check(
      found.persons.some((e) => isEntity(e, by)),
      `a person called "${by}" (for the negative case to mean anything)`,
      () => describeClaims(found),
    );
    check(
      !found.claims.some((x) => containsWords(x.text, has) && isEntity(x.speakerEntity, by)),
      `no claim holding "${has}" by ${by}`,
      () => describeClaims(found),
    );
  }
}

describe('quotations and reported speech', () => {
  runCases(CLAIM_CASES, runClaimCase);
});
