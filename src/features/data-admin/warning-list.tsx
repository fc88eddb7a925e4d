import { needsAcknowledgement, type ImportWarning } from '@/api/admin-schemas';
import { Badge } from '@/components/ui/badge';
import { useI18n } from '@/domain/i18n/language-context';
import { useDataText } from './data-text';

/** The draft's warnings: 需核对 for those publishing must acknowledge, 说明 for a notice (a recomputed 推算值). */
export function WarningList({ warnings }: { warnings: ImportWarning[] }) {
  const text = useDataText();
  const { language } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="data-warnings-title">
      <h3 id="data-warnings-title" className="font-semibold">
        {text.warningsHeading}
      </h3>
      <ul className="mt-2 flex flex-col gap-2 text-sm">
        {warnings.map((warning, index) => (
          <li key={index} className="flex flex-wrap items-baseline gap-2">
            {needsAcknowledgement(warning) ? (
              <Badge tone="warning">{text.needsCheck}</Badge>
            ) : (
              <Badge>{text.notice}</Badge>
            )}
            {warning.sheet !== undefined && warning.cell !== undefined ? (
              <span className="font-mono text-xs text-muted">{`${warning.sheet}!${warning.cell}`}</span>
            ) : null}
            <span>{warning.message[language]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
