/** Decodes one URL component; a malformed escape (%E0%A4%A) is kept as typed instead of throwing. */
export function safeDecodeURIComponent(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}
