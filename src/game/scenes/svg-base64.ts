/**
 * Phaser's loader reads a `data:` URL's picture as base64, but the bundled SVGs are URL-encoded text
 * (smaller in the script): this gives the same picture as a base64 data URL.
 */
export function svgAsBase64(url: string): string {
  const [head = '', ...rest] = url.split(',');
  if (head.endsWith(';base64')) return url;
  const bytes = new TextEncoder().encode(decodeURIComponent(rest.join(',')));
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
