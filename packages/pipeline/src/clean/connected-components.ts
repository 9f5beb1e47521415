/** A connected blob of ink (8-connected): its size and bounding box. */
export interface Component {
  area: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The 8-connected components of a mask (1 = set), found by flood fill. */
export function connectedComponents(mask: Uint8Array, width: number, height: number): Component[] {
  const seen = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  const components: Component[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] === 0 || seen[start] === 1) continue;
    seen[start] = 1;
    let size = 1;
    stack[0] = start;
    const component = { area: 0, left: width, top: height, right: -1, bottom: -1 };
    while (size > 0) {
      const i = stack[--size]!;
      const x = i % width;
      const y = (i - x) / width;
      component.area++;
      if (x < component.left) component.left = x;
      if (x > component.right) component.right = x;
      if (y < component.top) component.top = y;
      if (y > component.bottom) component.bottom = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (mask[j] === 1 && seen[j] === 0) {
            seen[j] = 1;
            stack[size++] = j;
          }
        }
      }
    }
    components.push(component);
  }
  return components;
}
