import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../dataset/dataset';
import { buildPublishedAnswers } from '../http/published-answers';

export interface PublishedSource {
  id: number;
  dataset: Dataset;
}

/** The contract path of an answer → its file: `?area=X` cannot be part of a file name a static host serves. */
export function staticFileOf(key: string): string {
  const [route = '', query] = key.split('?');
  const area = query?.replace(/^area=/, '');
  return area ? `by-area${route}/${area}.json` : `${route.replace(/^\//, '')}.json`;
}

const GUIDE = `The published revision of the Shanxi ICT statistics, as static files of the API contract (public/openapi.json).
Map the contract's URLs under apiBaseUrl to these files:
  /report                    report.json
  /indicators                indicators.json
  /indicators?area=AREA      by-area/indicators/AREA.json
  /indicators/ID             indicators/ID.json
  /highlights                highlights.json
  /highlights?area=AREA      by-area/highlights/AREA.json
Serve them as application/json with an ETag and Cache-Control: no-cache. docs/data-service.md has an nginx example.
`;

/** Writes every answer of the published revision, byte for byte what the service sends; returns the files. */
export async function exportStatic(source: PublishedSource, dir: string): Promise<string[]> {
  const { answers } = buildPublishedAnswers(source.id, source.dataset);
  const files: string[] = [];
  for (const [key, answer] of answers) {
    const file = path.join(dir, staticFileOf(key));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, answer.body);
    files.push(file);
  }
  await writeFile(path.join(dir, 'README.txt'), GUIDE);
  return files;
}
