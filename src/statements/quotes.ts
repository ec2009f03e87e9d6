/** A quotation in the text: `start`/`end` include the quotation marks, `innerStart`/`innerEnd` do not. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/**
 * Finds quotations: curly pairs (“…”, „…“, «…») and straight pairs ("…"). A quotation left open at a
 * line break ends there — the convention for quotes that run over several paragraphs, and a guard
 * against one stray mark swallowing the rest of the document.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open = -1;
  let straight = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (open === -1) {
      if (OPEN.has(c) || c === '"') {
        open = i;
        straight = c === '"';
      }
      continue;
    }
    const closes = straight ? c === '"' : CLOSE.has(c) || (c === '“' && text[open] === '„');
    const paragraphEnd = c === '\n';
    if (closes || paragraphEnd) {
      const end = closes ? i + 1 : i;
      quotes.push({ start: open, end, innerStart: open + 1, innerEnd: closes ? i : trimEnd(text, i) });
      open = -1;
    }
  }
  if (open !== -1) quotes.push({ start: open, end: trimEnd(text, text.length), innerStart: open + 1, innerEnd: trimEnd(text, text.length) });
  return quotes;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return e;
}
