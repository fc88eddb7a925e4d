import { useEffect, useState } from 'react';
import { formatTime } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';

/** The wall clock shows seconds: it redraws at each turn of the second, and nothing else on the screen with it. */
const STEP_MS = 1000;

/** The local time in the screen's header: its own component and timer, so a tick re-renders this text alone. */
export function WallClock({ className }: { className?: string }) {
  const { t, language } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    // Aligned to the second boundary (a timer set for the next one each time), so the clock never lags the second
    // by up to a second, and a late timer does not carry its delay into the next one.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      timer = setTimeout(
        () => {
          setNow(Date.now());
          next();
        },
        STEP_MS - (Date.now() % STEP_MS),
      );
    };
    next();
    return () => clearTimeout(timer);
  }, []);
  return (
    <p className={className}>
      <span className="sr-only">{t.localTime} </span>
      <time dateTime={new Date(now).toISOString()}>{formatTime(now, language)}</time>
    </p>
  );
}
