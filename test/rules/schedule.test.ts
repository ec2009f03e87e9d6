import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows as hits, miniScorerWithout } from '../helpers.js';

describe('schedule', () => {
  it('a meeting that is the subject of a scheduling phrase is logistics and counts 0', () => {
    expect(hits('The next round of talks is scheduled for Monday.')).toEqual([['talks', 0, ['schedule:is scheduled']]]);
    expect(hits('The dialogue will be held in Geneva.')).toEqual([['dialogue', 0, ['schedule:will be held']]]);
  });

  it('takes the auxiliaries right before the phrase with it: "have been scheduled", "will be scheduled"', () => {
    expect(hits('The talks have been scheduled for Monday.')).toEqual([['talks', 0, ['schedule:been scheduled']]]);
    expect(hits('The next round of talks will be scheduled for May.')).toEqual([['talks', 0, ['schedule:be scheduled']]]);
  });

  it('reaches back over the noun phrase only: a verb or a comma before it ends the subject', () => {
    expect(hits('They agreed to cooperate, and the talks will take place in May.')).toEqual([
      ['cooperate', 1.5, []],
      ['talks', 0, ['schedule:will take place']],
    ]);
    expect(hits('The allies cooperate wherever the talks will be held.')).toEqual([
      ['cooperate', 1.5, []],
      ['talks', 0, ['schedule:will be held']],
    ]);
  });

  it('leaves a meeting refused or called off right before it to that act ("rejected the talks scheduled for Monday")', () => {
    expect(hits('Iran rejected the talks scheduled for Monday.')).toEqual([['talks', -1.4, ['refusal:rejected']]]);
    expect(hits('Cyprus will not veto the dialogue scheduled for June.')).toEqual([['dialogue', 2, []]]);
    expect(hits('Iran agreed to attend the talks scheduled for Monday.').find((row) => row[0] === 'talks')).toEqual(['talks', 0, ['schedule:scheduled for']]);
  });

  it('reaches over a long subject, and a later word of a hit is no verb that ends it ("a Code of Conduct", "conduct" tagged a verb)', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.contribution]);
    expect(rows('The next round of negotiations on a Code of Conduct in the South China Sea will be held in Manila in May.')).toEqual([
      ['negotiation', 0],
      ['code of conduct', 0],
    ]);
  });

  it('takes a hit of another category in front of a meeting word with it: it names the meeting ("the ceasefire negotiations")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.contribution]);
    expect(rows('The ceasefire negotiations in Doha would resume on Monday afternoon.')).toEqual([
      ['ceasefire*', 0],
      ['negotiation', 0],
    ]);
    // Not one the meeting word does not follow: "The ceasefire held, and the talks will resume on Monday."
    expect(rows('The ceasefire held, and the talks will resume on Monday.')[0]?.[1]).not.toBe(0);
  });

  it('leaves categories outside params.schedules.categories and what follows the phrase alone', () => {
    expect(hits('The attack is scheduled for dawn.')).toEqual([['attack', -3, []]]);
    expect(hits('The meeting is scheduled to cooperate on trade.')).toEqual([['cooperate', 1.5, []]]);
  });

  it('the body that meets counts 0 with a phrase saying when or where it meets (meetingCategories), not what a phrase that restarts something restarts', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.contribution, h.modifiers]);
    expect(rows('The joint permanent commission will meet in Lusaka from 14 to 16 October.')).toEqual([['joint commission', 0, ['schedule:will meet in']]]);
    const restarted = rows('Direct flights between the two capitals will resume on 1 May.');
    expect(restarted).toHaveLength(1);
    expect(restarted[0]?.[1]).toBeGreaterThan(0);
  });

  it('is off without params.schedules', () => {
    const without = miniScorerWithout('params', 'schedules');
    expect(hits('The next round of talks is scheduled for Monday.', without)).toEqual([['talks', 1, []]]);
  });
});
