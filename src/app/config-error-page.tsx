import type { ConfigError } from '../config/load-config';
import { messages } from '../lib/i18n/messages';

/** Shown instead of the dashboard when config.json is missing or invalid: in both languages, since no choice is known yet. */
export function ConfigErrorPage({ error }: { error: ConfigError }) {
  return (
    <main className="mx-auto max-w-2xl p-6 text-ink">
      <div role="alert" className="rounded-lg border border-danger/40 bg-danger-soft p-6">
        <h1 className="text-xl font-bold">{messages.zh.configErrorTitle}</h1>
        <p lang="en" className="text-sm">
          {messages.en.configErrorTitle}
        </p>
        {error.field ? (
          <p className="mt-3">
            {messages.zh.configField} / <span lang="en">{messages.en.configField}</span>:{' '}
            <code className="font-mono font-semibold">{error.field}</code>
          </p>
        ) : null}
        <p className="mt-3 break-words font-mono text-sm">{error.message}</p>
        <p className="mt-3">
          {messages.zh.configErrorHelp} <span lang="en">{messages.en.configErrorHelp}</span>
        </p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mt-4 rounded-md bg-accent-700 px-3 py-1.5 font-medium text-white"
        >
          {messages.zh.retry} / <span lang="en">{messages.en.retry}</span>
        </button>
      </div>
    </main>
  );
}
