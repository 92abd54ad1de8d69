/**
 * A CSV file's text as a Chinese office's PC writes it: Excel's “CSV (逗号分隔)” on Chinese Windows saves GBK
 * (GB18030 reads it), “CSV UTF-8” and other tools save UTF-8, often with a byte-order mark. Text that is not
 * valid UTF-8 is read as GB18030; a file valid in neither is refused by the caller as unreadable.
 */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Tab-separated when the first line has tabs and no commas (Excel's “Unicode 文本”), else comma-separated. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/**
 * RFC 4180 rows: fields in double quotes may hold the delimiter, line breaks and doubled quotes. Rows are
 * numbered by the line each starts on, as a text editor (and Excel, which opens the file) counts them.
 */
export function* csvRows(text: string): Generator<{ row: number; cells: string[] }> {
  const delimiter = delimiterOf(text);
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const endField = () => {
    cells.push(field);
    field = '';
  };
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
      index += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) endField();
    else if (char === '\n' || char === '\r') {
      endField();
      yield { row: rowLine, cells };
      cells = [];
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      line += 1;
      rowLine = line;
    } else field += char;
    index += 1;
  }
  if (field !== '' || cells.length > 0) {
    endField();
    yield { row: rowLine, cells };
  }
}
