import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { indicators, report } from '../../mocks/data';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { Dashboard } from '../../src/features/dashboard/dashboard';
import { languages, type Language } from '../../src/domain/i18n/language';
import { messages } from '../setup/messages';
import { renderWithApp } from '../setup/render-app';
import { articleFigures, articleHighlights, cardLabels } from '../fixtures/article-figures';
import { articleText } from '../unit/source-article';

const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every card of the area shows the article's figures exactly as the hand-written fixture says a reader sees them. */
async function expectAreaFigures(areaId: string, language: Language) {
  const area = report.areas.find((candidate) => candidate.id === areaId);
  if (!area) throw new Error(`no area ${areaId}`);
  const labels = cardLabels[language];
  const section = await screen.findByRole('region', { name: new RegExp(area.heading[language]) });
  const expected = articleFigures.filter((figure) => figure.area === areaId);
  for (const figure of expected) {
    const text = figure[language];
    const card = await within(section).findByRole('article', { name: text.name });
    expect(within(card).getByText(text.figure, { selector: 'p' })).toBeInTheDocument();
    const badges = within(card).queryByRole('list', { name: labels.comparisons });
    const badgeTexts = badges
      ? within(badges)
          .getAllByRole('listitem')
          .map((item) => normalize(item.textContent))
      : [];
    expect(badgeTexts, figure.id).toEqual(text.badges);
    for (const before of text.before) expect(within(card).getByText(before.text)).toBeInTheDocument();
    expect(within(card).queryAllByText(labels.derived), figure.id).toHaveLength(
      text.before.filter((before) => before.derived).length,
    );
    expect(within(card).queryAllByText(labels.cumulative), figure.id).toHaveLength(figure.cumulative ? 1 : 0);
    const quote = card.querySelector('blockquote')?.textContent ?? '';
    expect(quote, figure.id).toContain(figure.printed);
    expect(articleText, figure.id).toContain(quote);
  }
  const cardNames = within(section)
    .getAllByRole('article')
    .map((card) => normalize(within(card).getByRole('heading', { level: 3 }).textContent));
  expect(cardNames).toEqual(expected.map((figure) => figure[language].name));
  for (const highlight of articleHighlights.filter((candidate) => candidate.area === areaId)) {
    expect(await within(section).findByText(highlight[language])).toBeInTheDocument();
  }
}

