/** Cuts text to at most `max` characters (code points), ending with an ellipsis when cut. */
export function clamp(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
