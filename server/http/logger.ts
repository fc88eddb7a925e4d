/** JSON lines on stdout (info) and stderr (warn, error), one object per event: what log collectors read. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = 'info' | 'warn' | 'error';

function plain(value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message } : value;
}

export function jsonLogger(write: (level: Level, line: string) => void = defaultWrite): Logger {
  const emit = (level: Level, message: string, fields: Record<string, unknown> = {}) => {
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, msg: message };
    for (const [key, value] of Object.entries(fields)) entry[key] = plain(value);
    write(level, JSON.stringify(entry));
  };
  return {
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}

function defaultWrite(level: Level, line: string): void {
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}

/** For tests and the mock API: keeps the lines instead of printing them. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(
    jsonLogger((_level, line) => lines.push(line)),
    { lines },
  );
}
