import type { Highlight, Indicator } from '../../src/api/schemas';

/** The number inside a printed figure, e.g. "增加238.9万户" → 238.9, "全国排第8" → 8. */
export function numberIn(printed: string): number | undefined {
  const match = /\d+(?:\.\d+)?/.exec(printed);
  return match ? Number(match[0]) : undefined;
}

/** Every way a record can disagree with the article; an empty list means the transcription holds. */
export function findTranscriptionErrors(
  indicators: readonly Indicator[],
  highlights: readonly Highlight[],
  article: string,
): string[] {
  const errors: string[] = [];
  const checkPrinted = (id: string, what: string, printed: string | undefined, value: number, quote: string) => {
    if (printed === undefined) {
      errors.push(`${id}: ${what} has no printed text`);
      return;
    }
    if (!quote.includes(printed)) errors.push(`${id}: ${what} "${printed}" is not in its quote`);
    if (numberIn(printed) !== value) errors.push(`${id}: ${what} value ${value} differs from printed "${printed}"`);
  };

  for (const indicator of indicators) {
    const { id, source } = indicator;
    if (!article.includes(source.quote)) errors.push(`${id}: quote is not in the article`);
    for (const observation of indicator.observations) {
      if (observation.derived) {
        if (observation.printed !== undefined) errors.push(`${id}: a derived value claims printed text`);
        continue;
      }
      checkPrinted(id, `observation ${observation.date}`, observation.printed, observation.value, source.quote);
      if (observation.bound === 'at-least' && !observation.printed?.endsWith('以上')) {
        errors.push(`${id}: at-least bound without 以上 in the source`);
      }
    }
    for (const comparison of indicator.comparisons) {
      if (comparison.kind === 'net-increase') {
        if (comparison.derived) continue;
        checkPrinted(id, 'net increase', comparison.printed, comparison.value, source.quote);
      } else if (comparison.kind === 'rank') {
        checkPrinted(id, 'rank', comparison.printed, comparison.position, source.quote);
      } else {
        checkPrinted(id, comparison.kind, comparison.printed, comparison.percent, source.quote);
      }
    }
  }
  for (const highlight of highlights) {
    if (!article.includes(highlight.source.quote)) errors.push(`${highlight.id}: quote is not in the article`);
  }
  return errors;
}
