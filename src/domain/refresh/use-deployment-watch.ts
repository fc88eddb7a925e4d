import { useCallback, useEffect, useRef } from 'react';
import { useI18n } from '@/domain/i18n/language-context';
import { onUserInput } from '@/lib/user-input';
import { claimBuildReload, msUntilBuildReload } from './reload-guard';
import { reloadKeepingPlace } from './reload-keeping-place';
import { useRefreshStatus } from './refresh-context';

/** No input for this long counts as nobody using the page. */
export const IDLE_BEFORE_RELOAD_MS = 60_000;

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
  // Nobody asked for these reloads, so they are rationed (a person's 更新 click always reloads): false when refused.
  const reloadUnasked = useCallback(() => {
    if (!claimBuildReload()) return false;
    reloadKeepingPlace(language);
    return true;
  }, [language]);

  useEffect(() => {
    if (!newBuild) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Reaching this means hidden, or a minute without input; refused by the ration, it asks again when allowed.
    const reloadOrWait = () => {
      if (!reloadUnasked()) wait(Math.max(msUntilBuildReload(), IDLE_BEFORE_RELOAD_MS));
    };
    function wait(ms: number) {
      clearTimeout(timer);
      timer = setTimeout(reloadOrWait, ms);
    }
    const onInput = () => wait(IDLE_BEFORE_RELOAD_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') reloadOrWait();
    };
    if (document.visibilityState === 'hidden') reloadOrWait();
    else onInput();
    const stopListening = onUserInput(onInput);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      stopListening();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [newBuild, reloadUnasked]);

  const quietWhenFound = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!newBuild || quietMoment === undefined) return;
    if (quietWhenFound.current === undefined) quietWhenFound.current = quietMoment;
    // Refused by the ration: the next step asks again.
    else if (quietMoment !== quietWhenFound.current) reloadUnasked();
  }, [newBuild, quietMoment, reloadUnasked]);

  return { newBuild, reload };
}
