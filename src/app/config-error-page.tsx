import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import type { ConfigError } from '@/config/load-config';
import { en } from '@/domain/i18n/messages-en';
import { zh } from '@/domain/i18n/messages-zh';
import { retryDelay } from '@/domain/refresh/backoff';

/**
 * Tries `loadConfig` again on the data's backoff (30 s, 1 min, 2 min, then every 2 min) and reloads the page once it
 * succeeds: a config.json broken for a minute during a redeploy must not leave an unattended wall on this page.
 */
function useRetryUntilLoaded(loadConfig: (() => Promise<unknown>) | undefined) {
  useEffect(() => {
    if (!loadConfig) return;
    let failures = 1;
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const attempt = async () => {
      try {
        await loadConfig();
      } catch {
        failures += 1;
        if (!stopped) timer = setTimeout(() => void attempt(), retryDelay(failures, 0));
        return;
      }
      if (!stopped) window.location.reload();
    };
    timer = setTimeout(() => void attempt(), retryDelay(failures, 0));
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [loadConfig]);
}

/**
 * Shown instead of the dashboard when config.json is missing or invalid: in both languages, since no choice is known
 * yet. With `loadConfig`, it keeps trying by itself and comes back once the file is fixed.
 */
export function ConfigErrorPage({ error, loadConfig }: { error: ConfigError; loadConfig?: () => Promise<unknown> }) {
  useRetryUntilLoaded(loadConfig);
  return (
    <main className="mx-auto max-w-2xl p-6 text-ink">
      <div role="alert" className="rounded-lg border border-danger/40 bg-danger-soft p-6">
        <h1 className="text-xl font-bold">{zh.configErrorTitle}</h1>
        <p lang="en" className="text-sm">
          {en.configErrorTitle}
        </p>
        {error.field ? (
          <p className="mt-3">
            {zh.configField} / <span lang="en">{en.configField}</span>:{' '}
            <code className="font-mono font-semibold">{error.field}</code>
          </p>
        ) : null}
        <p className="mt-3 break-words font-mono text-sm">{error.message}</p>
        <p className="mt-3">
          {zh.configErrorHelp} <span lang="en">{en.configErrorHelp}</span>
        </p>
        {loadConfig ? (
          <p className="mt-3">
            {zh.configAutoRetry} <span lang="en">{en.configAutoRetry}</span>
          </p>
        ) : null}
        <Button variant="primary" onClick={() => window.location.reload()} className="mt-4">
          {zh.retry} / <span lang="en">{en.retry}</span>
        </Button>
      </div>
    </main>
  );
}
