import { create } from 'qrcode';

/** A horizontal run of dark modules, in module units from the symbol's top-left corner. */
export interface QrRun {
  x: number;
  y: number;
  length: number;
}

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  runs: QrRun[];
}

/**
 * The QR symbol for `text` as horizontal runs of dark modules, to be drawn as filled rectangles of one
 * path: vector, so it stays sharp at any print size, and merged per row so adjacent modules leave no
 * hairline seams when rasterised. Error correction M survives a crease or a stain on a printed copy.
 */
export function qrRuns(text: string): QrMatrix {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const runs: QrRun[] = [];
  for (let y = 0; y < modules.size; y++) {
    let start = -1;
    for (let x = 0; x <= modules.size; x++) {
      const dark = x < modules.size && modules.get(y, x) === 1;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, length: x - start });
        start = -1;
      }
    }
  }
  return { size: modules.size, runs };
}
