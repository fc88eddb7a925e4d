import { PREVIEW_PARAM } from '@/api/admin-names';
import { buttonClass } from '@/components/ui/button';
import { useI18n } from '@/domain/i18n/language-context';
import { pageHref } from '@/lib/page-address';
import { useDataText } from './data-text';

/** The draft on the dashboard, the wall screen and the report (`?revision=N`), each in a new tab. */
export function PreviewLinks({ revision }: { revision: number }) {
  const text = useDataText();
  const { language } = useI18n();
  const query = `?${PREVIEW_PARAM}=${revision}${language === 'en' ? '&lang=en' : ''}`;
  const pages = [
    ['', text.previewDashboard],
    ['screen', text.previewScreen],
    ['report', text.previewReport],
  ] as const;
  return (
    <section aria-labelledby="data-preview-title">
      <h3 id="data-preview-title" className="font-semibold">
        {text.previewHeading}
      </h3>
      <p className="mt-1 text-sm text-muted">{text.previewIntro}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {pages.map(([page, label]) => (
          <li key={page}>
            <a href={pageHref(page, query)} target="_blank" rel="noopener" className={buttonClass()}>
              {label}
              <span className="sr-only">{text.opensInNewTab}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
