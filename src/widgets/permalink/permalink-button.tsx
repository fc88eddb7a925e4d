import { Button, type ButtonVariant } from '@/components/ui/button';
import { useI18n } from '@/domain/i18n/language-context';
import { PermalinkStatus } from './permalink-status';
import { usePermalinkCopy } from './use-permalink-copy';

/** Copies the link to one figure; where the clipboard is unavailable, shows the link to copy by hand. */
export function PermalinkButton({
  embedId,
  variant,
  className,
}: {
  embedId: string;
  variant?: ButtonVariant;
  className?: string;
}) {
  const { t } = useI18n();
  const { state, copy } = usePermalinkCopy(embedId);
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 print:hidden">
      <Button variant={variant} className={className} onClick={copy}>
        {t.copyLink}
      </Button>
      <PermalinkStatus state={state} />
    </span>
  );
}
