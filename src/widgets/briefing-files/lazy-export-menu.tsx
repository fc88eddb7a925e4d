import { lazy, Suspense } from 'react';
import { buttonClass } from '@/components/ui/button';
import { MenuCaret } from '@/components/ui/menu-button';
import { RenderGuard } from '@/components/ui/render-guard';
import { useI18n } from '@/domain/i18n/language-context';

const LoadedExportMenu = lazy(() => import('./export-menu').then((module) => ({ default: module.ExportMenu })));

/**
 * The 导出 / Export menu, its code fetched after the first paint (and the file libraries only when asked). Until
 * `ready` (the report has arrived) it is a disabled button of the same size, so the header does not move.
 */
export function LazyExportMenu({ ready = true }: { ready?: boolean }) {
  const { t } = useI18n();
  const placeholder = (
    <button type="button" disabled className={buttonClass()}>
      {t.exportMenu}
      <MenuCaret />
    </button>
  );
  if (!ready) return placeholder;
  return (
    <RenderGuard what="export-menu" label={t.exportMenu}>
      <Suspense fallback={placeholder}>
        <LoadedExportMenu />
      </Suspense>
    </RenderGuard>
  );
}
