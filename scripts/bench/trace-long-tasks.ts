import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright-core';
import { AREA_IDS, watchDashboard, type BenchWindow } from './page-loads';

/**
 * A main-thread task that would take 50 ms or more on the slowed CPU Lighthouse's mobile preset simulates: its
 * thread CPU time times TRACE_CPU_SLOWDOWN. CPU time, unlike wall time, hardly grows when others load the machine.
 */
export interface LongTask {
  startMs: number;
  /** Wall time in this trace (unthrottled, but stretched by other work on the machine). */
  durationMs: number;
  /** CPU time of the main thread in the task. */
  cpuMs: number;
  /** cpuMs × TRACE_CPU_SLOWDOWN: the task as a mid-range phone would run it. */
  estimatedMs: number;
  /** What started the task: the outermost traced event inside it, with its script and function when known. */
  cause: string;
  /** CPU time React spent rendering and committing inside the task, from the CPU profile's stacks. */
  reactRenderMs: number;
  reactCommitMs: number;
  styleLayoutMs: number;
  /** The functions that used most of the task's CPU time themselves (source-mapped where a map exists). */
  topFunctions: { name: string; ms: number }[];
}

export interface TraceSummary {
  settings: string;
  firstContentfulPaintMs: number | undefined;
  /** Sum over long tasks after first contentful paint of their estimated time beyond 50 ms: TBT as Lighthouse's
   * simulation would count it from this trace (without its network model, so only an indication). */
  blockingMs: number;
  longTasks: LongTask[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}

/** The CPU slowdown Lighthouse's mobile preset simulates; the viewport of a mid-range phone. */
export const TRACE_CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 412, height: 823 };
const LONG_TASK_US = 50_000;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
];

const REACT_COMMIT =
  /^(commitRoot|commitRootImpl|commitMutationEffects|commitLayoutEffects|flushLayoutEffects|flushMutationEffects|flushPassiveEffects|flushSpawnedWork)/;
const REACT_RENDER =
  /^(renderRootSync|renderRootConcurrent|workLoopSync|workLoopConcurrent|performUnitOfWork|beginWork|completeWork|hydrateRoot)/;
const CAUSES = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compileModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'ParseHTML',
  'EventDispatch',
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'PrePaint',
  'HandlePostMessage',
  'XHRReadyStateChange',
  'ResourceReceivedData',
]);

/** Maps a position in a built file back to the source through the build's hidden source maps. */
class SourceNames {
  private readonly maps = new Map<string, TraceMap | undefined>();
  constructor(
    private readonly outDir: string,
    private readonly origin: string,
  ) {}

  private async map(url: string): Promise<TraceMap | undefined> {
    if (!url.startsWith(this.origin)) return undefined;
    const file = path.join(this.outDir, new URL(url).pathname);
    if (!this.maps.has(file)) {
      try {
        this.maps.set(file, new TraceMap(await readFile(`${file}.map`, 'utf8')));
      } catch {
        this.maps.set(file, undefined);
      }
    }
    return this.maps.get(file);
  }

