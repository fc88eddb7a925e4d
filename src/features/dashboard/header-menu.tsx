import { useId, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { useI18n } from '@/domain/i18n/language-context';

/**
 * The header's tools: in a row from sm up; on a phone behind one 菜单 button, so the first figure shows in the
 * first screen instead of under two rows of buttons.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <Button
        className="absolute top-3 right-3 bg-surface px-3 py-1.5 sm:hidden"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <span aria-hidden="true">☰ </span>
        {t.menu}
      </Button>
      <div id={id} className={cn('flex flex-wrap items-center gap-2', open ? 'max-sm:basis-full' : 'max-sm:hidden')}>
        {children}
      </div>
    </>
  );
}
