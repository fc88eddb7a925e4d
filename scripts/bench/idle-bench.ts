import { access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { serveDir } from '../serve';
import { markdownTable, median } from './targets';

/**
 * What a page costs the main thread while nobody touches it: /screen rotating on a wall, the dashboard left open.
 * Chromium's own counters (CDP Performance.getMetrics: TaskDuration, ScriptDuration) are read after the page has
 * settled and again at the end of a window; the difference, per minute, is what a wall pays all day.
 */
const PAGES = { screen: '/screen', dashboard: '/' } as const;
type PageName = keyof typeof PAGES;
/** Above this 1-minute load average another program shares the CPU, and task times stretch with it. */
const QUIET_LOAD = 0.5;
const VIEWPORT = { width: 1920, height: 1080 };

const usage = `usage: npm run bench:idle [-- --minutes N] [--runs N] [--settle S] [--pages screen,dashboard] [--dist DIR[,DIR]] [--busy] [--sample M]
  Serves a build (default dist/; built with vite build when missing, so run npm run build after a change) and, per
  run and page, opens it in Chromium at 1920×1080, waits --settle seconds (default 20), then reads main-thread task
  and script time over --minutes (default 5). --runs: default 5. Two builds (--dist before,after, e.g. the parent
  commit's in a worktree) are measured in turn within each run, so a busy moment of the machine falls on both. Refuses to start when the 1-minute load average is
  above ${QUIET_LOAD} unless --busy is given (the figures are then marked). --sample M also prints, every M minutes of
  the window, that interval's task time and the page's JS heap, DOM nodes and listeners after a forced garbage
  collection (a real-time soak: e.g. --pages screen --runs 1 --minutes 120 --sample 10). CHROME_PATH picks the browser.`;

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
const load1 = () => os.loadavg()[0] ?? 0;

function positive(raw: string, name: string, max: number): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max)
    throw new Error(`--${name}: expected a number in (0, ${max}]`);
  return value;
}

function parseOptions(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        minutes: { type: 'string', default: '5' },
        runs: { type: 'string', default: '5' },
        settle: { type: 'string', default: '20' },
        pages: { type: 'string', default: 'screen,dashboard' },
        dist: { type: 'string', default: 'dist' },
        busy: { type: 'boolean', default: false },
        sample: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const pages = values.pages.split(',');
    const known = Object.keys(PAGES);
    if (pages.some((page) => !known.includes(page))) throw new Error(`--pages takes ${known.join(', ')}`);
    return {
      help: values.help,
      busy: values.busy,
      dists: values.dist.split(',').filter(Boolean),
      minutes: positive(values.minutes, 'minutes', 120),
      runs: Math.round(positive(values.runs, 'runs', 50)),
      settleSeconds: positive(values.settle, 'settle', 600),
      sampleMinutes: values.sample === undefined ? undefined : positive(values.sample, 'sample', 120),
      pages: known.filter((page): page is PageName => pages.includes(page)),
    };
  } catch (error) {
    console.error(`bench:idle: ${firstLine(error)}\n${usage}`);
    return undefined;
  }
}
type Options = NonNullable<ReturnType<typeof parseOptions>>;

interface Reading {
  taskSeconds: number;
  scriptSeconds: number;
}
/** One interval of a sampled window: its own main-thread time, and the page's memory at its end. */
interface Sample {
  minute: number;
  taskSeconds: number;
  scriptSeconds: number;
  heapMB: number;
  nodes: number;
  listeners: number;
  load: number;
}
interface Run {
  dist: string;
  page: PageName;
  run: number;
  loadBefore: number;
  /** Main-thread seconds per minute of the window. */
  taskPerMinute: number;
  scriptPerMinute: number;
}

/** Builds with `vite build` only when the directory holds no build: measuring a stale build is the caller's choice. */
async function ensureBuild(root: string, dist: string): Promise<void> {
  const outDir = path.resolve(root, dist);
  const built = await access(path.join(outDir, 'index.html')).then(
    () => true,
    () => false,
  );
  if (built) return;
  console.error(`[bench:idle] no build in ${dist}: running vite build`);
  // runnerImport sets NODE_ENV=development, which vite build would keep: React's development build would be measured.
  process.env.NODE_ENV = 'production';
  await build({ root, logLevel: 'warn', base: '/', build: { outDir, emptyOutDir: true } });
}

async function measurePage(
  browser: Browser,
  url: string,
  options: Options,
  onSample: (sample: Sample) => void,
): Promise<Reading> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(options.settleSeconds * 1000);
    const read = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
      return { taskSeconds: value('TaskDuration'), scriptSeconds: value('ScriptDuration') };
    };
    const start = await read();
    const interval = Math.min(options.sampleMinutes ?? options.minutes, options.minutes);
    let previous = start;
    const total: Reading = { taskSeconds: 0, scriptSeconds: 0 };
    for (let minute = interval; minute <= options.minutes + 1e-9; minute += interval) {
      await page.waitForTimeout(interval * 60_000);
      const now = await read();
      total.taskSeconds += now.taskSeconds - previous.taskSeconds;
      total.scriptSeconds += now.scriptSeconds - previous.scriptSeconds;
      if (options.sampleMinutes !== undefined) {
        // Read the CPU first: the forced collections below are main-thread work of the measurement, not of the page.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        onSample({
          minute: Math.round(minute * 100) / 100,
          taskSeconds: now.taskSeconds - previous.taskSeconds,
          scriptSeconds: now.scriptSeconds - previous.scriptSeconds,
          heapMB: usedSize / 2 ** 20,
          nodes,
          listeners: jsEventListeners,
          load: load1(),
        });
        previous = await read();
      } else previous = now;
    }
    return total;
  } finally {
    await context.close();
  }
}

