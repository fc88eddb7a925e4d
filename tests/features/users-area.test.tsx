import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../mocks/data';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { Dashboard } from '../../src/app/dashboard';
import { formatComparison, formatObservation } from '../../src/lib/format';
import type { Language } from '../../src/lib/i18n/language';
import { messages } from '../../src/lib/i18n/messages';
import { renderWithApp } from '../setup/render-app';

const usersIndicators = indicators.filter((indicator) => indicator.area === 'users');

async function expectUsersFigures(language: Language, heading: string) {
  const section = await screen.findByRole('region', { name: heading });
  for (const indicator of usersIndicators) {
    const card = await within(section).findByRole('article', { name: indicator.name[language] });
    const latest = indicator.observations.at(-1);
    if (!latest) throw new Error('no observation');
    expect(within(card).getByText(formatObservation(latest, indicator, language))).toBeInTheDocument();
    if (indicator.comparisons.length === 0) continue;
    const badges = within(card).getByRole('list', { name: messages[language].comparisons });
    for (const comparison of indicator.comparisons) {
      expect(within(badges).getByText(formatComparison(comparison, indicator, language))).toBeInTheDocument();
    }
  }
}

describe('the users area', () => {
  it('shows every users figure from the mocked API, in Chinese by default', async () => {
    renderWithApp(<Dashboard mocks />);
    expect(await screen.findByText('演示数据')).toBeInTheDocument();
    await expectUsersFigures('zh', '用户规模持续增长');
    const section = screen.getByRole('region', { name: '用户规模持续增长' });
    expect(within(section).getByText('4261.7万户')).toBeInTheDocument();
    expect(within(section).getByText('+238.9万户')).toBeInTheDocument();
    expect(within(section).getByText('80.5%')).toBeInTheDocument();
  });

  it('switches to English and keeps the choice in the URL', async () => {
    renderWithApp(<Dashboard mocks={false} />);
    await screen.findByRole('region', { name: '用户规模持续增长' });
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await expectUsersFigures('en', 'Users keep growing');
    expect(screen.getByText('42.617 million')).toBeInTheDocument();
    expect(window.location.search).toBe('?lang=en');
    expect(screen.queryByText('Demo data')).not.toBeInTheDocument();
  });

  it('shows the source sentence verbatim', async () => {
    renderWithApp(<Dashboard mocks />);
    const card = await screen.findByRole('article', { name: '5G流量占比' });
    await userEvent.click(within(card).getByText('查看出处'));
    expect(within(card).getByText('流量业务持续跃升，5G流量占比达68%。')).toBeVisible();
  });

  it('shows an alert with a retry when the area fails, and the other areas keep working', async () => {
    let fail = true;
    server.use(
      http.get(`${TEST_API_BASE_URL}/indicators`, ({ request }) =>
        fail && new URL(request.url).searchParams.get('area') === 'users'
          ? new HttpResponse(null, { status: 500 })
          : undefined,
      ),
    );
    renderWithApp(<Dashboard mocks />);
    const section = await screen.findByRole('region', { name: '用户规模持续增长' });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('数据接口返回错误。');
    expect(await screen.findByText('746.26亿元')).toBeInTheDocument();
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await within(section).findByText('4261.7万户')).toBeInTheDocument();
  });
});
