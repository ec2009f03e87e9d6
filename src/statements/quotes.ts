/** A quotation in the text: `start`/`end` include the quotation marks, `innerStart`/`innerEnd` do not. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
}

/** Where a quotation can open, and where each kind can end (a line break ends any, see `findQuotes`). */
const OPENING = /[“„«"]/g;
const STRAIGHT_END = /["\n]/g;
const CURLY_END = /[”»“\n]/g;

/**
 * Finds quotations: curly pairs (“…”, „…“, «…») and straight pairs ("…"). A quotation left open at a
 * line break ends there — the convention for quotes that run over several paragraphs, and a guard
 * against one stray mark swallowing the rest of the document. Marks are found by regular expression
 * rather than by visiting every character: most text has none.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  OPENING.lastIndex = 0;
  for (let opening = OPENING.exec(text); opening !== null; opening = OPENING.exec(text)) {
    const open = opening.index;
    const mark = opening[0];
    const end = mark === '"' ? STRAIGHT_END : CURLY_END;
    end.lastIndex = open + 1;
    let closing = end.exec(text);
    // “ closes only a „ quotation; inside any other it is just a character.
    while (closing !== null && closing[0] === '“' && mark !== '„') closing = end.exec(text);
    if (closing === null) {
      quotes.push({ start: open, end: trimEnd(text, text.length), innerStart: open + 1, innerEnd: trimEnd(text, text.length) });
      break;
    }
    const i = closing.index;
    const closes = closing[0] !== '\n';
    quotes.push({ start: open, end: closes ? i + 1 : i, innerStart: open + 1, innerEnd: closes ? i : trimEnd(text, i) });
    OPENING.lastIndex = i + 1;
  }
  return quotes;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return e;
}
