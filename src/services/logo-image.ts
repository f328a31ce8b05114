/** The largest picture file a school may choose as its logo. */
export const maxLogoBytes = 5 * 1024 * 1024;

const pictureTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

export type LogoResult = { ok: true; image: string } | { ok: false; problem: 'notPicture' | 'tooBig' };

/**
 * Turns the picture a grown-up chose into a small PNG kept on the device: at most 600 by 300 pixels,
 * so it prints sharply and stores small. Anything that is not a picture is refused, never shown.
 */
export async function shrinkLogo(file: File): Promise<LogoResult> {
  if (file.size > maxLogoBytes) return { ok: false, problem: 'tooBig' };
  if (!pictureTypes.includes(file.type)) return { ok: false, problem: 'notPicture' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, problem: 'notPicture' };
  }
  const scale = Math.min(1, 600 / bitmap.width, 300 / bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return { ok: true, image: canvas.toDataURL('image/png') };
}
