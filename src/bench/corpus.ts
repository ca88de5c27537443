// Which articles the bench reads: BBC politics and PolNeAR train from ../shared/corpus when present (found in
// the folders above the package and the working directory), else a corpus generated from our own examples.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.js';

export interface CorpusPart {
  name: string;
  files: string[];
  bytes: number;
}

export interface Corpus {
  /** What it is, for the table: "bbc-politics + polnear/train" or "generated (N articles)". */
  name: string;
  generated: boolean;
  parts: CorpusPart[];
  files: string[];
  bytes: number;
}

const ARTICLE_FILE = /\.(txt|md|markdown|html?|jsonl)$/i;
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The article files of a folder (recursively), sorted; annotation files and the like are left out. */
export function articleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && ARTICLE_FILE.test(e.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

export function partOf(name: string, files: string[]): CorpusPart {
  return { name, files, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0) };
}

/** `shared/corpus` in the nearest folder above `from` (or `from` itself) that has one. */
export function findSharedCorpus(from: string[] = [PACKAGE_ROOT, process.cwd()]): string | null {
  for (const start of from) {
    let dir = path.resolve(start);
    for (;;) {
      const candidate = path.join(dir, 'shared', 'corpus');
      if (fs.existsSync(candidate) && fs.statSync(candidate).isDirectory()) return candidate;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return null;
}

export function corpusOf(parts: CorpusPart[], generated: boolean): Corpus {
  return {
    name: parts.map((p) => p.name).join(' + '),
    generated,
    parts,
    files: parts.flatMap((p) => p.files),
    bytes: parts.reduce((n, p) => n + p.bytes, 0),
  };
}

export interface SelectCorpusOptions {
  /** Folders given on the command line (each a part); overrides the shared corpus. */
  folders?: string[];
  /** Use a generated corpus even when the shared one is there. */
  generate?: boolean;
  /** Articles to generate (default 300). */
  generatedArticles?: number;
  /** Where to write a generated corpus. */
  tempDir: string;
}

export async function selectCorpus(options: SelectCorpusOptions): Promise<Corpus> {
  if (options.folders?.length) {
    return corpusOf(
      options.folders.map((f) => partOf(path.basename(path.resolve(f)), articleFiles(f))),
      false,
    );
  }
  const shared = options.generate ? null : findSharedCorpus();
  if (shared) {
    const parts = ['bbc-politics', path.join('polnear', 'train')]
      .filter((p) => fs.existsSync(path.join(shared, p)))
      .map((p) => partOf(p, articleFiles(path.join(shared, p))))
      .filter((p) => p.files.length > 0);
    if (parts.length) return corpusOf(parts, false);
  }
  const count = options.generatedArticles ?? 300;
  const dir = path.join(options.tempDir, 'generated-corpus');
  const files = await generateCorpus(dir, count);
  return corpusOf([partOf(`generated (${count} articles from examples/)`, files)], true);
}
