import type { RuleContext } from './context.js';
import { agenda } from './agenda.js';
import { arena } from './arena.js';
import { demanded, retraction } from './cessation.js';
import { assertion } from './assertion.js';
import { chronicle } from './chronicle.js';
import { compound } from './compound.js';
import { concession } from './concession.js';
import { defiance } from './defiance.js';
import { conditional } from './conditional.js';
import { contrast } from './contrast.js';
import { dated } from './dated.js';
import { describing } from './describing.js';
import { disowned } from './disowned.js';
import { grievance } from './grievance.js';
import { accusation, credit, retaliation } from './reasons.js';
import { encounter } from './encounter.js';
import { figurative } from './figurative.js';
import { contraband } from './contraband.js';
import { grief } from './grief.js';
import { obstacle } from './obstacle.js';
import { charge, plight } from './plight.js';
import { hazard } from './hazard.js';
import { irony } from './irony.js';
import { intensity } from './intensity.js';
import { likening } from './likening.js';
import { names } from './names.js';
import { negation } from './negation.js';
import { object } from './object.js';
import { polarity } from './polarity.js';
import { preference } from './preference.js';
import { question, withheld } from './question.js';
import { refusal } from './refusal.js';
import { release } from './release.js';
import { repatriation } from './repatriation.js';
import { readiness } from './readiness.js';
import { reproach } from './reproach.js';
import { schedule } from './schedule.js';
import { source } from './source.js';
import { topic } from './topic.js';
import { transfer } from './transfer.js';
import { ultimatum } from './ultimatum.js';

/**
 * The rules, in the order they run. Names, past events named by their year, speakers, reporters'
 * questions, figures of speech, games, hazards, contraband, topics, schedules, objects, repatriations,
 * releases, ironies, credits, accusations, retaliations, preferences, agendas, compounds and describing
 * participles go first: a hit inside a name, naming a past event ("the 1999 Kargil conflict") or who
 * speaks ("mediators said"), told by a historian ("Historians note that the Algiers Agreement ended a border
 * war"), put to the speaker in a question ("Asked whether Dhaka would retaliate …") or left unanswered
 * ("declined to say whether Ottawa supported the surcharge"),
 * aimed at something that is no party to a conflict, said of a game, a readiness said of forces (which
 * becomes deterrence, "kept its forces fully ready"), done by a flood or an earthquake,
 * mourned by the speaker ("saddened by the blaze that killed 16 workers"), what befell the people described
 * ("families displaced by the fighting") or what they are wanted for ("a trafficker wanted over the killing"),
 * seizing drugs ("seized two tonnes of cocaine"), inside what a work is about, in a meeting being scheduled,
 * harmed by a hostile act ("undermined the ceasefire"), undone by a release
 * ("released fishermen detained off Bakassi"), told as what an actor is thanked for ("thanked Riyadh for
 * its condemnation of the strikes"), accused of ("accused Algiers of treating armed groups as partners")
 * or retaliated against ("will not retaliate against the new tariffs"), passed over for another
 * ("dialogue over confrontation"), on the agenda of talks ("talks on terrorism"), naming what another
 * hit is about ("a tariff deal") or saying what became of what an act reaches ("return to the bombed
 * sites") counts for nothing whatever governs it. People handed back add
 * their hits before the releases that read them, ironic thanks turn before the credits would clear what
 * they mock, and transfers add their hits and meetings with a named party count more (`encounter`)
 * before negation, which governs them like any other. Negation runs before refusal so a negated refusal
 * governs nothing, and both before `defiance`, which keeps a hostile act that "no" says will fail ("no
 * threat will deter us") from counting as renounced; polarity turns their counts into flips (and keeps a stop asked of another side
 * unflipped, see `cessation`), a disowned name's engagement that survives them counts 0 (`disowned`), so
 * does the engagement a reproaching question mocks (`reproach`), the engagement likened to a futile act
 * (`likening`), the regard conceded before "but" (`concession`, which counts the concession for
 * confrontation when nothing after "but" counts for engagement) and the engagement in the reason given
 * for a hostile act (`grievance`), a demand verb that asserts an assurance counts 0 (`assertion`), an appeal to
 * another side to undo its act becomes a demand (`retraction`) and what a demand asks of another side
 * counts 0 (`demanded`), before intensity, contrast and conditionals scale the result.
 */
export const rules = [names, dated, source, chronicle, question, withheld, figurative, arena, readiness, hazard, grief, plight, charge, obstacle, contraband, topic, schedule, object, repatriation, release, irony, credit, accusation, retaliation, preference, agenda, compound, describing, transfer, encounter, ultimatum, negation, refusal, defiance, polarity, disowned, reproach, likening, concession, grievance, assertion, retraction, demanded, intensity, contrast, conditional] as const;

/**
 * Runs every rule, in order, over each of the contexts: one rule over all of them, then the next (see
 * `scoreAnalyses` for why). The contexts must be of different texts, or of sentences that do not look
 * back at one another.
 */
export function applyRules(contexts: readonly RuleContext[]): void {
  for (const rule of rules) for (const context of contexts) rule(context);
}

export type { RuleContext, WorkingHit } from './context.js';
export { signOf } from './context.js';
export { juxtapositionOf, type Juxtaposition } from './juxtaposition.js';
