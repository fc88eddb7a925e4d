/** The big screen is designed once, at 1920 × 1080, and scaled to whatever display shows it. */
export const DESIGN_SIZE = { width: 1920, height: 1080 } as const;

export interface CanvasFit {
  scale: number;
  left: number;
  top: number;
}

/** The largest scale that shows the whole canvas, centred: bars at the sides or top and bottom, never distortion. */
export function fitCanvas(viewport: { width: number; height: number }, design = DESIGN_SIZE): CanvasFit {
  const scale = Math.max(0, Math.min(viewport.width / design.width, viewport.height / design.height));
  return {
    scale,
    left: (viewport.width - design.width * scale) / 2,
    top: (viewport.height - design.height * scale) / 2,
  };
}
