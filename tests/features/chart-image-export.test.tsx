import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedPage } from '../../src/features/embed/embed-page';
import { messages } from '../setup/messages';
import { renderWithApp } from '../setup/render-app';

const { downloadBlob, downloadText } = vi.hoisted(() => ({ downloadBlob: vi.fn(), downloadText: vi.fn() }));
vi.mock('../../src/lib/download', () => ({ downloadBlob, downloadText }));

const zh = messages.zh;
const usersChartTitle = '移动电话与固定宽带用户较“十三五”末均有增长';

beforeEach(() => {
  downloadBlob.mockReset();
  // jsdom has no canvas: the export measures and resolves colours without one.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

async function openChart() {
  renderWithApp(<EmbedPage embedId="chart-users-growth" mocks={false} />);
  const chart = await screen.findByRole('figure', { name: usersChartTitle });
  // Drawn: its value labels are on screen.
  await within(chart).findAllByText('4261.7万户');
  return chart;
}

async function downloadSvg(chart: HTMLElement): Promise<Document> {
  const user = userEvent.setup();
  await user.click(within(chart).getByRole('button', { name: zh.downloadAndShare }));
  await user.click(within(chart).getByRole('menuitem', { name: zh.downloadSvg }));
  await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
  const [fileName, blob] = downloadBlob.mock.calls[0] as [string, Blob];
  expect(fileName).toBe('users-growth.svg');
  const svg = await blob.text();
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror')).toBeNull();
  expect(svg).not.toContain('var(');
  return document;
}

function expectChartImage(document: Document) {
  const texts = [...document.querySelectorAll('text')].map((element) => element.textContent);
  expect(texts).toEqual(
    expect.arrayContaining([
      usersChartTitle,
      '4261.7万户',
      '4022.8万户（推算值）',
      '1797.5万户',
      '“十三五”末',
      '数据截至 2025年7月31日',
    ]),
  );
  expect(texts.join('')).toContain('数据来源：《从基础联接到数智赋能');
}

describe('a chart image download', () => {
  it('does not depend on the class names the chart library gives its drawing', async () => {
    const chart = await openChart();
    // What a chart library upgrade may do: rename every class it draws with.
    const drawn = chart.querySelectorAll('[class*="recharts"]');
    expect(drawn.length).toBeGreaterThan(0);
    for (const element of drawn) {
      element.setAttribute('class', (element.getAttribute('class') ?? '').replaceAll('recharts', 'renamed'));
    }
    expectChartImage(await downloadSvg(chart));
    expect(within(chart).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('saves the chart from the table view too, where no chart is drawn', async () => {
    const chart = await openChart();
    await userEvent.click(within(chart).getByRole('button', { name: zh.tableView }));
    expect(within(chart).getByRole('table')).toBeInTheDocument();
    expectChartImage(await downloadSvg(chart));
  });
});
