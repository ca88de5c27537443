import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walk, type WalkEntry } from '../../src/read/walk.js';
import { articlesOf, collect, fixture, scratchFolder } from './helpers.js';

async function entries(root: string): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  for await (const entry of walk(root)) out.push(entry);
  return out;
}
const describeEntry = (e: WalkEntry) => (e.kind === 'file' ? e.path : `${e.kind}:${e.code}:${e.path}`);

describe('walk', () => {
  let scratch: Awaited<ReturnType<typeof scratchFolder>>;
  beforeEach(async () => {
    scratch = await scratchFolder();
  });
  afterEach(() => scratch.remove());
  const at = (...parts: string[]) => join(scratch.path, ...parts);

  it('lists files in sorted order, depth first, skipping hidden files and folders', async () => {
    const root = fixture('mixed');
    expect((await entries(root)).map(describeEntry)).toEqual([
      join(root, 'a.md'),
      join(root, 'b-first.txt'),
      join(root, 'c-second.txt'),
      join(root, 'notes.csv'),
      join(root, 'sub', 'd-third.txt'),
    ]);
  });

  it('sorts by code point, so capitals come before small letters and digits before both', async () => {
    for (const name of ['b.txt', 'B.txt', '10.txt', '9.txt', 'a.txt']) await writeFile(at(name), 'x');
    expect((await entries(scratch.path)).map(describeEntry)).toEqual(
      ['10.txt', '9.txt', 'B.txt', 'a.txt', 'b.txt'].map((n) => at(n)),
    );
  });

  it('follows a symbolic link to a folder, and reports a link back into the walk once as a loop', async () => {
    await mkdir(at('news', 'inner'), { recursive: true });
    await writeFile(at('news', 'inner', 'story.txt'), 'Headline\n\nBody.');
    await mkdir(at('elsewhere'));
    await writeFile(at('elsewhere', 'other.txt'), 'Other\n\nBody.');
    await symlink(at('elsewhere'), at('news', 'linked'));
    await symlink(at('news'), at('news', 'inner', 'loop'));
    expect((await entries(at('news'))).map(describeEntry)).toEqual([
      `skipped:SYMLINK_LOOP:${at('news', 'inner', 'loop')}`,
      at('news', 'inner', 'story.txt'),
      at('news', 'linked', 'other.txt'),
    ]);
  });

  it('reads a folder reached twice only once', async () => {
    await mkdir(at('a'));
    await writeFile(at('a', 'story.txt'), 'Headline\n\nBody.');
    await symlink(at('a'), at('b'));
    expect((await entries(scratch.path)).map(describeEntry)).toEqual([
      at('a', 'story.txt'),
      `skipped:ALREADY_READ:${at('b')}`,
    ]);
  });

  it('reports a symbolic link to nothing', async () => {
    await symlink(at('missing.txt'), at('dangling.txt'));
    expect((await entries(scratch.path)).map(describeEntry)).toEqual([`failed:NOT_FOUND:${at('dangling.txt')}`]);
  });

  it('walks a thousand files in order without stopping', async () => {
    await mkdir(at('many'));
    const names = Array.from({ length: 1000 }, (_, i) => `${String(i).padStart(4, '0')}.txt`);
    await Promise.all(names.map((n) => writeFile(at('many', n), `Story ${n}\n\nBody.`)));
    const articles = articlesOf(await collect([at('many')]));
    expect(articles.map((a) => a.path)).toEqual(names.map((n) => at('many', n)));
  });
});
