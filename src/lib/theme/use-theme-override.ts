import { useLayoutEffect } from 'react';
import { applyThemeChoice, readThemeChoice, type ThemeChoice } from './theme';

/** A page that needs its own colours (the dark big screen, the light print report, an embed's ?theme=) without storing them as the reader's choice. */
export function useThemeOverride(choice: ThemeChoice): void {
  useLayoutEffect(() => {
    applyThemeChoice(choice);
    return () => applyThemeChoice(readThemeChoice());
  }, [choice]);
}
