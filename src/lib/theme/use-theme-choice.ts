import { useCallback, useState } from 'react';
import { applyThemeChoice, readThemeChoice, storeThemeChoice, type ThemeChoice } from './theme';

export function useThemeChoice() {
  const [choice, setChoiceState] = useState<ThemeChoice>(readThemeChoice);
  const setChoice = useCallback((next: ThemeChoice) => {
    setChoiceState(next);
    applyThemeChoice(next);
    storeThemeChoice(next);
  }, []);
  return { choice, setChoice };
}
