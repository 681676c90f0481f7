import type {Page} from 'playwright-core';

/** One label of a visible diagram, with its text colour and what is behind it. */
export interface DiagramLabel {
  text: string;
  color: string;
  background: string;
  /** WCAG 2 contrast ratio of the two colours. */
  contrast: number;
}

/**
 * The labels of every *visible* Mermaid diagram on the page, each with the
 * WCAG contrast between its text colour and the shape (or page) behind it.
 * Runs in the page, on computed styles, so it sees what a reader sees.
 */
export function visibleDiagramLabels(page: Page): Promise<DiagramLabel[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba | null => {
      const match = /rgba?\(([^)]+)\)/.exec(value);
      if (!match?.[1]) return null;
      const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1) as Rgba;
    };
    const luminance = ([r, g, b]: Rgba): number => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: Rgba, b: Rgba): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The first opaque-enough background of an HTML ancestor, else white. */
    const pageBackground = (from: Element | null): Rgba => {
      for (let element = from; element; element = element.parentElement) {
        const colour = parse(getComputedStyle(element).backgroundColor);
        if (colour && colour[3] > 0.5) return colour;
      }
      return [255, 255, 255, 1];
    };
    const contains = (outer: DOMRect, inner: DOMRect): boolean => {
      const x = inner.left + inner.width / 2;
      const y = inner.top + inner.height / 2;
      return x >= outer.left && x <= outer.right && y >= outer.top && y <= outer.bottom;
    };
    const SHAPES = 'rect, polygon, circle, ellipse, path';

    const diagrams = [...document.querySelectorAll('.mermaid-diagram svg, svg[id^="mermaid"]')].filter(
      (svg) => svg.getBoundingClientRect().width > 0 && getComputedStyle(svg).visibility !== 'hidden',
    );
    return diagrams.flatMap((svg) => {
      const behindSvg = pageBackground(svg.parentElement);
      const labels = [...svg.querySelectorAll('foreignObject span, foreignObject p, text')].filter(
        (label) => label.textContent?.trim() && !label.querySelector('span, p'),
      );
      return labels.map((label) => {
        const style = getComputedStyle(label);
        const colour = parse(label instanceof SVGElement ? style.fill : style.color) ?? [0, 0, 0, 1];
        const box = label.getBoundingClientRect();
        let background: Rgba | null = null;
        for (let element: Element | null = label; element && element !== svg && !background; element = element.parentElement) {
          if (element instanceof HTMLElement) {
            const colourBehind = parse(getComputedStyle(element).backgroundColor);
            if (colourBehind && colourBehind[3] > 0) background = over(colourBehind, behindSvg);
            continue;
          }
          // The topmost filled shape under the label's centre, painted before it.
          const shape = [...element.querySelectorAll(SHAPES)]
            .filter(
              (candidate) =>
                candidate.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING &&
                contains(candidate.getBoundingClientRect(), box) &&
                (parse(getComputedStyle(candidate).fill)?.[3] ?? 0) > 0,
            )
            .at(-1);
          const fill = shape && parse(getComputedStyle(shape).fill);
          if (fill) background = over(fill, behindSvg);
        }
        const behind = background ?? behindSvg;
        const shown = over(colour, behind);
        const css = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
        return {text: label.textContent?.trim() ?? '', color: css(shown), background: css(behind), contrast: ratio(shown, behind)};
      });
    });
  });
}
