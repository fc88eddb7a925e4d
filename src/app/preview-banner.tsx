import { useI18n } from '@/domain/i18n/language-context';

/** Above every page while a signed-in person previews draft N (`?revision=N`): these are not the published figures. */
export function PreviewBanner({ revision }: { revision: number }) {
  const { t } = useI18n();
  return (
    <p
      role="status"
      className="sticky top-0 z-50 bg-warning-soft px-3 py-1.5 text-center text-sm font-semibold text-warning print:static"
    >
      {t.previewBanner(revision)}
    </p>
  );
}
