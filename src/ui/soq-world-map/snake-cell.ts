/**
 * Where the n-th stop goes on a winding path `columns` wide: left to right, then right to left on the
 * next row, like a board game, so the road never jumps.
 */
export function snakeCell(index: number, columns: number): { row: number; column: number } {
  const row = Math.floor(index / columns);
  const along = index % columns;
  return { row: row + 1, column: (row % 2 === 0 ? along : columns - 1 - along) + 1 };
}
