import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Browser } from 'playwright-core';
import { coldLoad } from './page-loads';

// A task is long when its main-thread CPU time × 4 (Lighthouse's mobile CPU slowdown) is 50 ms or more. CPU time,
// unlike wall time, hardly grows when others load the machine.
const SLOWDOWN = 4;
const LONG_TASK_US = 50_000;
const SETTINGS = `412×823, one cold load, main-thread CPU time × ${SLOWDOWN} as Lighthouse's mobile simulation`;
const traceCategories = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'].concat(
  ['devtools.timeline', 'v8.cpu_profiler'].map((category) => `disabled-by-default-${category}`),
);
const REACT_COMMIT =
  /^(commitRoot|commitRootImpl|commitMutationEffects|commitLayoutEffects|flushLayoutEffects|flushMutationEffects|flushPassiveEffects|flushSpawnedWork)/;
const REACT_RENDER =
  /^(renderRootSync|renderRootConcurrent|workLoopSync|workLoopConcurrent|performUnitOfWork|beginWork|completeWork|hydrateRoot)/;
/** Traced events that start work: the outermost one in a task is what started it. */
const CAUSES = new Set([
  ...'EvaluateScript v8.evaluateModule v8.compileModule FunctionCall TimerFire FireAnimationFrame'.split(' '),
  ...'FireIdleCallback RunMicrotasks ParseHTML EventDispatch Layout UpdateLayoutTree Paint PrePaint'.split(' '),
  ...'HandlePostMessage XHRReadyStateChange ResourceReceivedData'.split(' '),
]);
const IGNORED_FRAMES = new Set(['(idle)', '(program)', '(root)']);

/** dur and tdur: wall and thread (CPU) time in µs. */
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number } & {
  id?: string;
  args?: { data?: Record<string, unknown>; beginData?: { url?: string } };
};
type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; parent?: number };

/** "functionName (source:line)" through the build's hidden source maps, with the original name where a map has one. */
function sourceNamer(outDir: string, origin: string) {
  const maps = new Map<string, Promise<TraceMap | undefined>>();
  const load = async (file: string) => new TraceMap(await readFile(`${file}.map`, 'utf8'));
  const mapOf = (file: string) => {
    const map = maps.get(file) ?? load(file).catch(() => undefined);
    maps.set(file, map);
    return map;
  };
  return async ({ functionName = '', url = '', lineNumber = 0, columnNumber = 0 }: Partial<CallFrame>) => {
    const name = functionName || '(anonymous)';
    const file = url.split('/').pop() ?? url;
    const built = url.startsWith(origin) ? path.join(outDir, new URL(url).pathname) : '';
    const map = built ? await mapOf(built) : undefined;
    if (!map) return { name, label: url ? `${name} (${file}:${lineNumber + 1})` : name };
    const original = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
    const source = (original.source ?? file).replace(/^.*?node_modules\//, '').replace(/^(\.\.\/)+/, '');
    return { name: original.name ?? name, label: `${original.name ?? name} (${source}:${original.line ?? '?'})` };
  };
}

/** The main thread's CPU profile: its nodes, and its samples with the wall time each stands for. */
function cpuProfile(events: readonly TraceEvent[], { pid, tid }: TraceEvent) {
  const profiles = events.filter((event) => event.name === 'Profile' && event.pid === pid);
  const profile = profiles.find((event) => event.tid === tid) ?? profiles[0];
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; ms: number; node: number }[] = [];
  let ts = Number(profile?.args?.data?.startTime ?? profile?.ts);
  for (const chunk of events.filter((event) => event.name === 'ProfileChunk' && event.id === profile?.id)) {
    type Chunk = { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    const { cpuProfile: { nodes: added = [], samples: ids = [] } = {}, timeDeltas = [] } = chunk.args?.data as Chunk;
    if (chunk.pid !== pid) continue;
    for (const node of added) nodes.set(node.id, node);
    ids.forEach((node, index) => samples.push({ ts: (ts += timeDeltas[index] ?? 0), ms: 0, node }));
  }
  samples.sort((a, b) => a.ts - b.ts);
  samples.forEach((sample, index) => {
    sample.ms = Math.min((samples[index + 1]?.ts ?? sample.ts) - sample.ts, 10_000) / 1000;
  });
  return { nodes, samples };
}

async function summarise(events: TraceEvent[], outDir: string, origin: string) {
  // The page's renderer main thread: the one that parsed the page's HTML (a new tab page may run in another).
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url?.startsWith(origin));
  if (!parse) throw new Error(`the trace has no renderer that parsed a page of ${origin}`);
  const onMain = events.filter((event) => event.pid === parse.pid && event.tid === parse.tid);
  const navigationStart =
    onMain.find((event) => event.name === 'navigationStart')?.ts ??
    events.find((event) => event.name === 'TracingStartedInBrowser')?.ts ??
    Math.min(...onMain.map((event) => event.ts));
  const fcp = onMain.find((event) => event.name === 'firstContentfulPaint')?.ts;
  const describe = sourceNamer(outDir, origin);
  const { nodes, samples } = cpuProfile(events, parse);
  const frameNames = new Map<number, Promise<{ label: string; name: string }>>();
  const nameOf = (id: number) => {
    const named = frameNames.get(id) ?? describe(nodes.get(id)?.callFrame ?? { functionName: '(unknown)' });
    frameNames.set(id, named);
    return named;
  };
  const cpuUs = (event: TraceEvent) => event.tdur ?? event.dur ?? 0;
  const tasks = onMain
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && cpuUs(event) * SLOWDOWN >= LONG_TASK_US)
    .sort((a, b) => a.ts - b.ts);
  const longTasks = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((event) => event.ph === 'X' && event.ts >= task.ts && event.ts < end);
    const outer = inside
      .filter((event) => CAUSES.has(event.name))
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))[0];
    const data = (outer?.args?.data ?? {}) as { url?: string; functionName?: string } & Record<string, unknown>;
    let cause = `${outer?.name ?? 'task'}${data.url ? ` ${data.url.split('/').pop()}` : ''}`;
    if (outer?.name === 'FunctionCall' && data.url) {
      const [lineNumber, columnNumber] = [data.lineNumber, data.columnNumber].map((at) => Number(at ?? 1) - 1);
      cause = `FunctionCall ${(await describe({ ...data, lineNumber, columnNumber })).label}`;
    }
    const styleLayout = inside.filter((event) => event.name === 'Layout' || event.name === 'UpdateLayoutTree');
    const phases = { render: 0, commit: 0 };
    const self = new Map<string, number>();
    const inTask = samples.filter((sample) => sample.ts >= task.ts && sample.ts < end);
    // Samples are taken on wall time; scaled so the task's samples add up to its CPU time.
    const sampled = inTask.reduce((sum, sample) => sum + sample.ms, 0);
    for (const sample of inTask) {
      const ms = sampled > 0 ? (sample.ms * cpuUs(task)) / 1000 / sampled : 0;
      const leaf = await nameOf(sample.node);
      if (IGNORED_FRAMES.has(leaf.name)) continue;
      self.set(leaf.label, (self.get(leaf.label) ?? 0) + ms);
      let phase: keyof typeof phases | undefined;
      for (let id: number | undefined = sample.node; id !== undefined; id = nodes.get(id)?.parent) {
        const { name } = await nameOf(id);
        if (REACT_COMMIT.test(name)) phase = 'commit';
        else if (REACT_RENDER.test(name)) phase ??= 'render';
      }
      if (phase) phases[phase] += ms;
    }
    longTasks.push({
      startMs: (task.ts - navigationStart) / 1000,
      /** Wall time in this trace (unthrottled, but stretched by other work on the machine). */
      durationMs: (task.dur ?? 0) / 1000,
      cpuMs: cpuUs(task) / 1000,
      estimatedMs: (cpuUs(task) * SLOWDOWN) / 1000,
      cause,
      reactRenderMs: phases.render,
      reactCommitMs: phases.commit,
      styleLayoutMs: styleLayout.reduce((sum, event) => sum + cpuUs(event), 0) / 1000,
      /** The functions that used most of the task's CPU time themselves. */
      topFunctions: [...self].sort((a, b) => b[1] - a[1]).slice(0, 3),
    });
  }
  // TBT as Lighthouse's simulation would count it from this trace (without its network model: an indication only).
  const blockingUs = tasks
    .filter((task) => fcp === undefined || task.ts >= fcp)
    .reduce((sum, task) => sum + Math.max(0, cpuUs(task) * SLOWDOWN - LONG_TASK_US), 0);
  const fcpMs = fcp === undefined ? undefined : (fcp - navigationStart) / 1000;
  return { firstContentfulPaintMs: fcpMs, blockingMs: blockingUs / 1000, longTasks };
}

