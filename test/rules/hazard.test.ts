import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer());

describe('hazard', () => {
  it.each([
    ['Monsoon floods have killed hundreds of people since June.', 'killed', 'hazard:floods'],
    ['Seoul sent condolences over flash floods that killed at least 30 people.', 'killed', 'hazard:flash floods'],
    ['The earthquake, which killed 2,000 people, struck at night.', 'killed', 'hazard:earthquake'],
    ['Typhoon Yagi killed more than 290 people across northern Vietnam.', 'killed', 'hazard:typhoon'],
    ['Tropical Storm Sara, which killed 12 people, flooded the Sula valley.', 'killed', 'hazard:storm'],
    ['Hundreds were killed in the floods.', 'killed', 'hazard:floods'],
    ["Homes were destroyed by last week's powerful cyclone.", 'destroyed', 'hazard:cyclone'],
    ['Engineers rebuilt 40 homes destroyed when Typhoon Yagi flooded the Mekong.', 'destroyed', 'hazard:typhoon'],
    ['The death toll from the cyclone rose to 140.', 'death toll', 'hazard:cyclone'],
    ['Typhoon Gaemi made landfall on Wednesday, shutting schools and killing at least 10 people.', 'killing', 'hazard:typhoon'],
    ['Drought threatens millions in the Horn of Africa.', 'threatens', 'hazard:drought'],
    ['The president declared a state of catastrophe as wildfires tore through the hills, killing more than 100 people.', 'killing', 'hazard:wildfires'],
    ['He was saddened by the floods that swept through the valley, killing dozens of people.', 'killing', 'hazard:floods'],
    ['He was grieving after the earthquake that struck the capital and killed at least fourteen people.', 'killed', 'hazard:earthquake'],
    ['He was heartbroken by the floods in Rio Grande do Sul, which killed more than 170 people.', 'killed', 'hazard:floods'],
    ['Kabul sent condolences over the earthquake in western Afghanistan that killed 1,000 people.', 'killed', 'hazard:earthquake'],
    ['The president shared the grief of families after a stampede at a religious festival in Allahabad killed 30 people.', 'killed', 'hazard:stampede'],
    ['A blizzard forced the closure of the border crossing for nine hours.', 'closure of the border crossing', 'hazard:blizzard'],
    ['Flooding forced the closure of two crossings on the river.', 'closure of two crossings', 'hazard:flooding'],
  ])('a hazard as subject or cause makes a killing or a threat no act: %s', (text, word, modifier) => {
    const row = rows(text).find(([t]) => t === word);
    expect(row?.[1]).toBe(0);
    expect(row?.[2]).toContain(modifier);
  });

  it('keeps an aid offer after a disaster engagement', () => {
    expect(defaultScorer().score('The UN said it was ready to support relief efforts, where monsoon floods have killed hundreds of people.').label).toBe('engagement');
  });

  it('leaves a killing by an actor alone, hazard or not in the sentence', () => {
    expect(rows('Troops killed villagers during the floods.')).toEqual([['killed', -2.6, []]]);
    // An -ing clause after the comma has the sentence's subject, the troops; a flood relief convoy is a convoy.
    expect(rows('Troops entered the town after the floods, killing 10 people.')).toEqual([['killing', -2.6, []]]);
    expect(rows('The flood relief convoy was attacked, killing 4 drivers.').find(([t]) => t === 'killing')).toEqual(['killing', -2.6, []]);
    // A phrase of place after a hazard passes to the hazard's verb; a noun after "in" is no place of a hazard.
    expect(rows('Troops in the flood zone killed 3 people.')).toEqual([['killed', -2.6, []]]);
    // A verb of causing passes its object to the hazard only when the hazard is its subject.
    expect(rows('The army forced the closure of the border crossing after the floods.')).toEqual([['closure of the border crossing', -1.6, []]]);
    // A verb joined by "and" shares a hazard's subject only when the verb before it was the hazard's.
    expect(rows('The militia shelled the town and killed four civilians, after the floods that swept the valley.')).toEqual([
      ['shelled', -3, []],
      ['killed', -2.6, []],
    ]);
  });

  it('reads a hazard word in the past of a verb as an actor\'s act ("gunmen stormed the town"), a plural tagged a verb still as the hazard', () => {
    expect(rows('Gunmen stormed the town of Mirebalais, killing at least 10 people.')).toEqual([['killing', -2.6, []]]);
    expect(rows('He felt great pain over the devastation in Holguin, where floods destroyed some 2,000 homes.').find(([t]) => t === 'destroyed')?.[1]).toBe(0);
  });

  it('makes a hazard an object of no conflict for figures of speech ("declared war on the floods")', () => {
    expect(rows('The city declared war on the floods.')).toEqual([['declared war', 0, ['figurative:floods']]]);
  });

  it('is off without params.hazards', () => {
    const without = defaultScorerWithout('params', 'hazards');
    expect(hitRows('Monsoon floods have killed hundreds of people.', without)).toEqual([['killed', -2.6, []]]);
  });
});
