/** Decodes one URL component; a malformed escape (%E0%A4%A) is kept as typed instead of throwing. */
export function safeDecodeURIComponent(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

/** At most `limit` characters (whole code points), with an ellipsis when cut: for echoing text from a URL. */
export function truncateForEcho(text: string, limit = 80): string {
  const codePoints = Array.from(text);
  return codePoints.length <= limit ? text : `${codePoints.slice(0, limit - 1).join('')}…`;
}
