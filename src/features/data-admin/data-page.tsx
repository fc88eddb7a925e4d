import type { ReactNode } from 'react';
import type { Session } from '@/api/admin-schemas';
import { buttonClass } from '@/components/ui/button';
import { useI18n } from '@/domain/i18n/language-context';
import { pageHref } from '@/lib/page-address';
import { withThemeParam } from '@/lib/theme/theme';
import { AdminErrorAlert } from './admin-error-alert';
import { useSession } from './admin-queries';
import { AccountBar } from './account-bar';
import { DemoNotice } from './demo-notice';
import { SignInForm } from './sign-in-form';
import { useDataText } from './data-text';
import { Workspace } from './workspace';
import { LanguageSwitch } from '@/widgets/language-switch/language-switch';

/**
 * 数据管理 / Manage data (/data): where named people upload the workbook, read what is wrong cell by cell, preview,
 * publish and roll back. In the demo and the offline file there is no data service: the page says how to start one
 * and sends nothing.
 */
export function DataPage({ mocks }: { mocks: boolean }) {
  return mocks ? (
    <PageFrame>
      <DemoNotice />
    </PageFrame>
  ) : (
    <SessionGate />
  );
}

function SessionGate() {
  const text = useDataText();
  const session = useSession();
  if (session.data === undefined) {
    return (
      <PageFrame>
        {session.isError ? (
          <AdminErrorAlert
            title={text.sessionFailed}
            error={session.error}
            onRetry={() => void session.refetch()}
            className="mx-auto max-w-xl"
          />
        ) : (
          <p role="status" className="text-muted">
            {text.loading}
          </p>
        )}
      </PageFrame>
    );
  }
  return session.data === null ? (
    <PageFrame>
      <SignInForm />
    </PageFrame>
  ) : (
    <PageFrame session={session.data}>
      <Workspace session={session.data} />
    </PageFrame>
  );
}

function PageFrame({ session, children }: { session?: Session; children: ReactNode }) {
  const { language, t } = useI18n();
  const text = useDataText();
  return (
    <div className="min-h-screen bg-canvas text-ink">
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-3 py-3 sm:px-4 sm:py-4">
          <div className="min-w-0">
            <p className="text-sm text-muted">{t.appName}</p>
            <h1 className="text-2xl leading-tight font-bold text-ink sm:text-3xl">{text.pageTitle}</h1>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {session ? <AccountBar session={session} /> : null}
            <a href={pageHref('', withThemeParam(language === 'en' ? '?lang=en' : ''))} className={buttonClass()}>
              {text.backToDashboard}
            </a>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-3 py-4 sm:px-4 sm:py-6">{children}</main>
    </div>
  );
}