  /** "functionName (source:line)", with the original name where the map has one. */
  async describe(raw: Partial<CallFrame>): Promise<{ label: string; name: string }> {
    const frame: CallFrame = {
      functionName: raw.functionName ?? '',
      url: raw.url ?? '',
      lineNumber: raw.lineNumber ?? 0,
      columnNumber: raw.columnNumber ?? 0,
    };
    const file = frame.url.split('/').pop() ?? frame.url;
    const fallbackName = frame.functionName || '(anonymous)';
    if (!frame.url) return { label: fallbackName, name: fallbackName };
    const map = await this.map(frame.url);
    if (!map) return { label: `${fallbackName} (${file}:${frame.lineNumber + 1})`, name: fallbackName };
    const original = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    const source = (original.source ?? file).replace(/^.*?node_modules\//, '').replace(/^(\.\.\/)+/, '');
    const name = original.name ?? fallbackName;
    return { label: `${name} (${source}:${original.line ?? '?'})`, name };
  }
}

/** The page's renderer main thread: the one that parsed the page's HTML (the browser may run other renderers, e.g. a new tab page). */
function mainThread(events: readonly TraceEvent[], origin: string): { pid: number; tid: number } {
  const parse = events.find((event) => {
    const args = event.args as { beginData?: { url?: string } } | undefined;
    return event.name === 'ParseHTML' && args?.beginData?.url?.startsWith(origin) === true;
  });
  if (parse) return { pid: parse.pid, tid: parse.tid };
  throw new Error(`the trace has no renderer that parsed a page of ${origin}`);
}

interface Sample {
  ts: number;
  ms: number;
  node: number;
}

/** The CPU profile of the main thread: its nodes and one entry per sample, with the time until the next. */
function cpuProfile(events: readonly TraceEvent[], thread: { pid: number; tid: number }) {
  const profiles = events.filter((event) => event.name === 'Profile' && event.pid === thread.pid);
  const profile = profiles.find((event) => event.tid === thread.tid) ?? profiles[0];
  const nodes = new Map<number, ProfileNode>();
  const samples: Sample[] = [];
  if (!profile) return { nodes, samples };
  let ts = Number(profile.args?.data?.startTime ?? profile.ts);
  const chunks = events.filter(
    (event) => event.name === 'ProfileChunk' && event.pid === profile.pid && event.id === profile.id,
  );
  for (const chunk of chunks) {
    const data = chunk.args?.data as
      { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((node, index) => {
      ts += deltas[index] ?? 0;
      samples.push({ ts, ms: 0, node });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  samples.forEach((sample, index) => {
    const next = samples[index + 1];
    sample.ms = next ? Math.min(next.ts - sample.ts, 10_000) / 1000 : 0;
  });
  return { nodes, samples };
}

const IGNORED_FRAMES = new Set(['(idle)', '(program)', '(root)']);

async function summarise(
  events: TraceEvent[],
  outDir: string,
  origin: string,
): Promise<Omit<TraceSummary, 'settings'>> {
  const thread = mainThread(events, origin);
  const onMain = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid);
  const navigationStart =
    onMain.find((event) => event.name === 'navigationStart')?.ts ??
    events.find((event) => event.name === 'TracingStartedInBrowser')?.ts ??
    Math.min(...onMain.map((event) => event.ts));
  const fcp = onMain.find((event) => event.name === 'firstContentfulPaint')?.ts;
  const names = new SourceNames(outDir, origin);
  const { nodes, samples } = cpuProfile(events, thread);
  const frameNames = new Map<number, { label: string; name: string }>();
  const nameOf = async (id: number) => {
    const node = nodes.get(id);
    if (!node) return { label: '(unknown)', name: '(unknown)' };
    if (!frameNames.has(id)) frameNames.set(id, await names.describe(node.callFrame));
    return frameNames.get(id) ?? { label: '(unknown)', name: '(unknown)' };
  };

  const cpuOf = (event: TraceEvent) => (event as TraceEvent & { tdur?: number }).tdur ?? event.dur ?? 0;
  const tasks = onMain
    .filter(
      (event) => event.name === 'RunTask' && event.ph === 'X' && cpuOf(event) * TRACE_CPU_SLOWDOWN >= LONG_TASK_US,
    )
    .sort((a, b) => a.ts - b.ts);
  const longTasks: LongTask[] = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter(
      (event) => event.ph === 'X' && event.ts >= task.ts && event.ts < end && event !== task,
    );
    const outer = inside
      .filter((event) => CAUSES.has(event.name))
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))[0];
    const data = outer?.args?.data ?? {};
    const url = typeof data.url === 'string' && data.url ? (data.url.split('/').pop() ?? '') : '';
    const functionName = typeof data.functionName === 'string' && data.functionName ? data.functionName : '';
    let cause = outer?.name ?? 'task';
    if (outer?.name === 'FunctionCall' && url) {
      const described = await names.describe({
        functionName,
        url: String(data.url),
        lineNumber: Number(data.lineNumber ?? 1) - 1,
        columnNumber: Number(data.columnNumber ?? 1) - 1,
      });
      cause = `FunctionCall ${described.label}`;
    } else if (url) cause = `${cause} ${url}`;
    const styleLayoutMs =
      inside
        .filter((event) => event.name === 'Layout' || event.name === 'UpdateLayoutTree')
        .reduce((sum, event) => sum + cpuOf(event), 0) / 1000;

    let reactRenderMs = 0;
    let reactCommitMs = 0;
    const self = new Map<string, number>();
    const inTask = samples.filter((sample) => sample.ts >= task.ts && sample.ts < end);
    // Samples are taken on wall time; scaled so the task's samples add up to its CPU time.
    const sampled = inTask.reduce((sum, sample) => sum + sample.ms, 0);
    const scale = sampled > 0 ? cpuOf(task) / 1000 / sampled : 0;
    for (const { node, ms: wallMs } of inTask) {
      const sample = { node, ms: wallMs * scale };
      const leaf = await nameOf(sample.node);
      if (IGNORED_FRAMES.has(leaf.name)) continue;
      self.set(leaf.label, (self.get(leaf.label) ?? 0) + sample.ms);
      let phase: 'render' | 'commit' | undefined;
      for (let id: number | undefined = sample.node; id !== undefined; id = nodes.get(id)?.parent) {
        const { name } = await nameOf(id);
        if (REACT_COMMIT.test(name)) phase = 'commit';
        else if (REACT_RENDER.test(name)) phase ??= 'render';
      }
      if (phase === 'commit') reactCommitMs += sample.ms;
      if (phase === 'render') reactRenderMs += sample.ms;
    }
    longTasks.push({
      startMs: (task.ts - navigationStart) / 1000,
      durationMs: (task.dur ?? 0) / 1000,
      cpuMs: cpuOf(task) / 1000,
      estimatedMs: (cpuOf(task) * TRACE_CPU_SLOWDOWN) / 1000,
      cause,
      reactRenderMs,
      reactCommitMs,
      styleLayoutMs,
      topFunctions: [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name, ms]) => ({ name, ms })),
    });
  }
  const blockingMs = tasks
    .filter((task) => fcp === undefined || task.ts >= fcp)
    .reduce((sum, task) => sum + Math.max(0, cpuOf(task) * TRACE_CPU_SLOWDOWN - LONG_TASK_US) / 1000, 0);
  return {
    firstContentfulPaintMs: fcp === undefined ? undefined : (fcp - navigationStart) / 1000,
    blockingMs,
    longTasks,
  };
}

