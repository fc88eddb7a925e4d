import type { Language } from './language';
import type { Messages } from './messages-type';
import { zh } from './messages-zh';

export type { Messages };

const loaded: Partial<Record<Language, Messages>> = { zh };

/** Loads a language's interface text once; Chinese is always there. */
export async function loadMessages(language: Language): Promise<Messages> {
  const ready = loaded[language];
  if (ready) return ready;
  const { en } = await import('./messages-en');
  loaded.en = en;
  return en;
}

/** Makes a catalogue that a module imported statically known to messagesFor, so formatters can use it too. */
export function registerMessages(language: Language, messages: Messages): void {
  loaded[language] ??= messages;
}

/** The interface text of a language already loaded (the provider loads it before switching to it). */
export function messagesFor(language: Language): Messages {
  const ready = loaded[language];
  if (!ready) throw new Error(`The ${language} interface text was used before it was loaded`);
  return ready;
}