const secondsText = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(3));

export async function main({ argv, root }: { argv: string[]; root: string }): Promise<number> {
  const options = parseOptions(argv);
  if (options?.help) console.log(usage);
  if (!options || options.help) return options ? 0 : 2;
  const loadBefore = load1();
  if (loadBefore > QUIET_LOAD) {
    const warning = `1-minute load average ${loadBefore.toFixed(2)} is above ${QUIET_LOAD}: another program shares the CPU`;
    if (!options.busy) {
      console.error(`bench:idle: ${warning}; wait for a quiet machine, or pass --busy to measure anyway.`);
      return 2;
    }
    console.error(`\n!!! bench:idle: ${warning}. Figures below are NOT comparable. !!!\n`);
  }
  const servers: { dist: string; origin: string; close: () => Promise<void> }[] = [];
  for (const dist of options.dists) {
    await ensureBuild(root, dist);
    servers.push({ dist, ...(await serveDir(path.resolve(root, dist))) });
  }
  const chromePath = process.env.CHROME_PATH ?? CHROMIUM_PATH;
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  const version = browser.version();
  const runs: Run[] = [];
  const samples: (Sample & { dist: string; page: PageName; run: number })[] = [];
  const started = new Date();
  try {
    // Builds and pages alternate within a run, so a busy moment of the machine falls on all alike; never two at once.
    for (let run = 1; run <= options.runs; run += 1) {
      for (const server of servers) {
        for (const page of options.pages) {
          const before = load1();
          const reading = await measurePage(browser, `${server.origin}${PAGES[page]}`, options, (sample) => {
            samples.push({ dist: server.dist, page, run, ...sample });
            console.error(
              `[bench:idle] ${server.dist} ${page} run ${run} minute ${sample.minute}: task ${secondsText(sample.taskSeconds)} s, ` +
                `heap ${sample.heapMB.toFixed(2)} MB, ${sample.nodes} nodes, ${sample.listeners} listeners (load ${sample.load.toFixed(2)})`,
            );
          });
          const result = {
            dist: server.dist,
            page,
            run,
            loadBefore: before,
            taskPerMinute: reading.taskSeconds / options.minutes,
            scriptPerMinute: reading.scriptSeconds / options.minutes,
          };
          runs.push(result);
          console.error(
            `[bench:idle] ${server.dist} ${page} run ${run}: task ${secondsText(result.taskPerMinute)} s/min, ` +
              `script ${secondsText(result.scriptPerMinute)} s/min (load before ${before.toFixed(2)})`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const lines = [
    `# Idle cost ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${os.availableParallelism()} cores, ${cpu}; ${os.type()} ${os.release()}; Node ${process.version}; Chromium ${version}`,
    `Load average (1 min) before: ${loadBefore.toFixed(2)}${loadBefore > QUIET_LOAD ? ' (BUSY: not comparable)' : ''}; after: ${load1().toFixed(2)}`,
    `Build(s): ${options.dists.join(', ')}; ${VIEWPORT.width}×${VIEWPORT.height}; settle ${options.settleSeconds} s; window ${options.minutes} min; ${options.runs} run(s) per page`,
    '',
    '## Main-thread seconds per minute (CDP Performance.getMetrics)',
    '',
    markdownTable(
      ['build', 'page', 'run', 'task s/min', 'script s/min', 'load before'],
      runs.map((run) => [
        run.dist,
        run.page,
        String(run.run),
        secondsText(run.taskPerMinute),
        secondsText(run.scriptPerMinute),
        run.loadBefore.toFixed(2),
      ]),
    ),
    '',
    '## Medians',
    '',
    markdownTable(
      ['build', 'page', 'path', 'runs', 'task s/min', 'script s/min'],
      options.dists.flatMap((dist) =>
        options.pages.map((page) => {
          const own = runs.filter((run) => run.dist === dist && run.page === page);
          return [
            dist,
            page,
            PAGES[page],
            String(own.length),
            secondsText(median(own.map((run) => run.taskPerMinute))),
            secondsText(median(own.map((run) => run.scriptPerMinute))),
          ];
        }),
      ),
    ),
  ];
  if (samples.length > 0)
    lines.push(
      '',
      `## Every ${options.sampleMinutes} minutes: that interval's main-thread time, and memory after forced GC`,
      '',
      markdownTable(
        ['build', 'page', 'run', 'minute', 'task s', 'script s', 'JS heap MB', 'DOM nodes', 'listeners', 'load'],
        samples.map((sample) => [
          sample.dist,
          sample.page,
          String(sample.run),
          String(sample.minute),
          secondsText(sample.taskSeconds),
          secondsText(sample.scriptSeconds),
          sample.heapMB.toFixed(2),
          String(sample.nodes),
          String(sample.listeners),
          sample.load.toFixed(2),
        ]),
      ),
    );
  console.log(lines.join('\n'));
  return 0;
}
