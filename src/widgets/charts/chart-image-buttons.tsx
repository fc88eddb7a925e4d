import { Button } from '@/components/ui/button';
import { useState, type RefObject } from 'react';
import { downloadBlob } from '@/lib/download';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/language-context';
import { buildChartImage, renderChartPng, type ChartImageText } from './chart-image-export';
import type { ChartSpec } from './chart-spec';

/** Saves the drawn chart as SVG or PNG with its title, source line and date drawn in. */
export function ChartImageButtons({
  spec,
  sourceCredit,
  figureRef,
  disabled,
  className,
}: {
  spec: ChartSpec;
  sourceCredit: string;
  figureRef: RefObject<HTMLElement | null>;
  disabled: boolean;
  className: string;
}) {
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

  return (
    <>
      <Button className={className} disabled={disabled} onClick={() => void savePng()}>
        {t.downloadPng}
      </Button>
      <Button className={className} disabled={disabled} onClick={saveSvg}>
        {t.downloadSvg}
      </Button>
      {failed ? (
        <span role="alert" className="basis-full text-xs text-danger">
          {t.imageExportFailed}
        </span>
      ) : null}
    </>
  );
}
