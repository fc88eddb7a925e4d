import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Report } from '@/api/schemas';
import { Badge } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { formatDate } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { IllustrativeBadge } from '@/widgets/indicators/illustrative-badge';
import { SOURCE_CREDIT_ID, sourceCredit } from '@/widgets/source-credit/source-credit';
import { pageHref } from '@/lib/page-address';
import { withThemeParam } from '@/lib/theme/theme';
import { offlineBuildDate } from '@/lib/offline-build';
import { hasSignedInHint } from '@/domain/signed-in-hint';
import { FreshnessStatus } from '@/widgets/freshness/freshness-status';
import { NewVersionNotice } from '@/widgets/freshness/new-version-notice';
import { ThemeSwitch } from './theme-switch';
import { HeaderMenu } from './header-menu';
import { ABOUT_DATA_ID } from '@/widgets/about-data/about-data-note';
import { LazyExportMenu } from '@/widgets/briefing-files/lazy-export-menu';
import { LanguageSwitch } from '@/widgets/language-switch/language-switch';

export function Header({ report, mocks }: { report: Report | undefined; mocks: boolean }) {
  const { language, t } = useI18n();
  const queryClient = useQueryClient();
  // Someone signed in to the data page on this browser: read once; the demo has no data page to link to.
  const [signedIn] = useState(hasSignedInHint);
  return (
    <header className="border-b border-line bg-surface">
      <div className="relative mx-auto flex max-w-screen-2xl flex-wrap items-start justify-between gap-3 px-3 py-3 sm:px-4 sm:py-4 3xl:max-w-[2400px]">
        <div className="min-w-0 flex-1 basis-80 lg:basis-xl">
          {/* The synthetic-data mark sits on the region's line, which is there from the first paint: in the wrapping
              row of controls it took a line of its own once the report arrived, moving the page (CLS 0.17). */}
          {/* On a phone the menu button sits at the top right, beside these first two lines only; in English the
              region and the longer synthetic-data mark take two lines, held from the first paint. */}
          <p className="text-sm text-muted max-sm:pr-20 max-sm:[:lang(en)_&]:min-h-[2lh]">
            {report ? report.region[language] : '\u00a0'}
            {report?.illustrative ? <IllustrativeBadge className="ml-2 whitespace-nowrap" /> : null}
          </p>
          {/* The English title is three times as long: from lg up it stays a size smaller, on two lines. */}
          <h1 className="text-2xl leading-tight font-bold text-balance text-ink max-sm:pr-20 sm:text-3xl lg:text-4xl lg:[:lang(en)_&]:text-3xl">
            {report ? report.title[language] : t.appName}
          </h1>
          <p className="mt-1 text-sm text-ink max-sm:min-h-[2lh]">
            {report ? (
              <>
                <strong className="font-semibold">
                  {t.asOf} {formatDate(report.asOf, language)}
                </strong>{' '}
                · {t.baseline}
              </>
            ) : (
              '\u00a0'
            )}
          </p>
          {/* Room for the credit before the report arrives: two lines, three for the longer English one on a phone. */}
          <p
            id={SOURCE_CREDIT_ID}
            className="mt-0.5 min-h-[2lh] scroll-mt-16 text-xs text-muted max-sm:[:lang(en)_&]:min-h-[3lh]"
          >
            {report ? `${t.sourceLine}${sourceCredit(report, language)}` : '\u00a0'}
          </p>
        </div>
        {/* Its own line on a phone from the first paint, so the time arriving moves nothing. */}
        <FreshnessStatus className="text-sm max-sm:basis-full" />
        <NewVersionNotice />
        <HeaderMenu>
          {offlineBuildDate ? (
            <span
              title={t.offlineDemoHint}
              className="rounded-full px-3 py-1 text-sm font-medium text-ink ring-1 ring-line"
            >
              {t.offlineDemo} · {t.builtOn} {formatDate(offlineBuildDate, language)}
            </span>
          ) : null}
          {mocks ? (
            <Badge title={t.demoDataHint} className="px-3 py-1 text-sm ring-1 ring-line">
              {t.demoData}
            </Badge>
          ) : null}
          <nav aria-label={t.briefingModes} className="flex gap-2 text-sm">
            {(
              [
                ['screen', t.screenLabel],
                ['report', t.reportLink],
              ] as const
            ).map(([path, label]) => (
              <a
                key={path}
                href={pageHref(path, withThemeParam(language === 'en' ? '?lang=en' : ''))}
                className={buttonClass()}
              >
                {label}
              </a>
            ))}
            <a href={`#${ABOUT_DATA_ID}`} className={buttonClass()}>
              {t.aboutData}
            </a>
          </nav>
          {signedIn && !mocks ? (
            <a href={pageHref('data', language === 'en' ? '?lang=en' : '')} className={buttonClass()}>
              {t.manageData}
            </a>
          ) : null}
          <ThemeSwitch />
          <LazyExportMenu ready={report !== undefined} />
          {/* The demo's figures come from this machine and never change; a live API's can. */}
          {mocks ? null : (
            <Button onClick={() => void queryClient.refetchQueries({ type: 'active' })}>{t.refresh}</Button>
          )}
          <LanguageSwitch />
        </HeaderMenu>
      </div>
    </header>
  );
}
