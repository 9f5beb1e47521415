import { useState } from 'react';
import type { WordHighlight } from '@chartroom/api-contract';
import { KIND_LABEL } from './format';
import type { Rotation, Zoom } from './zoom';

interface Props {
  src: string;
  alt: string;
  /** The image's size in pixels as the API reports it (until the image itself has loaded). */
  width: number;
  height: number;
  highlights: WordHighlight[];
  zoom: Zoom;
  rotation: Rotation;
  highlightTestId?: string;
}

function percent(part: number, whole: number): string {
  return `${whole > 0 ? (part / whole) * 100 : 0}%`;
}

/**
 * A page image with boxes over words. Boxes are in the served image's pixels; placed in
 * percent of the image they scale with whatever size the page is displayed at.
 * Give it `key={src}` so a new page starts from the API's size.
 */
export function PageImage({ src, alt, width, height, highlights, zoom, rotation, highlightTestId }: Props) {
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const w = natural?.width ?? width;
  const h = natural?.height ?? height;
  return (
    <div className={`page-frame zoom-${zoom} rot-${rotation}`}>
      <img
        src={src}
        alt={alt}
        draggable={false}
        onLoad={(event) => {
          const image = event.currentTarget;
          if (image.naturalWidth > 0) setNatural({ width: image.naturalWidth, height: image.naturalHeight });
        }}
      />
      {highlights.map((highlight, index) => (
        <div
          key={index}
          className={`hl-box hl-${highlight.kind}`}
          title={`${KIND_LABEL[highlight.kind] ?? highlight.kind}: ${highlight.text}`}
          data-testid={highlightTestId}
          data-kind={highlight.kind}
          style={{
            left: percent(Math.min(highlight.box.x0, highlight.box.x1), w),
            top: percent(Math.min(highlight.box.y0, highlight.box.y1), h),
            width: percent(Math.abs(highlight.box.x1 - highlight.box.x0), w),
            height: percent(Math.abs(highlight.box.y1 - highlight.box.y0), h),
          }}
        />
      ))}
    </div>
  );
}
