import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../src/widgets/briefing-files/export-menu';
import { renderWithApp } from '../setup/render-app';

/** The deck builder fails once (a chunk that did not arrive, a library error), then works. */
const buildDeck = vi.hoisted(() => vi.fn());
vi.mock('../../src/widgets/briefing-files/build-deck', () => ({
  buildDeck,
  PPTX_MIME: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
}));
const downloadBlob = vi.hoisted(() => vi.fn());
vi.mock('../../src/lib/download', () => ({ downloadBlob }));

describe('the 导出 menu', () => {
  beforeEach(() => {
    buildDeck.mockReset();
    downloadBlob.mockReset();
  });

  it('says when a file could not be made, in the reader’s language, and retries', async () => {
    const user = userEvent.setup();
    buildDeck.mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValueOnce(new Uint8Array([80, 75]));
    renderWithApp(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: '导出' }));
    await user.click(screen.getByRole('menuitem', { name: 'PowerPoint 演示文稿 (.pptx)' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('文件生成失败，请重试。');
    expect(downloadBlob).not.toHaveBeenCalled();

    await user.click(within(alert).getByRole('button', { name: '重试导出' }));
    await vi.waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    expect(downloadBlob.mock.calls[0]?.[0]).toBe('shanxi-ict-2025-07-31-zh.pptx');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The deck was built from the report and all six areas the API returned (雁门关 is a highlight, not an indicator).
    const input = buildDeck.mock.calls[1]?.[0] as { areas: { indicators: unknown[] }[] };
    expect(input.areas.map((area) => area.indicators.length)).toEqual([2, 6, 7, 5, 1, 7]);
  });
});
