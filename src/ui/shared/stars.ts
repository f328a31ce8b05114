import { maxStars } from '../../core/progress/stars';

/** Stars as a row of filled and hollow star characters, for sighted pupils; labels carry the number. */
export function starRow(stars: number): string {
  return '★'.repeat(stars) + '☆'.repeat(Math.max(0, maxStars - stars));
}
