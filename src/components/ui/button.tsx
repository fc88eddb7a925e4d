import type { ComponentProps } from 'react';
import { cn } from './cn';

const variants = {
  /** The one action of a message (retry). */
  primary: 'bg-accent-700 px-3 py-1.5 font-medium text-white hover:bg-accent-800',
  /** Toolbar buttons; aria-pressed shows a toggle's state. */
  secondary: 'border border-line px-3 py-1 text-sm text-ink hover:bg-surface-muted',
  /** A button that reads as a link inside text (copy link on a card). */
  link: 'rounded px-1 text-link hover:underline focus-visible:underline',
  /** One option of a segmented group; the group draws the border. */
  segment: 'rounded-none px-2.5 py-1 text-ink hover:bg-surface-muted',
} as const;

export type ButtonVariant = keyof typeof variants;

/** The classes of a button, for a link that looks like one (a link navigates; a button acts). */
export const buttonClass = (variant: ButtonVariant = 'secondary', className?: string) =>
  cn('rounded-md aria-pressed:bg-badge aria-pressed:text-badge-ink disabled:opacity-50', variants[variant], className);

/** A button: `type="button"` unless told, one look per variant, and `className` wins over the variant's classes. */
export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
