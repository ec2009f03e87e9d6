import { describe, expect, it } from 'vitest';
import type { Scorer } from '../../src/index.js';
import { defaultScorer, defaultScorerWithout } from '../helpers.js';

const rows = (text: string, with_: Scorer = defaultScorer()) => with_.score(text).hits.map((h) => [h.entry, h.modifiers]);
const label = (text: string) => defaultScorer().score(text).label;

describe('encounter', () => {
  it('a meeting or visit whose object names a party is consultation, and leans engagement', () => {
    expect(rows('Kanai met his Chinese counterpart Liu Jinsong on Tuesday.')).toEqual([['meet', ['encounter:chinese']]]);
    expect(rows('Misri visited Dhaka on Dec. 9.')).toEqual([['visit', ['encounter:dhaka']]]);
    expect(rows('Trump hosted both ministers in the Oval Office.')).toEqual([['host', ['encounter:ministers']]]);
    expect(rows('Putin met with President Ilham Aliyev in Dushanbe.')).toEqual([['meet', ['encounter:president']]]);
    expect(rows('He held a meeting with Minister of National Defense Ahn Gyu-back.')).toEqual([['meeting', ['encounter:minister']]]);
    expect(rows('Modi made his first visit to China in seven years.')).toEqual([['visit', ['encounter:china']]]);
    expect(label('Kanai met his Chinese counterpart Liu Jinsong on Tuesday.')).toBe('engagement');
  });

  it('a visit by a large number of people is travel, not a meeting ("About 2.9 million South Koreans visited Japan")', () => {
    expect(rows('About 2.9 million South Koreans visited Japan in the first four months of the year.')).toEqual([['visit', []]]);
    expect(rows('Some 1,200 Georgian pilgrims visited Jerusalem at Easter.')).toEqual([['visit', []]]);
    expect(label('About 2.9 million South Koreans visited Japan in the first four months of the year.')).toBe('neutral');
    expect(rows('The two foreign ministers visited Dhaka on Monday.')).toEqual([['visit', ['encounter:dhaka']]]);
  });

  it('a meeting of no named party is logistics and stays neutral', () => {
    for (const text of [
      'The IAEA board of governors meets five times a year at its headquarters in Vienna.',
      'The US Army said it had met its annual recruiting goal.',
      'Abu Dhabi will host the biennial defence exhibition.',
      'The minister paid a visit to the disputed islands.',
      'ASEAN foreign ministers will meet in Vientiane from July 24 to 27.',
    ]) {
      expect(rows(text).flatMap(([, modifiers]) => modifiers)).toEqual([]);
      expect(label(text)).toBe('neutral');
    }
  });

  it('is off without params.encounters', () => {
    const without = defaultScorerWithout('params', 'encounters');
    expect(rows('Kanai met his Chinese counterpart Liu Jinsong on Tuesday.', without)).toEqual([['meet', []]]);
    expect(without.score('Kanai met his Chinese counterpart Liu Jinsong on Tuesday.').label).toBe('neutral');
  });
});
