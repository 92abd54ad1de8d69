/** Cut by characters, not UTF-16 units, so a rare character such as 𠮷 is never split in half. */
export function excerpt(text: string, length: number): string {
  // No more UTF-16 units than `length` means no more characters either: nothing to cut.
  if (text.length <= length) return text;
  const chars = Array.from(text);
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}

/**
 * Text as a Chinese keyboard may type it, with full-width letters, digits and signs (２０２６／３／５, １３８…,
 * ＡＢ座) and the ideographic space, turned into their ASCII forms; everything else is left as it is.
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}
