// Helpers for the reader tests: run readArticles to the end, make and remove scratch folders.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../../src/read/read-articles.js';
import type { ReadEvent, SourceArticle } from '../../src/read/types.js';

export const FIXTURES = resolve(fileURLToPath(import.meta.url), '../../fixtures/read');
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

export async function collect(inputs: string[], maxArticleChars = 1_000_000): Promise<ReadEvent[]> {
  const events: ReadEvent[] = [];
  for await (const event of readArticles(inputs, { maxArticleChars })) events.push(event);
  return events;
}

export function articlesOf(events: ReadEvent[]): SourceArticle[] {
  return events.flatMap((e) => (e.kind === 'article' ? [e.article] : []));
}

/** The only event of a one-file read. */
export async function only(input: string, maxArticleChars?: number): Promise<ReadEvent> {
  const events = await collect([input], maxArticleChars);
  if (events.length !== 1) throw new Error(`expected one event, got ${JSON.stringify(events)}`);
  return events[0];
}

export async function onlyArticle(input: string, maxArticleChars?: number): Promise<SourceArticle> {
  const event = await only(input, maxArticleChars);
  if (event.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(event)}`);
  return event.article;
}

export async function scratchFolder(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'kg-read-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
