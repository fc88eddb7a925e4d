import { lazy, Suspense } from 'react';
import { buttonClass } from '@/components/ui/button';
import { RenderGuard } from '@/components/ui/render-guard';
import { useI18n } from '@/lib/i18n/language-context';

const LoadedExportMenu = lazy(() => import('./export-menu').then((module) => ({ default: module.ExportMenu })));

/** The 导出 / Export menu, its code fetched after the first paint (and the file libraries only when asked). */
export function LazyExportMenu() {
  const { t } = useI18n();
  const placeholder = (
    <button type="button" disabled className={buttonClass()}>
      {t.exportMenu}
    </button>
  );
  return (
    <RenderGuard what="export-menu" label={t.exportMenu}>
      <Suspense fallback={placeholder}>
        <LoadedExportMenu />
      </Suspense>
    </RenderGuard>
  );
}
