import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED_NAME = '000_57f1bea313067324.txt';
const here = dirname(fileURLToPath(import.meta.url));
export const committedSeedPath = resolve(here, '../../source', SEED_NAME);
export const sharedSeedPath = resolve(here, '../../../shared/seed', SEED_NAME);
export const sharedSeedExists = existsSync(sharedSeedPath);

export const seedText = readFileSync(committedSeedPath, 'utf8');

const ARTICLE_END = '记者 李 静';

/** The first article of the page: from its headline to its byline. */
export const articleText = seedText.slice(0, seedText.indexOf(ARTICLE_END) + ARTICLE_END.length);
