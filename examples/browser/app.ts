// The browser example: scores the textarea on every input with the same library Node uses.
import { createScorer, explain, type StanceScore } from '../../src/index.js';

const input = document.querySelector<HTMLTextAreaElement>('#input')!;
const label = document.querySelector<HTMLElement>('#label')!;
const scoreOut = document.querySelector<HTMLElement>('#score')!;
const textOut = document.querySelector<HTMLElement>('#text')!;
const explainOut = document.querySelector<HTMLElement>('#explain')!;
const status = document.querySelector<HTMLElement>('#status')!;

const scorer = createScorer();
status.textContent = '';
document.body.dataset.ready = 'true';

function render(text: string, result: StanceScore): void {
  label.textContent = result.label;
  label.className = result.label;
  scoreOut.textContent = `${result.score >= 0 ? '+' : ''}${result.score.toFixed(2)}`;
  textOut.replaceChildren();
  let cursor = 0;
  for (const hit of result.hits) {
    textOut.append(text.slice(cursor, hit.span[0]));
    const mark = document.createElement('mark');
    mark.className = hit.contribution > 0 ? 'eng' : 'con';
    mark.title = `${hit.entry} (${hit.category}) ${hit.modifiers.join(', ')}`;
    mark.textContent = hit.text;
    textOut.append(mark);
    cursor = hit.span[1];
  }
  textOut.append(text.slice(cursor));
  explainOut.textContent = explain(result);
}

input.addEventListener('input', () => render(input.value, scorer.score(input.value)));
