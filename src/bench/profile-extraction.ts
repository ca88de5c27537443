// Where extraction time goes, on one core: wall time per pipeline step (the steps run here one by one, as
// analyseArticle runs them), and a V8 CPU profile of the same work summed by source file and npm package.
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { articleId } from '../model/ids.js';
import { DEFAULT_EXTRACT_OPTIONS, STEPS, extractArticle } from '../pipeline/index.js';
import { ArticleDoc } from '../pipeline/article-doc.js';
import { buildGraph } from '../pipeline/steps/build-graph.js';
import type { SourceArticle } from '../read/types.js';
import { round } from './stats.js';

export interface StepTime {
  step: string;
  seconds: number;
  share: number;
}

export interface ProfileEntry {
  where: string;
  selfSeconds: number;
  share: number;
}

export interface ExtractionProfile {
  articles: number;
  steps: StepTime[];
  /** Self time by file (our sources) or package (node_modules), the largest first. */
  hotspots: ProfileEntry[];
}

/** Times each step of the pipeline over the articles (one core, this thread). */
export function timeSteps(articles: SourceArticle[]): StepTime[] {
  const totals = new Map<string, number>(STEPS.map(([name]) => [name, 0]));
  totals.set('build-graph', 0);
  const options = DEFAULT_EXTRACT_OPTIONS;
  for (const source of articles) {
    let doc = new ArticleDoc(source, articleId(source.text));
    for (const [name, step] of STEPS) {
      const t0 = performance.now();
      try {
        doc = step(doc, options);
      } catch {
        // analyseArticle records the error and goes on; the profile only times.
      }
      totals.set(name, totals.get(name)! + performance.now() - t0);
    }
    const t0 = performance.now();
    buildGraph(doc);
    totals.set('build-graph', totals.get('build-graph')! + performance.now() - t0);
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals]
    .map(([step, ms]) => ({ step, seconds: round(ms / 1000), share: round(ms / all) }))
    .sort((a, b) => b.seconds - a.seconds);
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A profile frame's place: `npm:package`, a file of ours (dist/ or src/, without extension), or node. */
export function placeOf(url: string): string {
  if (!url) return '(native)';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return `npm:${pkg[1]}`;
  if (file.startsWith(ROOT))
    return file
      .slice(ROOT.length)
      .replace(/^(dist|src)\//, '')
      .replace(/\.(js|ts)$/, '');
  if (file.startsWith('node:')) return 'node';
  return file;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string; functionName: string }; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
}

const VM_FRAMES = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);

/**
 * Sums a V8 CPU profile's self time by place. Built-ins (RegExp, String, Array methods: frames without a file)
 * count for the nearest caller that has one, so a step's regular expressions count for that step.
 */
export function summarizeProfile(profile: CpuProfile, top = 15): ProfileEntry[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const placeCache = new Map<number, string>();
  const placeOfNode = (id: number): string => {
    const cached = placeCache.get(id);
    if (cached) return cached;
    const node = byId.get(id)!;
    let place: string;
    if (node.callFrame.url) place = placeOf(node.callFrame.url);
    else if (VM_FRAMES.has(node.callFrame.functionName)) place = node.callFrame.functionName;
    else {
      const up = parent.get(id);
      place = up === undefined ? '(native)' : placeOfNode(up);
    }
    placeCache.set(id, place);
    return place;
  };
  const placeById = new Map(profile.nodes.map((n) => [n.id, placeOfNode(n.id)]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const place = placeById.get(samples[i]) ?? '(unknown)';
    self.set(place, (self.get(place) ?? 0) + (deltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, us]) => ({ where, selfSeconds: round(us / 1e6), share: round(us / total) }));
}

/** Runs the pipeline over the articles under the V8 profiler (this thread). */
export async function profileExtraction(articles: SourceArticle[]): Promise<ProfileEntry[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
    for (const a of articles) extractArticle(a);
    const { profile } = await session.post('Profiler.stop');
    return summarizeProfile(profile as CpuProfile);
  } finally {
    session.disconnect();
  }
}

export async function extractionProfile(articles: SourceArticle[]): Promise<ExtractionProfile> {
  return { articles: articles.length, steps: timeSteps(articles), hotspots: await profileExtraction(articles) };
}
