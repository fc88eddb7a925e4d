import { useState, type RefObject } from 'react';
import { downloadBlob } from '@/lib/download';
import { formatDate } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { pageImageOptions, renderChartPng } from './chart-image-export';
import type { ChartImage, ChartImageText } from './chart-image-layout';

/** Drawing an image is only for those who ask for one: its code loads on the first download. */
const loadChartSvg = () => import('./chart-svg');

/**
 * Saves the chart as SVG or PNG, drawn from its spec with its title, source line and date, in the colours and width
 * it has on the page; `failed` says when it could not.
 */
export function useChartImageExport(spec: ChartSpec, sourceCredit: string, figureRef: RefObject<HTMLElement | null>) {
  const { language, t } = useI18n();
  const [failed, setFailed] = useState(false);

  async function buildImage(): Promise<ChartImage | undefined> {
    const figure = figureRef.current;
    const text: ChartImageText = {
      title: spec.title[language],
      sourceLine: `${t.sourceLine}${sourceCredit}`,
      asOfLine: `${t.asOf} ${formatDate(spec.asOf, language)}`,
    };
    try {
      if (!figure) throw new Error('The chart is not on the page');
      const { buildChartSvg } = await loadChartSvg();
      const image = buildChartSvg(spec, language, text, pageImageOptions(figure));
      setFailed(false);
      return image;
    } catch {
      setFailed(true);
      return undefined;
    }
  }

  async function savePng() {
    const image = await buildImage();
    if (!image) return;
    try {
      downloadBlob(`${spec.id}.png`, await renderChartPng(image));
    } catch {
      setFailed(true);
    }
  }

  async function saveSvg() {
    const image = await buildImage();
    if (image) downloadBlob(`${spec.id}.svg`, new Blob([image.svg], { type: 'image/svg+xml' }));
  }

  return { savePng: () => void savePng(), saveSvg: () => void saveSvg(), failed };
}