export type TraceSummary = Awaited<ReturnType<typeof summarise>>;

/** One cold load traced with its CPU profile, unthrottled like Lighthouse's observed run; the raw trace to `saveTo`. */
export async function traceLongTasks(browser: Browser, url: string, outDir: string, saveTo: string, errors: string[]) {
  const phone = {
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    traceCategories,
  };
  const { trace = Buffer.from('{}') } = await coldLoad(browser, url, errors, phone);
  await writeFile(saveTo, trace);
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  return summarise(traceEvents, outDir, new URL(url).origin);
}

const round = (ms: number) => `${Math.round(ms)} ms`;

/** Lines for the printed report, longest tasks first. */
export function formatLongTasks({ longTasks, blockingMs, firstContentfulPaintMs: fcp }: TraceSummary, limit = 8) {
  const atFcp = fcp === undefined ? '' : ` at ${round(fcp)}`;
  const header = `Long tasks (${SETTINGS}): ${longTasks.length}, est. blocking ${round(blockingMs)} after FCP${atFcp}`;
  const lines = [...longTasks]
    .sort((a, b) => b.estimatedMs - a.estimatedMs)
    .slice(0, limit)
    .map((task) => {
      const inside = Object.entries({
        'React render': task.reactRenderMs,
        'React commit': task.reactCommitMs,
        'style+layout': task.styleLayoutMs,
      }).flatMap(([what, ms]) => (ms >= 1 ? `${what} ${round(ms)}` : []));
      const top = task.topFunctions.map(([name, ms]) => `${name} ${round(ms)}`).join('; ');
      const times = `(CPU ${round(task.cpuMs)}, wall ${round(task.durationMs)}) at ${round(task.startMs)}`;
      return `  est. ${round(task.estimatedMs).padStart(7)} ${times}  ${task.cause}${
        inside.length > 0 ? ` | ${inside.join(', ')}` : ''
      }${top ? ` | self: ${top}` : ''}`;
    });
  return [header, ...lines];
}
