/**
 * The road's path through the stops of a journey, in the journey's own coordinates: straight along a
 * row, and a smooth bend out to the side where it turns to the next row.
 */
export function roadThrough(journey: HTMLElement): string {
  const origin = journey.getBoundingClientRect();
  const points = [...journey.querySelectorAll<HTMLElement>('.marker')].map((marker) => {
    const box = marker.getBoundingClientRect();
    return { x: box.left + box.width / 2 - origin.left, y: box.top + box.height / 2 - origin.top };
  });
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M ${first.x.toFixed(1)} ${first.y.toFixed(1)}`;
  let before = first;
  for (const point of rest) {
    if (Math.abs(point.y - before.y) < 8) {
      d += ` L ${point.x.toFixed(1)} ${point.y.toFixed(1)}`;
    } else {
      const side = point.x > origin.width / 2 ? 1 : -1;
      const bulge = side * Math.min(origin.width * 0.08, Math.abs(point.y - before.y) * 0.7);
      d += ` C ${(before.x + bulge).toFixed(1)} ${before.y.toFixed(1)} ${(point.x + bulge).toFixed(1)} ${point.y.toFixed(1)} ${point.x.toFixed(1)} ${point.y.toFixed(1)}`;
    }
    before = point;
  }
  return d;
}
