import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../src/features/dashboard/dashboard';
import { ApiErrorAlert } from '../../src/widgets/api-error/api-error-alert';
import { missingBrowserFeature } from '../../src/lib/missing-browser-feature';
import { renderWithApp } from '../setup/render-app';

/** The error the engine itself throws when a page calls a static API this browser lacks. */
function callMissingApi(): unknown {
  try {
    (AbortSignal as unknown as { notInThisBrowser: () => void }).notInThisBrowser();
  } catch (error) {
    return error;
  }
  throw new Error('the call did not fail');
}

function ourOwnBug(): unknown {
  const chart = {} as { draw: () => void };
  try {
    chart.draw();
  } catch (error) {
    return error;
  }
  throw new Error('the call did not fail');
}

/** Size container queries: Chromium 105+, Firefox 110+, Safari 16+; none of Chromium 89-104. */
function stubContainerQueries(supported: boolean) {
  vi.stubGlobal('CSS', {
    supports: (property: string, value: string) =>
      supported && property === 'container-type' && value === 'inline-size',
  });
}

describe('a browser missing a feature is named, not "unknown error"', () => {
  it('names the missing platform API, and only a platform API', () => {
    expect(missingBrowserFeature(callMissingApi())).toBe('AbortSignal.notInThisBrowser');
    expect(missingBrowserFeature(new ReferenceError('structuredClone is not defined'))).toBe('structuredClone');
    expect(missingBrowserFeature(ourOwnBug())).toBeUndefined();
    expect(missingBrowserFeature(new TypeError('AbortSignal.timeout is not a function'))).toBeUndefined();
    expect(missingBrowserFeature(new Error('boom'))).toBeUndefined();
  });

  it('says the browser is too old, in Chinese, with what the browser said under 详细信息', async () => {
    renderWithApp(<ApiErrorAlert title="报告信息加载失败" error={callMissingApi()} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      '浏览器版本过旧，缺少所需的功能（AbortSignal.notInThisBrowser）。请使用 Chromium 108 或更新版本的浏览器。',
    );
    expect(alert).not.toHaveTextContent('发生未知错误');
    await userEvent.click(within(alert).getByText('详细信息'));
    expect(within(alert).getByText('TypeError: AbortSignal.notInThisBrowser is not a function')).toBeVisible();
  });

  it('says so in English too', () => {
    window.history.replaceState(null, '', '/?lang=en');
    renderWithApp(<ApiErrorAlert title="Report failed" error={callMissingApi()} onRetry={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your browser is too old: it lacks a feature this page needs (AbortSignal.notInThisBrowser). Please use Chromium 108 or newer.',
    );
  });

  it('an unknown error still shows its detail under 详细信息', async () => {
    renderWithApp(<ApiErrorAlert title="报告信息加载失败" error={ourOwnBug()} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('发生未知错误。');
    await userEvent.click(within(alert).getByText('详细信息'));
    expect(within(alert).getByText('TypeError: chart.draw is not a function')).toBeVisible();
  });
});

describe('the readable tier (Chromium 89-107) gets one plain line saying the browser is old', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows it, in Chinese, where container queries are missing', async () => {
    stubContainerQueries(false);
    renderWithApp(<Dashboard mocks />);
    expect(
      await screen.findByText(
        '您的浏览器版本较旧：所有数据均可阅读，但页面样式会简化。建议使用 Chromium 108 或更新版本。',
      ),
    ).toBeVisible();
    // A cap for a loaded machine (the whole dashboard renders in jsdom), not a timing assertion.
    expect(await screen.findByRole('article', { name: '电信业务总量' }, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('shows it in English', async () => {
    stubContainerQueries(false);
    window.history.replaceState(null, '', '/?lang=en');
    renderWithApp(<Dashboard mocks />);
    expect(
      await screen.findByText(
        'Your browser is old: every figure is here, but the page looks plainer. Chromium 108 or newer shows it in full.',
      ),
    ).toBeVisible();
  });

  it('does not show it in a browser of the full tier', async () => {
    stubContainerQueries(true);
    renderWithApp(<Dashboard mocks />);
    // A cap for a loaded machine (the whole dashboard renders in jsdom), not a timing assertion.
    expect(await screen.findByRole('article', { name: '电信业务总量' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByText(/浏览器版本较旧/)).not.toBeInTheDocument();
  });
});
