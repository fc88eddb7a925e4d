import { useCallback, useEffect, useRef } from 'react';
import { useI18n } from '@/lib/i18n/language-context';
import { reloadKeepingPlace } from './reload-keeping-place';
import { useRefreshStatus } from './refresh-context';

/** No pointer, key, wheel or touch input for this long counts as nobody using the page. */
export const IDLE_BEFORE_RELOAD_MS = 60_000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Once a newer build is deployed, reloads the page when nobody is using it: at once when the tab is hidden, after
 * 60 s without input, or at the next `quietMoment` change (the screen's rotation step). Returns whether a new
 * build is waiting and the reload, for a page that offers 更新.
 */
export function useDeploymentWatch({ quietMoment }: { quietMoment?: number } = {}): {
  newBuild: boolean;
  reload: () => void;
} {
  const { language } = useI18n();
  const newBuild = useRefreshStatus()?.newBuild ?? false;
  const reload = useCallback(() => reloadKeepingPlace(language), [language]);

  useEffect(() => {
    if (!newBuild) return;
    if (document.visibilityState === 'hidden') return reload();
    let timer = setTimeout(reload, IDLE_BEFORE_RELOAD_MS);
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(reload, IDLE_BEFORE_RELOAD_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') reload();
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [newBuild, reload]);

  const quietWhenFound = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!newBuild || quietMoment === undefined) return;
    if (quietWhenFound.current === undefined) quietWhenFound.current = quietMoment;
    else if (quietMoment !== quietWhenFound.current) reload();
  }, [newBuild, quietMoment, reload]);

  return { newBuild, reload };
}
