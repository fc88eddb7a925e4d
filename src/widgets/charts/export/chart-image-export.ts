import { wrapTokens } from '@/lib/wide-characters';

/**
 * Turns a drawn chart into a self-contained SVG (and from that a PNG) that still says what it is and where it
 * comes from once pasted into a slide: its title above, the source line and the as-of date below.
 * The page's colours are CSS variables, which mean nothing outside the page, so every painted element gets its
 * computed colours as plain presentation attributes (no style attributes: the page's CSP forbids inline styles,
 * and other programs read attributes more reliably).
 */

export interface ChartImageText {
  title: string;
  sourceLine: string;
  asOfLine: string;
}

export interface ChartImage {
  svg: string;
  /** The image's size in CSS pixels: the chart as drawn plus the title and source areas. */
  width: number;
  height: number;
}

/** PNG exports are drawn at twice the CSS size so they stay sharp on slides and high-density screens. */
export const PNG_SCALE = 2;

export const IMAGE_LAYOUT = {
  padding: 16,
  gap: 10,
  title: { fontSize: 16, lineHeight: 22, fontWeight: '600' },
  note: { fontSize: 12, lineHeight: 17, fontWeight: '400' },
} as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAINTED_ELEMENTS = new Set([
  'rect',
  'path',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'use',
]);
const TEXT_ELEMENTS = new Set(['text', 'tspan']);
const PAINT_PROPERTIES = ['fill', 'stroke'] as const;
const PLAIN_PROPERTIES = ['stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity'] as const;
const TEXT_PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Splits text into lines no wider than maxWidth: Chinese may break between any two characters, English at spaces. */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const tokens = wrapTokens(text);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line !== '' && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Where each part of the image goes, from the chart's drawn size and the number of text lines. */
export function layoutChartImage(chart: { width: number; height: number }, titleLines: number, noteLines: number) {
  const { padding, gap, title, note } = IMAGE_LAYOUT;
  const chartTop = padding + titleLines * title.lineHeight + gap;
  const notesTop = chartTop + chart.height + gap;
  return {
    width: Math.ceil(chart.width + 2 * padding),
    height: Math.ceil(notesTop + noteLines * note.lineHeight + padding),
    chartLeft: padding,
    chartTop,
    notesTop,
  };
}

type ColourResolver = (cssColour: string) => { colour: string; opacity: number };

