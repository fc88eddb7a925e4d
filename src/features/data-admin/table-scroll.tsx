import type { ReactNode } from 'react';

/**
 * A wide table on a phone: it scrolls sideways inside this box, which a keyboard can reach and scroll too. A group,
 * not a region: its section is already the landmark of that name, and two landmarks may not share one.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      {children}
    </div>
  );
}

/** Classes of the page's table cells. */
export const headCellClass = 'border-b border-line bg-surface-muted px-3 py-2 text-left text-xs font-semibold';
export const cellClass = 'border-b border-line px-3 py-2 align-top';
