import { screen, within } from '@testing-library/react';
import JSZip from 'jszip';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../mocks/data';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import type { Indicator } from '../../src/api/schemas';
import { Dashboard } from '../../src/features/dashboard/dashboard';
import { ReportPage } from '../../src/features/report/report-page';
import { ScreenPage } from '../../src/features/screen/screen-page';
import type { Language } from '../../src/domain/i18n/language';
import { buildDeck } from '../../src/widgets/briefing-files/build-deck';
import { buildWorkbook } from '../../src/widgets/briefing-files/build-workbook';
import { briefingInputFor } from '../setup/briefing-input';
import { renderWithApp } from '../setup/render-app';

/**
 * A derived comparison is marked in every view that shows it. The data: an import published October's 5G figure
 * (12.1万个) and recomputed its net increase (10.5万个), so the comparison is derived, not printed.
 */
const october: Indicator[] = indicators.map((indicator) =>
  indicator.id === '5g-base-stations'
    ? {
        ...indicator,
        observations: [
          ...indicator.observations,
          { date: '2025-10-31', value: 12.1, derived: false, bound: 'exact' as const },
        ],
        comparisons: [{ kind: 'net-increase' as const, value: 10.5, since: '2020-12-31', derived: true }],
      }
    : indicator,
);

function serveOctober() {
  server.use(
    http.get(`${TEST_API_BASE_URL}/indicators`, ({ request }) => {
      const area = new URL(request.url).searchParams.get('area');
      return Response.json({ items: october.filter((indicator) => !area || indicator.area === area) });
    }),
  );
}

/** Written out by hand: the comparison with its mark, as each language prints it. */
const expected = {
  zh: { label: '+10.5万个 较“十三五”末（推算值）', card: '5G基站', summary: '摘要', network: /网络/ },
  en: { label: '+105,000 vs end of 2020 (Derived)', card: '5G base stations', summary: 'Summary', network: /Network/ },
} satisfies Record<Language, unknown>;

const languages: Language[] = ['zh', 'en'];

function openIn(language: Language) {
  window.history.replaceState(null, '', language === 'en' ? '/?lang=en' : '/');
  serveOctober();
}

describe.each(languages)('a derived comparison is marked in every view (%s)', (language) => {
  const { label, card, summary, network } = expected[language];

  it('on the dashboard: its card and the key figures', async () => {
    openIn(language);
    renderWithApp(<Dashboard mocks={false} />);
    // The first render in this file imports the whole dashboard: a cap for a loaded machine, not a timing assertion.
    const article = await screen.findByRole('article', { name: card }, { timeout: 15_000 });
    await within(article).findByText(language === 'zh' ? '12.1万个' : '121,000', { selector: 'p' });
    expect(article).toHaveTextContent(label);
    const band = screen.getByRole('region', { name: language === 'zh' ? '核心指标' : 'Key figures' });
    expect(band).toHaveTextContent(label);
  });

  it('in the printed report: the area table and the summary', async () => {
    openIn(language);
    renderWithApp(<ReportPage mocks={false} />);
    const summaryRegion = await screen.findByRole('region', { name: summary });
    await within(summaryRegion).findByText(language === 'zh' ? '12.1万个' : '121,000');
    expect(summaryRegion).toHaveTextContent(label);
    const row = (await screen.findAllByRole('row')).find((candidate) => candidate.textContent?.includes(card));
    expect(row).toHaveTextContent(label);
  });

  it('on the big screen: the network tile', async () => {
    openIn(language);
    renderWithApp(<ScreenPage mocks={false} cycleSeconds={15} />);
    const tile = await screen.findByRole('tab', { name: network });
    await within(tile).findByText(language === 'zh' ? '12.1万个' : '121,000');
    expect(tile).toHaveTextContent(label);
  });

  it('in the PowerPoint deck and the Excel workbook', async () => {
    const input = { ...briefingInputFor(language) };
    input.areas = input.areas.map((area) => ({
      ...area,
      indicators: area.indicators.map(
        (indicator) => october.find((changed) => changed.id === indicator.id) ?? indicator,
      ),
    }));
    const deck = await JSZip.loadAsync(await buildDeck(input));
    const slides = await Promise.all(
      Object.keys(deck.files)
        .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
        .map((name) => deck.file(name)?.async('string') ?? ''),
    );
    const runs = slides.flatMap((xml) => [...xml.matchAll(/<a:t(?:\s[^>]*)?>([^<]*)<\/a:t>/g)].map(([, text]) => text));
    // The key-figures slide and the network area's card slide.
    expect(runs.filter((text) => text === label)).toHaveLength(2);

    const workbook = await JSZip.loadAsync(await buildWorkbook(input));
    const sheet = (await workbook.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    const fiveGRow = [...sheet.matchAll(/<row[^>]*>(.*?)<\/row>/gs)]
      .map(([, cells = '']) => [...cells.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map(([, text]) => text))
      .find((cells) => cells.includes('5g-base-stations'));
    // The workbook names the derived columns in its 推算值 column: here the net increase.
    expect(fiveGRow).toContain(language === 'zh' ? '较“十三五”末净增' : 'Net increase vs end of 2020');
  });
});
