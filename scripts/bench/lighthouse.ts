import os from 'node:os';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { CHROMIUM_ARGS } from '../chromium';

export const PRESETS = ['mobile', 'desktop'] as const;
export type Preset = (typeof PRESETS)[number];
export type LighthouseRun = ReturnType<typeof summary>;

function summary(lhr: Result, preset: Preset, loadAverage: number) {
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100);
  const numeric = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
  return {
    preset,
    /** 1-minute load average just before the run: other work on the machine inflates TBT. */
    loadAverage,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    lighthouseVersion: lhr.lighthouseVersion,
    /** Scored accessibility and best-practices audits that did not pass: why those scores are below 100. */
    failedAudits: ['accessibility', 'best-practices'].flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}/${ref.id}`),
    ),
  };
}

/** One run of Lighthouse's Node API in its own Chrome (no cache or service worker from another), mobile or desktop. */
export async function runLighthouse(url: string, preset: Preset, chromePath: string) {
  const loadAverage = Number((os.loadavg()[0] ?? 0).toFixed(2));
  const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS];
  const chrome = await launch({ chromePath, chromeFlags, logLevel: 'silent', handleSIGINT: false });
  try {
    const onlyCategories = ['performance', 'accessibility', 'best-practices'];
    // The full-page screenshot: only the HTML report shows it, and it costs seconds per run on a 2-core machine.
    // A page that never goes quiet is left after Lighthouse's own maxWaitForLoad (45 s).
    const flags = { port: chrome.port, logLevel: 'error' as const, onlyCategories, disableFullPageScreenshot: true };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return { run: summary(lhr, preset, loadAverage), lhr };
  } finally {
    chrome.kill();
  }
}
