import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
/** Relative targets of Markdown links and images: [text](path) and ![alt](path), without #fragment. */
const relativeLinks = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
  .map((match) => match[1] ?? '')
  .filter((target) => !/^(https?:|mailto:|#)/.test(target))
  .map((target) => target.split('#')[0] ?? target);

describe('README.md', () => {
  it('links only to files that exist', () => {
    expect(relativeLinks).toContain('docs/performance.md');
    expect(relativeLinks.filter((target) => !existsSync(target))).toEqual([]);
  });

  it('stays a front page: at most 200 lines, the first sh block the two quick-start lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(firstBlock).toBe('npm ci && npm start\nnpm ci && npm test\n');
  });
});
