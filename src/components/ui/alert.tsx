import type { ReactNode } from 'react';
import { cn } from './cn';

/** A message that needs the reader's attention, announced by screen readers (role="alert"). */
export function Alert({ title, children, className }: { title: string; children?: ReactNode; className?: string }) {
  return (
    <div
      role="alert"
      className={cn('rounded-lg border border-danger/40 bg-danger-soft p-4 text-sm text-ink', className)}
    >
      <p className="font-semibold">{title}</p>
      {children}
    </div>
  );
}
