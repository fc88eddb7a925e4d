import type { CSSProperties } from 'react';
import { cn } from './cn';

/**
 * A grey block holding the place of something loading. It pulses while that something is on its way; a placeholder
 * for what waits for the reader (a chart far below the fold) passes `pulse={false}`: an animation that runs for as
 * long as a page stays open costs a frame on every beat, on a screen nobody may ever scroll.
 */
export function Skeleton({
  className = '',
  style,
  pulse = true,
}: {
  className?: string;
  style?: CSSProperties;
  pulse?: boolean;
}) {
  return (
    <div
      aria-hidden="true"
      style={style}
      className={cn(pulse && 'animate-pulse motion-reduce:animate-none', 'rounded-md bg-surface-muted', className)}
    />
  );
}
