import { useState, type RefObject } from 'react';
import { downloadBlob } from '@/lib/download';
import { formatDate } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { buildChartImage, renderChartPng, type ChartImageText } from './chart-image-export';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';

/** Saves the drawn chart as SVG or PNG with its title, source line and date drawn in; `failed` says when it could not. */
export function useChartImageExport(spec: ChartSpec, sourceCredit: string, figureRef: RefObject<HTMLElement | null>) {
  const { language, t } = useI18n();
  const [failed, setFailed] = useState(false);

  function buildImage() {
    const figure = figureRef.current;
    const text: ChartImageText = {
      title: spec.title[language],
      sourceLine: `${t.sourceLine}${sourceCredit}`,
      asOfLine: `${t.asOf} ${formatDate(spec.asOf, language)}`,
    };
    const image = figure ? buildChartImage(figure, text) : undefined;
    setFailed(!image);
    return image;
  }

  async function savePng() {
    const image = buildImage();
    if (!image) return;
    try {
      downloadBlob(`${spec.id}.png`, await renderChartPng(image));
    } catch {
      setFailed(true);
    }
  }

  function saveSvg() {
    const image = buildImage();
    if (image) downloadBlob(`${spec.id}.svg`, new Blob([image.svg], { type: 'image/svg+xml' }));
  }

  return { savePng: () => void savePng(), saveSvg, failed };
}
