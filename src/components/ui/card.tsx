import type { ComponentProps, ElementType } from 'react';
import { cn } from './cn';

type CardProps<E extends ElementType> = { as?: E; className?: string } & Omit<ComponentProps<E>, 'as' | 'className'>;

/** A bordered surface (an indicator, a chart, a highlight); `as` picks the element, `className` wins over the look. */
export function Card<E extends ElementType = 'div'>({ as, className, ...props }: CardProps<E>) {
  const Element: ElementType = as ?? 'div';
  return <Element className={cn('rounded-xl border border-line bg-surface p-4', className)} {...props} />;
}
