// Page zoom: 'fit' shows the whole page; a level is a percent of the viewing area's width.
export type Zoom = 'fit' | 50 | 75 | 100 | 125 | 150 | 200 | 250 | 300;
export type Rotation = 0 | 90 | 180 | 270;

const LEVELS = [50, 75, 100, 125, 150, 200, 250, 300] as const;

export function zoomIn(zoom: Zoom): Zoom {
  if (zoom === 'fit') return 100;
  return LEVELS.find((level) => level > zoom) ?? zoom;
}

export function zoomOut(zoom: Zoom): Zoom {
  if (zoom === 'fit') return 75;
  return [...LEVELS].reverse().find((level) => level < zoom) ?? zoom;
}

export function rotate(rotation: Rotation): Rotation {
  return ((rotation + 90) % 360) as Rotation;
}

export function zoomLabel(zoom: Zoom): string {
  return zoom === 'fit' ? 'Fit' : `${zoom} %`;
}