export interface TraceOptions {
  url: string;
  /** The built directory served at the URL's origin, with its hidden source maps. */
  outDir: string;
  chromiumPath: string;
  chromiumArgs: readonly string[];
  /** Where to keep the raw trace, to open it in DevTools' Performance panel. */
  saveTraceTo?: string;
  timeoutMs?: number;
}

/**
 * One cold load traced by Chromium, unthrottled like Lighthouse's own observed run; the tasks are then slowed on paper
 * as Lighthouse's simulation does. CPU time moves less with other work on the machine than scores do, and the trace
 * says where it went.
 */
export async function traceLongTasks(options: TraceOptions): Promise<TraceSummary> {
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: [...options.chromiumArgs] });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.addInitScript(watchDashboard, AREA_IDS);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let trace: Buffer;
    try {
      await page.goto(options.url, { waitUntil: 'commit', timeout: options.timeoutMs ?? 60_000 });
      await page.waitForFunction(() => (window as BenchWindow).__bench?.allAreasMs !== undefined, undefined, {
        timeout: options.timeoutMs ?? 60_000,
        polling: 100,
      });
      // Charts near the first screen and idle work land after the areas fill; Lighthouse waits for them too.
      await page.waitForTimeout(3000);
    } finally {
      trace = await browser.stopTracing();
    }
    if (options.saveTraceTo) await writeFile(options.saveTraceTo, trace);
    const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
    const summary = await summarise(traceEvents, options.outDir, new URL(options.url).origin);
    return {
      settings: `${VIEWPORT.width}×${VIEWPORT.height}, one cold load, main-thread CPU time × ${TRACE_CPU_SLOWDOWN} as Lighthouse's mobile simulation`,
      ...summary,
    };
  } finally {
    await browser.close();
  }
}

const round = (ms: number) => `${Math.round(ms)} ms`;

/** Lines for the printed report, longest tasks first. */
export function formatLongTasks(summary: TraceSummary, limit = 8): string[] {
  const header = `Long tasks (${summary.settings}): ${summary.longTasks.length}, est. blocking ${round(summary.blockingMs)} after FCP${
    summary.firstContentfulPaintMs === undefined ? '' : ` at ${round(summary.firstContentfulPaintMs)}`
  }`;
  const lines = [...summary.longTasks]
    .sort((a, b) => b.estimatedMs - a.estimatedMs)
    .slice(0, limit)
    .map((task) => {
      const react = [
        task.reactRenderMs >= 1 ? `React render ${round(task.reactRenderMs)}` : '',
        task.reactCommitMs >= 1 ? `React commit ${round(task.reactCommitMs)}` : '',
        task.styleLayoutMs >= 1 ? `style+layout ${round(task.styleLayoutMs)}` : '',
      ].filter(Boolean);
      const top = task.topFunctions.map((fn) => `${fn.name} ${round(fn.ms)}`).join('; ');
      return `  est. ${round(task.estimatedMs).padStart(7)} (CPU ${round(task.cpuMs)}, wall ${round(task.durationMs)}) at ${round(task.startMs)}  ${task.cause}${
        react.length > 0 ? ` | ${react.join(', ')}` : ''
      }${top ? ` | self: ${top}` : ''}`;
    });
  return [header, ...lines];
}