/** Any colour the browser understands (oklch(), light-dark() already resolved, rgb()) as #rrggbb plus an opacity. */
function createColourResolver(): ColourResolver {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const cache = new Map<string, { colour: string; opacity: number }>();
  return (cssColour) => {
    const value = cssColour.trim();
    if (value === 'none' || value === '' || !context) return { colour: value || 'none', opacity: 1 };
    // A paint server reference keeps only its fragment; the page URL in front of it means nothing in a file.
    const reference = /^url\(["']?[^#"')]*(#[^"')]+)["']?\)/.exec(value);
    if (reference) return { colour: `url(${reference[1]})`, opacity: 1 };
    const cached = cache.get(value);
    if (cached) return cached;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = value;
    context.fillRect(0, 0, 1, 1);
    const [red = 0, green = 0, blue = 0, alpha = 0] = context.getImageData(0, 0, 1, 1).data;
    const hex = `#${[red, green, blue].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
    const resolved =
      alpha === 0 ? { colour: 'none', opacity: 1 } : { colour: hex, opacity: Math.round((alpha / 255) * 1000) / 1000 };
    cache.set(value, resolved);
    return resolved;
  };
}

/** Copies what the page computed for `source` onto its clone, then does the same for every descendant. */
function inlineComputedStyles(source: Element, target: Element, resolveColour: ColourResolver): void {
  const tag = source.localName;
  const computed = getComputedStyle(source);
  if (PAINTED_ELEMENTS.has(tag)) {
    for (const property of PAINT_PROPERTIES) {
      const { colour, opacity } = resolveColour(computed.getPropertyValue(property));
      target.setAttribute(property, colour);
      const ownOpacity = Number.parseFloat(computed.getPropertyValue(`${property}-opacity`)) || 1;
      if (opacity * ownOpacity < 1) target.setAttribute(`${property}-opacity`, String(opacity * ownOpacity));
    }
    for (const property of PLAIN_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value && value !== 'none' && value !== 'normal') target.setAttribute(property, value);
    }
  }
  if (TEXT_ELEMENTS.has(tag)) {
    for (const property of TEXT_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
  }
  if (computed.display === 'none') target.setAttribute('display', 'none');
  if (computed.visibility === 'hidden') target.setAttribute('visibility', 'hidden');
  target.removeAttribute('style');
  for (const attribute of [...target.attributes]) {
    if (attribute.value.includes('var(')) target.removeAttribute(attribute.name);
  }
  [...source.children].forEach((child, index) => {
    const clonedChild = target.children[index];
    if (clonedChild) inlineComputedStyles(child, clonedChild, resolveColour);
  });
}

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>) {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function textMeasurer(fontFamily: string, style: { fontSize: number; fontWeight: string }): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * style.fontSize;
  context.font = `${style.fontWeight} ${style.fontSize}px ${fontFamily}`;
  return (text) => context.measureText(text).width;
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

/** The chart's own surface: recharts also draws small <svg>s for legend icons, which sit outside its wrapper's direct children. */
export function findChartSurface(container: ParentNode): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
}

/**
 * recharts draws the legend as HTML over the chart; the image gets the same swatches and labels as SVG,
 * at the same places.
 */
function legendAsSvg(
  surface: SVGSVGElement,
  size: { width: number; height: number },
  resolveColour: ColourResolver,
): SVGGElement {
  const group = svgElement('g', { class: 'legend' });
  const wrapper = surface.parentElement;
  const surfaceBox = surface.getBoundingClientRect();
  // Ratios, not pixels: on the big screen the page is scaled with a CSS transform.
  const scaleX = surfaceBox.width > 0 ? size.width / surfaceBox.width : 1;
  const scaleY = surfaceBox.height > 0 ? size.height / surfaceBox.height : 1;
  const place = (box: DOMRect) => ({
    x: (box.left - surfaceBox.left) * scaleX,
    y: (box.top - surfaceBox.top) * scaleY,
    width: box.width * scaleX,
    height: box.height * scaleY,
  });
  for (const item of wrapper?.querySelectorAll('.recharts-legend-item') ?? []) {
    const icon = item.querySelector('svg');
    if (icon) {
      const clone = icon.cloneNode(true) as SVGSVGElement;
      inlineComputedStyles(icon, clone, resolveColour);
      const box = place(icon.getBoundingClientRect());
      for (const [key, value] of Object.entries(box)) clone.setAttribute(key, String(value));
      group.append(clone);
    }
    const label = item.querySelector('.recharts-legend-item-text');
    if (label?.textContent) {
      // The legend's formatter may wrap the text in its own coloured element: take the colour the text is drawn in.
      let textElement: Element = label;
      while (textElement.children.length === 1 && textElement.firstElementChild)
        textElement = textElement.firstElementChild;
      const computed = getComputedStyle(textElement);
      const box = place(label.getBoundingClientRect());
      const text = svgElement('text', {
        x: box.x,
        y: box.y + box.height / 2,
        'dominant-baseline': 'central',
        'font-family': computed.fontFamily,
        'font-size': computed.fontSize,
        fill: resolveColour(computed.color).colour,
      });
      text.textContent = label.textContent;
      group.append(text);
    }
  }
  return group;
}

/**
 * The chart inside `container` as a standalone SVG document with its title, source line and date drawn in.
 * Undefined when no chart is drawn there (e.g. the table view is showing).
 */
export function buildChartImage(container: HTMLElement, text: ChartImageText): ChartImage | undefined {
  const surface = findChartSurface(container);
  if (!surface) return undefined;
  const chart = { width: surface.width.baseVal.value, height: surface.height.baseVal.value };
  if (!(chart.width > 0 && chart.height > 0)) return undefined;

  const resolveColour = createColourResolver();
  const containerStyle = getComputedStyle(container);
  const fontFamily = containerStyle.fontFamily;
  const ink = resolveColour(containerStyle.color).colour;
  const background = resolveColour(containerStyle.backgroundColor);
  const muted = resolveColour(computedVariableColour(container, '--muted')).colour;

  const { title, note } = IMAGE_LAYOUT;
  const titleLines = wrapText(text.title, chart.width, textMeasurer(fontFamily, title));
  const noteLines = [
    ...wrapText(text.sourceLine, chart.width, textMeasurer(fontFamily, note)),
    ...wrapText(text.asOfLine, chart.width, textMeasurer(fontFamily, note)),
  ];
  const layout = layoutChartImage(chart, titleLines.length, noteLines.length);

  const root = svgElement('svg', {
    xmlns: SVG_NS,
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    'font-family': fontFamily,
  });
  const accessibleTitle = svgElement('title', {});
  accessibleTitle.textContent = text.title;
  root.append(accessibleTitle);
  root.append(
    svgElement('rect', {
      width: layout.width,
      height: layout.height,
      fill: background.colour === 'none' ? '#ffffff' : background.colour,
    }),
  );

  const addLines = (lines: string[], top: number, style: typeof title | typeof note, fill: string) =>
    lines.forEach((line, index) => {
      const element = svgElement('text', {
        x: layout.chartLeft,
        // Alphabetic baseline about three quarters down the line box.
        y: top + index * style.lineHeight + Math.round(style.lineHeight * 0.75),
        'font-size': style.fontSize,
        'font-weight': style.fontWeight,
        fill,
      });
      element.textContent = line;
      root.append(element);
    });
  addLines(titleLines, IMAGE_LAYOUT.padding, title, ink);

  const chartClone = surface.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(surface, chartClone, resolveColour);
  chartClone.setAttribute('x', String(layout.chartLeft));
  chartClone.setAttribute('y', String(layout.chartTop));
  chartClone.setAttribute('width', String(chart.width));
  chartClone.setAttribute('height', String(chart.height));
  if (!chartClone.hasAttribute('viewBox')) chartClone.setAttribute('viewBox', `0 0 ${chart.width} ${chart.height}`);
  chartClone.setAttribute('overflow', 'visible');
  chartClone.append(legendAsSvg(surface, chart, resolveColour));
  root.append(chartClone);

  addLines(noteLines, layout.notesTop, note, muted);

  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { svg, width: layout.width, height: layout.height };
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
