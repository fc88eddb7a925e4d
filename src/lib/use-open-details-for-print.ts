import { useEffect } from 'react';

/**
 * Printed pages cannot be clicked, so every closed <details> (the source sentences) opens for printing
 * and closes again afterwards. CSS (::details-content in index.css) covers print previews that fire no events.
 */
export function useOpenDetailsForPrint(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...document.querySelectorAll('details:not([open])')].filter(
        (details): details is HTMLDetailsElement => details instanceof HTMLDetailsElement,
      );
      for (const details of opened) details.open = true;
    };
    const restore = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', restore);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', restore);
    };
  }, []);
}
