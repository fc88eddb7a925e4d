import { Button } from '@/components/ui/button';
import type { ConfigError } from '@/config/load-config';
import { en } from '@/lib/i18n/messages-en';
import { zh } from '@/lib/i18n/messages-zh';

/** Shown instead of the dashboard when config.json is missing or invalid: in both languages, since no choice is known yet. */
export function ConfigErrorPage({ error }: { error: ConfigError }) {
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
        <Button variant="primary" onClick={() => window.location.reload()} className="mt-4">
          {zh.retry} / <span lang="en">{en.retry}</span>
        </Button>
      </div>
    </main>
  );
}
