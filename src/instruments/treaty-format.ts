/** A treaty copy is HTML when its first kilobytes have markup; otherwise it is read as plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype html|html|body|p|div|h[1-6])\b/i.test(text.slice(0, 4096));
}
