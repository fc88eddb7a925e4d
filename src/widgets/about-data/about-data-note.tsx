import type { Report } from '@/api/schemas';
import { useI18n } from '@/domain/i18n/language-context';
import { sourceCredit } from '@/widgets/source-credit/source-credit';

/** The anchor the header's 关于数据 link jumps to. */
export const ABOUT_DATA_ID = 'about-data';

/**
 * 关于数据 / About the data: what the credit line leaves out (the paper and date the source does not name), what
 * 推算值 means, what the five-year totals are not compared with, and in the demo that a local mock service answers.
 */
export function AboutDataNote({ report, mocks, className }: { report: Report; mocks: boolean; className?: string }) {
  const { language, t } = useI18n();
  const entries: [string, string][] = [
    [
      t.aboutSourceTerm,
      report.illustrative
        ? t.illustrativeHint
        : `${sourceCredit(report, language)}${t.punctuation.sentence}${report.source.publication[language]}`,
    ],
    [t.derived, t.aboutDerived],
    [t.aboutCumulativeTerm, t.aboutCumulative],
  ];
  if (mocks) entries.push([t.aboutModeTerm, t.aboutMockService]);
  return (
    <section id={ABOUT_DATA_ID} aria-labelledby={`${ABOUT_DATA_ID}-title`} className={className}>
      <h2 id={`${ABOUT_DATA_ID}-title`} className="text-base font-bold text-ink">
        {t.aboutData}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[max-content_1fr]">
        {entries.map(([term, text]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-ink">{term}</dt>
            <dd className="text-muted">{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
