/** Cut by characters, not UTF-16 units, so a rare character such as 𠮷 is never split in half. */
export function excerpt(text: string, length: number): string {
  // No more UTF-16 units than `length` means no more characters either: nothing to cut.
  if (text.length <= length) return text;
  const chars = Array.from(text);
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}