describe('the dashboard', () => {
  // One render per language serves all six areas: the dashboard shows them together, and each expectation above
  // names its figure, so a failure still says which card is wrong.
  it.each(languages)('shows every figure of every area in %s', async (language) => {
    if (language === 'en') window.history.replaceState(null, '', '/?lang=en');
    renderWithApp(<Dashboard mocks />);
    for (const area of report.areas) await expectAreaFigures(area.id, language);
  });

  it('writes figures the way each language expects', async () => {
    renderWithApp(<Dashboard mocks />);
    const card = async (name: string) => screen.findByRole('article', { name });
    const headline = { selector: 'p' };
    expect(within(await card('移动电话用户')).getByText('4261.7万户', headline)).toBeInTheDocument();
    expect(within(await card('移动电话用户')).getByText('+238.9万户')).toBeInTheDocument();
    expect(within(await card('5G用户普及率')).getByText('80.5%', headline)).toBeInTheDocument();
    expect(within(await card('电信业务总量')).getByText('746.26亿元', headline)).toBeInTheDocument();
    expect(within(await card('移动通信基站')).getByText('32.9万个', headline)).toBeInTheDocument();
    expect(within(await card('每万人拥有5G基站数')).getByText('中部六省第1')).toBeInTheDocument();
    expect(within(await card('智能化矿山覆盖煤矿比例')).getByText('90%以上', headline)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(within(await card('Mobile phone users')).getByText('42.617 million', headline)).toBeInTheDocument();
    expect(within(await card('Telecom business volume')).getByText('CNY 74.626 billion', headline)).toBeInTheDocument();
    expect(
      within(await card('5G base stations per 10,000 people')).getByText('1st among the six central provinces'),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?lang=en');
    expect(document.documentElement.lang).toBe('en-GB');

    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(within(await card('移动电话用户')).getByText('4261.7万户', headline)).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('marks derived values as derived', async () => {
    renderWithApp(<Dashboard mocks />);
    const card = await screen.findByRole('article', { name: '移动电话用户' });
    expect(within(card).getByText('4022.8万户')).toBeInTheDocument();
    expect(within(card).getByText('推算值')).toHaveAttribute('title', messages.zh.derivedHint);
  });

  it('offers an area index of anchors and a skip link', async () => {
    renderWithApp(<Dashboard mocks />);
    const nav = await screen.findByRole('navigation', { name: '板块导航' });
    const links = await within(nav).findAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(report.areas.map((area) => `#${area.id}`));
    expect(screen.getByRole('link', { name: '跳到正文' })).toHaveAttribute('href', '#main');
  });

  it('switches a chart to the table of its data', async () => {
    renderWithApp(<Dashboard mocks />);
    const chart = await screen.findByRole('figure', { name: '移动电话与固定宽带用户较“十三五”末均有增长' });
    await userEvent.click(within(chart).getByRole('button', { name: '表格' }));
    const table = within(chart).getByRole('table', { name: '移动电话与固定宽带用户较“十三五”末均有增长' });
    const row = within(table).getByRole('row', { name: /移动电话用户/ });
    expect(within(row).getByRole('cell', { name: '4022.8万户（推算值）' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: '4261.7万户' })).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['指标', '“十三五”末', '2025年7月31日']);
  });

  it('shows an alert with a retry when one area fails, and the other areas keep working', async () => {
    let fail = true;
    server.use(
      http.get(`${TEST_API_BASE_URL}/indicators`, ({ request }) =>
        fail && new URL(request.url).searchParams.get('area') === 'users'
          ? new HttpResponse(null, { status: 500 })
          : undefined,
      ),
    );
    renderWithApp(<Dashboard mocks />);
    const section = await screen.findByRole('region', { name: /用户规模持续增长/ });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('数据接口暂时不可用。');
    const volume = await screen.findByRole('article', { name: '电信业务总量' });
    expect(within(volume).getByText('746.26亿元', { selector: 'p' })).toBeInTheDocument();
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    const users = await within(section).findByRole('article', { name: '移动电话用户' });
    expect(within(users).getByText('4261.7万户', { selector: 'p' })).toBeInTheDocument();
  });

  it('a key figure that fell does not wear the growth colour', async () => {
    // Control: as the article has it (a rise), the band's change reads +238.9万户 in the growth colour.
    const rising = renderWithApp(<Dashboard mocks />);
    const risen = await within(await screen.findByRole('region', { name: '核心指标' })).findByText(/238\.9万户/);
    expect(risen.textContent).toContain('+238.9万户');
    expect(risen).toHaveClass('text-positive');
    rising.unmount();
    rising.queryClient.clear();

    const mobileUsers = indicators.find((indicator) => indicator.id === 'mobile-phone-users');
    if (!mobileUsers) throw new Error('the dataset has no mobile-phone-users');
    const fell = {
      ...mobileUsers,
      comparisons: mobileUsers.comparisons.map((comparison) =>
        comparison.kind === 'net-increase' ? { ...comparison, value: -238.9 } : comparison,
      ),
    };
    server.use(
      http.get(`${TEST_API_BASE_URL}/indicators`, ({ request }) =>
        new URL(request.url).searchParams.get('area') === 'users'
          ? HttpResponse.json({
              items: [fell, ...indicators.filter((item) => item.area === 'users' && item !== mobileUsers)],
            })
          : undefined,
      ),
    );
    renderWithApp(<Dashboard mocks />);
    const band = await screen.findByRole('region', { name: '核心指标' });
    const change = await within(band).findByText(/238\.9万户/);
    expect(change.textContent).not.toContain('+');
    expect(change).not.toHaveClass('text-positive');
  });

  it('leads with the six key figures, the big screen’s choice, each with its comparison and a link to its area', async () => {
    renderWithApp(<Dashboard mocks />);
    const band = await screen.findByRole('region', { name: '核心指标' });
    const expected = [
      ['#scale', '规模', '746.26亿元', '电信业务总量', '+446.26亿元 较“十三五”末'],
      ['#users', '用户', '4261.7万户', '移动电话用户', '+238.9万户 较“十三五”末'],
      ['#network', '网络', '11.5万个', '5G基站', '+9.9万个 较“十三五”末'],
      ['#compute', '算力', '全国第8', '综合算力指数'],
      ['#industry', '产业', '90%以上', '智能化矿山覆盖煤矿比例'],
      ['#inclusion', '普惠', '96%', '行政村5G通达率'],
    ];
    await within(band).findByText('行政村5G通达率');
    await within(band).findByText('746.26亿元');
    const links = within(band).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(expected.map(([href]) => href));
    links.forEach((link, index) => {
      const [, ...texts] = expected[index] ?? [];
      for (const text of texts) expect(within(link).getByText(text)).toBeInTheDocument();
    });
  });

  it('shows the key figures in English', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    renderWithApp(<Dashboard mocks />);
    const band = await screen.findByRole('region', { name: 'Key figures' });
    for (const text of [
      'CNY 74.626 billion',
      '+CNY 44.626 billion vs end of 2020',
      '42.617 million',
      '+2.389 million vs end of 2020',
      '115,000',
      '+99,000 vs end of 2020',
      '8th nationally',
      '90% or more',
      '96%',
      'Administrative villages reached by 5G',
    ]) {
      expect(await within(band).findByText(text)).toBeInTheDocument();
    }
  });

  it('states the as-of date once in the header and once per area, and on a card only when its own differs', async () => {
    const mobileUsers = indicators.find((indicator) => indicator.id === 'mobile-phone-users');
    if (!mobileUsers) throw new Error('the dataset has no mobile-phone-users');
    const [baseline, latest] = mobileUsers.observations;
    const earlierUsers = { ...mobileUsers, observations: [baseline, { ...latest, date: '2025-06-30' }] };
    server.use(
      http.get(`${TEST_API_BASE_URL}/indicators`, ({ request }) =>
        new URL(request.url).searchParams.get('area') === 'users'
          ? HttpResponse.json({
              items: [earlierUsers, ...indicators.filter((item) => item.area === 'users' && item !== mobileUsers)],
            })
          : undefined,
      ),
    );
    renderWithApp(<Dashboard mocks />);
    const users = await screen.findByRole('article', { name: '移动电话用户' });
    expect(within(users).getByText('数据截至 2025年6月30日')).toBeInTheDocument();
    const penetration = await screen.findByRole('article', { name: '移动电话普及率' });
    expect(within(penetration).queryByText(/数据截至/)).toBeNull();
    for (const area of report.areas) {
      const section = screen.getByRole('region', { name: new RegExp(area.heading.zh) });
      expect(within(section).getAllByText('数据截至 2025年7月31日')).toHaveLength(1);
    }
    expect(within(screen.getByRole('banner')).getByText('数据截至 2025年7月31日')).toBeInTheDocument();
  });

  it('names the article under each chart and links to its full credit in the header', async () => {
    renderWithApp(<Dashboard mocks />);
    const chart = await screen.findByRole('figure', { name: '移动电话与固定宽带用户较“十三五”末均有增长' });
    const link = within(chart).getByRole('link', {
      name: '《从基础联接到数智赋能 全省“十四五”信息通信业实现跨越式发展》',
    });
    const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
    // Mainland style: 《》 and the byline without the newspaper's padding space; the missing paper and date are
    // in the 关于数据 note, reached from the header.
    expect(target).toHaveTextContent(
      /^数据来源：《从基础联接到数智赋能 全省“十四五”信息通信业实现跨越式发展》，记者 李静$/,
    );
    expect(within(screen.getByRole('banner')).getByText(/记者 李静/)).toBe(target);
    const aboutLink = within(screen.getByRole('banner')).getByRole('link', { name: '关于数据' });
    const about = document.getElementById(aboutLink.getAttribute('href')?.slice(1) ?? '');
    expect(about).toHaveTextContent('报纸版面；原文未注明报名与出版日期。');
    expect(about).toHaveTextContent('推算值');
    expect(about).toHaveTextContent('没有说明与什么基数比较');
    expect(about).toHaveTextContent('本页的数据请求由本机的模拟接口应答');
    expect(screen.queryByText('演示数据')).not.toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('离线演示 · 数据摘自报道')).toBeInTheDocument();
  });

  // Two full dashboards, one after the other: the 60 s is a cap for a loaded machine, not a timing assertion.
  it('remembers the colour theme and the language when the page is opened again without ?lang=', async () => {
    const first = renderWithApp(<Dashboard mocks />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: '配色' }), '深色');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('article', { name: 'Mobile phone users' })).toBeInTheDocument();

    // A reload: the app goes away, the address has no ?lang=, and a new app starts.
    first.unmount();
    delete document.documentElement.dataset.theme;
    window.history.replaceState(null, '', '/');
    renderWithApp(<Dashboard mocks />);
    const colours = await screen.findByRole('combobox', { name: 'Colours' });
    expect(screen.getByRole('option', { name: 'Dark' })).toHaveProperty('selected', true);
    expect(screen.getByRole('option', { name: 'System' })).toHaveProperty('selected', false);
    const card = await screen.findByRole('article', { name: 'Mobile phone users' });
    expect(within(card).getByText('42.617 million', { selector: 'p' })).toBeInTheDocument();

    // Control for the check below: choosing Dark in this app does set the theme.
    await userEvent.selectOptions(colours, 'Light');
    await userEvent.selectOptions(colours, 'Dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await userEvent.selectOptions(colours, 'System');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  }, 60_000);
});
