import type { ComponentProps, ElementType } from 'react';
import { cn } from './cn';

const tones = {
  positive: 'bg-positive-soft text-positive ring-1 ring-positive/30',
  neutral: 'bg-badge text-badge-ink ring-1 ring-line',
  warning: 'bg-warning-soft text-warning',
} as const;

export type BadgeTone = keyof typeof tones;

type BadgeProps<E extends ElementType> = { as?: E; tone?: BadgeTone; className?: string } & Omit<
  ComponentProps<E>,
  'as' | 'className'
>;

/** A small rounded label (a comparison, the demo-data mark); `as` picks the element. */
export function Badge<E extends ElementType = 'span'>({ as, tone = 'neutral', className, ...props }: BadgeProps<E>) {
  const Element: ElementType = as ?? 'span';
  return <Element className={cn('rounded-full px-2 py-0.5 text-xs font-medium', tones[tone], className)} {...props} />;
}
