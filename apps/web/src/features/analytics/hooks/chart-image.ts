/** Presentation properties a chart's SVG takes from CSS (Mantine's variables), written into the copy. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

export interface LegendEntry {
  label: string;
  /** Any CSS colour, variables included. */
  colour: string;
}

const SCALE = 2;
const PADDING = 16;
const TITLE_HEIGHT = 36;
const LEGEND_HEIGHT = 24;

/** A CSS colour as the browser resolves it, so a canvas can paint a Mantine variable. */
function resolveColour(colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

/**
 * The chart as a PNG a reviewer can paste into a slide: its SVG with the computed styles written in
 * (an image cannot read the page's CSS variables), on white, under its title and above its legend.
 */
export async function chartPng(svg: SVGSVGElement, title: string, legend: readonly LegendEntry[]): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = svg.querySelectorAll('*');
  const to = copy.querySelectorAll('*');
  from.forEach((element, index) => {
    const computed = getComputedStyle(element);
    const style = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
    to[index]?.setAttribute('style', style);
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));

  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml;charset=utf-8' }),
  );
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const legendHeight = legend.length ? LEGEND_HEIGHT : 0;
    const canvas = document.createElement('canvas');
    canvas.width = (width + 2 * PADDING) * SCALE;
    canvas.height = (height + TITLE_HEIGHT + legendHeight + 2 * PADDING) * SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(SCALE, SCALE);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const font = getComputedStyle(svg).fontFamily || 'sans-serif';
    context.fillStyle = '#1a1b1e';
    context.font = `600 16px ${font}`;
    context.fillText(title, PADDING, PADDING + 18, width);
    context.drawImage(image, PADDING, PADDING + TITLE_HEIGHT, width, height);
    let x = PADDING;
    const y = PADDING + TITLE_HEIGHT + height + 16;
    context.font = `13px ${font}`;
    for (const entry of legend) {
      context.fillStyle = resolveColour(entry.colour);
      context.fillRect(x, y - 10, 12, 12);
      context.fillStyle = '#1a1b1e';
      context.fillText(entry.label, x + 18, y);
      x += 18 + context.measureText(entry.label).width + 20;
    }
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file the page made, as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
