import { Button } from '@/components/ui/button';
import { useI18n } from '@/domain/i18n/language-context';
import { useDeploymentWatch } from '@/domain/refresh/use-deployment-watch';

/** The dashboard's offer of a newer build while someone is using it; it reloads by itself once they stop. */
export function NewVersionNotice() {
  const { t } = useI18n();
  const { newBuild, reload } = useDeploymentWatch();
  if (!newBuild) return null;
  return (
    <p
      role="status"
      className="flex items-center gap-2 rounded-full bg-surface px-3 py-1 text-sm text-ink ring-1 ring-accent-300"
    >
      {t.newVersion} ·
      <Button variant="primary" className="px-2 py-0.5" onClick={reload}>
        {t.updateNow}
      </Button>
    </p>
  );
}
