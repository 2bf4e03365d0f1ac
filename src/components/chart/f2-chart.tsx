import { useEffect, useRef } from 'react';
import { Canvas as TaroCanvas } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Canvas } from '@antv/f2';

/** An F2 element tree (built with `jsx` from @antv/f2), e.g. a Chart with an Interval. */
export type F2Element = unknown;

interface Props {
  /** Unique on the page: the weapp finds its canvas node by it. */
  id: string;
  /** Height in CSS px; the width is the container's. */
  height: number;
  element: F2Element;
  /** What a screen reader (and a test) reads instead of the picture. */
  label: string;
  /** Changes when the data does: the chart is redrawn then, not on every render. */
  dataKey: string;
}

type Surface = { context: CanvasRenderingContext2D; width: number; pixelRatio: number; canvas?: { createImage?: () => unknown } };

/** Draws (or redraws) the element on a 2d context; F2 lays it out at `width` × `height` CSS px. */
function draw(surface: Surface, height: number, element: F2Element): Canvas {
  const chart = new Canvas({
    context: surface.context,
    pixelRatio: surface.pixelRatio,
    width: surface.width,
    height,
    animate: false,
    // F2's theme padding ('30px' = 15 CSS px, design px are halved) with room above the columns and right of the bars for the value labels.
    style: { padding: ['40px', '56px', '30px', '30px'] },
    children: element,
    // On weapp images come from the canvas node (there is no window.Image).
    ...(surface.canvas?.createImage ? { createImage: () => surface.canvas!.createImage!() as HTMLImageElement } : {}),
  } as ConstructorParameters<typeof Canvas>[0]);
  void chart.render();
  return chart;
}

/**
 * One F2 chart for both builds. H5: a DOM <canvas> (Taro's H5 Canvas wraps it in a web component
 * that hides the 2d context). weapp: Taro's `<Canvas type="2d">`, whose node comes from
 * createSelectorQuery once the page has rendered. Either way the backing store is scaled by the
 * device pixel ratio so bars and labels stay sharp.
 */
export function F2Chart({ id, height, element, label, dataKey }: Props) {
  const h5Canvas = useRef<HTMLCanvasElement | null>(null);

  useEffect(() => {
    let chart: Canvas | null = null;
    let cancelled = false;
    const show = (surface: Surface | null) => {
      if (cancelled || !surface) return;
      chart = draw(surface, height, element);
    };
    if (process.env.TARO_ENV === 'h5') {
      const el = h5Canvas.current;
      const context = el?.getContext('2d');
      if (el && context) {
        const pixelRatio = window.devicePixelRatio || 1;
        // The canvas is styled width: 100%, so its own width is the card's content box.
        const width = el.clientWidth || el.parentElement?.clientWidth || 320;
        el.width = width * pixelRatio;
        el.height = height * pixelRatio;
        el.style.width = `${width}px`;
        el.style.height = `${height}px`;
        show({ context, width, pixelRatio });
      }
    } else {
      Taro.nextTick(() => {
        Taro.createSelectorQuery()
          .select(`#${id}`)
          .fields({ node: true, size: true })
          .exec((res) => {
            const node = res?.[0]?.node;
            if (!node) return;
            const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 2;
            const width = res[0].width as number;
            node.width = width * pixelRatio;
            node.height = height * pixelRatio;
            show({ context: node.getContext('2d'), width, pixelRatio, canvas: node });
          });
      });
    }
    return () => {
      cancelled = true;
      (chart as { destroy?: () => void } | null)?.destroy?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `element` is rebuilt each render; dataKey tells when it changed
  }, [id, height, dataKey]);

  if (process.env.TARO_ENV === 'h5') {
    return <canvas ref={h5Canvas} id={id} role="img" aria-label={label} style={{ width: '100%', height: `${height}px`, display: 'block' }} />;
  }
  return <TaroCanvas type="2d" id={id} canvasId={id} style={{ width: '100%', height: `${height}px` }} />;
}
