import { CHART_COLOUR_VARIABLES, type ChartColourRole, type ChartColours } from '@/widgets/charts/model/chart-colours';
import { PNG_SCALE, type ChartImage, type TextMeasure } from './chart-image-layout';
import type { ChartSvgOptions } from './chart-svg';

/**
 * What an image export takes from the page at the moment of export, in the browser: the chart's width, its font, and
 * the theme's colours resolved to #rrggbb (the page's are CSS variables, and light-dark() picks by the colour scheme
 * in force). And the PNG, rasterised from the SVG.
 */

/** When a figure has no width (not laid out): a common chart width on a laptop. */
const FALLBACK_WIDTH = 640;

/** The light theme's colours, for a browser that cannot say what a variable resolves to. */
const FALLBACK_COLOURS: ChartColours = {
  background: '#ffffff',
  track: '#e3e8ee',
  ink: '#141b24',
  muted: '#4d5660',
  axis: '#4d5660',
  grid: '#d3d8de',
  latest: '#0056a4',
  baseline: '#92b1d3',
  positive: '#005e26',
  warning: '#844100',
};

/** Any colour the browser understands (oklch(), rgb(), a named colour) as #rrggbb; undefined if it cannot. */
function createColourResolver(): (cssColour: string) => string | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (cssColour) => {
    const value = cssColour.trim();
    if (!context || value === '') return undefined;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = value;
    context.fillRect(0, 0, 1, 1);
    const [red = 0, green = 0, blue = 0, alpha = 0] = context.getImageData(0, 0, 1, 1).data;
    if (alpha === 0) return undefined;
    return `#${[red, green, blue].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  };
}

/** A colour variable as the page resolves it at `context` (light-dark() picks by the colour scheme in force there). */
function computedVariableColour(context: HTMLElement, variable: `--${string}`): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  context.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Every chart colour role as the page shows it inside `context`. */
function resolveChartColours(context: HTMLElement): ChartColours {
  const resolve = createColourResolver();
  const roles = Object.keys(CHART_COLOUR_VARIABLES) as ChartColourRole[];
  return Object.fromEntries(
    roles.map((role) => [
      role,
      resolve(computedVariableColour(context, CHART_COLOUR_VARIABLES[role])) ?? FALLBACK_COLOURS[role],
    ]),
  ) as ChartColours;
}

/** Text widths in the page's own font, from a canvas; undefined where there is no canvas. */
function canvasTextMeasure(fontFamily: string): TextMeasure | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  return (text, { fontSize, fontWeight }) => {
    context.font = `${fontWeight} ${fontSize}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

/** The image options for a chart shown in `figure`: its width, font and colours as the reader sees them now. */
export function pageImageOptions(figure: HTMLElement): ChartSvgOptions {
  const fontFamily = getComputedStyle(figure).fontFamily;
  return {
    width: figure.getBoundingClientRect().width || FALLBACK_WIDTH,
    colours: resolveChartColours(figure),
    fontFamily,
    measureText: canvasTextMeasure(fontFamily),
  };
}

/** Rasterises the exported SVG at PNG_SCALE × its size, through an <img> and a canvas (no library). */
export async function renderChartPng(image: ChartImage, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas');
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
