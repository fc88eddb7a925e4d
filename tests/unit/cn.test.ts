// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cn } from '../../src/components/ui/cn';

describe('cn keeps one class of each kind, the later one', () => {
  it.each([
    ['rounded-md', 'rounded-xl', 'rounded-xl'],
    ['rounded', 'rounded-full', 'rounded-full'],
    ['px-3 py-1', 'px-2.5 py-1.5', 'px-2.5 py-1.5'],
    ['px-2 py-1', 'p-4', 'p-4'],
    ['p-4', 'px-2', 'p-4 px-2'],
    ['text-sm text-ink', 'text-xs', 'text-ink text-xs'],
    ['text-sm text-ink', 'text-link', 'text-sm text-link'],
    ['text-[9pt]', 'text-lg', 'text-lg'],
    ['bg-surface', 'bg-badge', 'bg-badge'],
    ['border border-line', 'border-2 border-accent-300', 'border-2 border-accent-300'],
    ['border-b border-line', 'border-b-2', 'border-line border-b-2'],
    ['border-l-2 border-line', 'border-t', 'border-l-2 border-line border-t'],
    ['border border-line', 'border-danger/50', 'border border-danger/50'],
  ])('%s + %s = %s', (base, extra, merged) => {
    expect(cn(base, extra)).toBe(merged);
  });

  it('treats each variant (hover:, aria-pressed:, focus-visible:) as its own kind', () => {
    expect(cn('hover:bg-surface-muted bg-surface', 'hover:bg-accent-800')).toBe('bg-surface hover:bg-accent-800');
    expect(cn('aria-pressed:bg-badge', 'bg-surface')).toBe('aria-pressed:bg-badge bg-surface');
  });

  it('keeps classes it does not know, and skips empty and false parts', () => {
    expect(cn('text-left text-ink font-medium shadow-sm', 'text-center text-link font-bold')).toBe(
      'text-left font-medium shadow-sm text-center text-link font-bold',
    );
    expect(cn('mt-2 tabular-nums', false, undefined, '', 'mt-2')).toBe('mt-2 tabular-nums mt-2');
    expect(cn('  gap-1  ', null)).toBe('gap-1');
  });

  it('never takes a wrap, overflow, border style or background layout utility for a colour', () => {
    expect(cn('text-ink', 'text-balance')).toBe('text-ink text-balance');
    expect(cn('text-muted truncate', 'text-ellipsis text-nowrap')).toBe(
      'text-muted truncate text-ellipsis text-nowrap',
    );
    expect(cn('rounded-lg border border-line bg-surface', 'border-dashed')).toBe(
      'rounded-lg border border-line bg-surface border-dashed',
    );
    expect(cn('bg-surface', 'bg-no-repeat bg-cover bg-center')).toBe('bg-surface bg-no-repeat bg-cover bg-center');
    expect(cn('border-line text-ink', 'border-dashed text-pretty', 'border-danger')).toBe(
      'text-ink border-dashed text-pretty border-danger',
    );
  });
});
