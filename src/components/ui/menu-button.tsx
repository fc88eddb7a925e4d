import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** Shown and focusable, but does nothing (the WAI-ARIA pattern keeps disabled items reachable). */
  disabled?: boolean;
}

/**
 * A button that opens a menu of actions, after the WAI-ARIA APG menu button pattern: Enter, Space or ↓ opens it
 * on the first item, ↑ on the last; ↑ ↓ move (wrapping), Home and End jump, Escape closes and returns focus to
 * the button, and choosing an item runs it and returns focus there too. Tab or a click elsewhere closes it.
 */
export function MenuButton({
  label,
  items,
  className,
  children,
}: {
  label: string;
  items: MenuItem[];
  className: string;
  /** Shown after the menu (for example a status line an item fills in). */
  children?: ReactNode;
}) {
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);
  const open = focusIndex !== undefined;
  const buttonId = useId();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (focusIndex !== undefined) itemRefs.current[focusIndex]?.focus();
  }, [focusIndex]);

  function close(returnFocus: boolean) {
    setFocusIndex(undefined);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setFocusIndex(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (focusIndex === undefined) return;
    const last = items.length - 1;
    const next: Record<string, number> = {
      ArrowDown: focusIndex === last ? 0 : focusIndex + 1,
      ArrowUp: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    if (event.key in next) {
      event.preventDefault();
      setFocusIndex(next[event.key]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      setFocusIndex(undefined);
    }
  }

  function choose(item: MenuItem) {
    if (item.disabled) return;
    close(true);
    item.onSelect();
  }

  return (
    <div
      className="relative"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget)) setFocusIndex(undefined);
      }}
    >
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setFocusIndex(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
        <MenuCaret />
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 z-20 mt-1 flex min-w-40 flex-col rounded-lg border border-line bg-surface p-1 shadow-lg"
        >
          {items.map((item, index) => (
            <button
              key={item.label}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled ? true : undefined}
              onClick={() => choose(item)}
              onMouseEnter={() => setFocusIndex(index)}
              className="rounded-md px-3 py-1.5 text-left text-sm whitespace-nowrap text-ink outline-none focus:bg-surface-muted aria-disabled:cursor-not-allowed aria-disabled:text-muted"
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
      {children}
    </div>
  );
}

/** The ▾ after a menu button's label (also on a stand-in for one, so both are the same width). */
export function MenuCaret() {
  return (
    <svg aria-hidden="true" viewBox="0 0 10 6" className="ml-1.5 inline-block h-1.5 w-2.5 align-middle">
      <path d="M0 0h10L5 6z" fill="currentColor" />
    </svg>
  );
}
