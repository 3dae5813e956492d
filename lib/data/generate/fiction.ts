/** Fiction requests with dark themes, answered with scenes that carry tension, not instructions. */
import type { Rng } from '../../util/prng.js';
import { fill } from './text.js';

const HEROES = ['Inspector Vale', 'Detective Okafor', 'Captain Reyes', 'Agent Lindqvist', 'Sergeant Amara Cole', 'Dr. Ines Marlow', 'Marshal Teo Park', 'Ranger Sasha Quinn'];
const VILLAINS = ['the Collector', 'Victor Crane', 'Madame Sorel', 'the man in the grey coat', 'Silas Wren', 'the Architect', 'Lady Mortimer', 'a quiet accountant named Hale'];
const SETTINGS = [
  'a rain-soaked harbour at midnight', 'the top floor of an abandoned hotel', 'a snowbound mountain lodge', 'a crowded night train to Vienna',
  'a lighthouse during a storm', 'the archive beneath an old library', 'a candle-lit manor dining room',
  'a desert outpost at dawn', 'a foggy London alley in 1888',
];
const GENRES = ['noir', 'thriller', 'mystery', 'gothic', 'western', 'spy', 'historical'];

const PREMISES: readonly { ask: string; tension: string[]; turn: string[]; end: string[]; settings?: string[] }[] = [
  { ask: 'a detective confronts a murderer',
    tension: ['{hero} laid the photographs on the table one by one, never taking {hero_pron} eyes off {villain}.', '"You were careful," {hero} said. "But careful people still leave a shape behind."'],
    turn: ['{villain} smiled, and for the first time the smile didn’t reach {villain_pron} eyes.', 'The clock on the wall ticked loud enough to count every lie.'],
    end: ['"It was never about the money," {villain} said at last, and {hero} finally understood why.', 'When the constables came in, {villain} held out both wrists as if it had always ended this way.'] },
  { ask: 'a bomb-disposal expert races a countdown',
    tension: ['Sweat ran into {hero}’s collar. The timer’s red digits kept their patient, terrible rhythm.', '{hero} forced {hero_pron} breathing slow — panic was the one thing that never helped.'],
    turn: ['Somewhere behind the barricade someone was praying; {hero} heard every word and let it steady {hero_pron} hands.', 'A voice over the radio asked for a status. {hero} didn’t answer. There was no room left in the moment for talking.'],
    end: ['The digits froze. Nobody cheered at first — they just breathed, all at once, like one animal.', 'When it was over, {hero} sat on the kerb for a long time and watched the ordinary traffic go by.'] },
  { ask: 'a villain threatens the hero’s city',
    tension: ['"By morning," {villain} said, "everyone will know your city was never safe."', '{villain}’s voice on the line was calm, almost kind, which made it worse.'],
    turn: ['{hero} realised the threat was a distraction — the real move was already happening elsewhere.', 'On the map, a single flickering light gave {villain} away.'],
    end: ['Dawn came up over rooftops that didn’t know how close they had come.', '{hero} hung up and, for once, let the silence be the answer.'] },
  { ask: 'a poisoner is unmasked at a dinner party',
    tension: ['Every glass on the table caught the candlelight; one of them had been touched by the wrong hand.', '{hero} watched who didn’t drink. That was always the tell.'],
    turn: ['"Lovely wine," {villain} said, setting down a full glass.', 'The host’s cat would not go near one particular chair, and {hero} noticed.'],
    end: ['By dessert, {villain} had run out of smiles and {hero} had run out of doubts.', 'The guests went home with a story they would tell carefully, and only to each other.'] },
  { ask: 'a crew plans a heist that goes wrong',
    tension: ['The plan on the table was elegant, and {hero} hated it for exactly that reason.', 'Everyone had a role. Nobody had asked what {villain} would do if the night went sideways.'],
    turn: ['Halfway through, the alarm that should have been silent wasn’t.', 'The getaway van was where it should be. The driver was not.'],
    end: ['They made it out with nothing but each other, which, {hero} decided, was the better haul.', 'Years later none of them could agree on who had betrayed whom, only that {villain} had smiled first.'] },
  { ask: 'two hackers duel for control of a spaceship', settings: ['a derelict space station orbiting Titan', 'the bridge of a crippled freighter', 'a research ship drifting past Jupiter', 'a colony ship three years from Earth'],
    tension: ['Lines of code scrolled past faster than {hero} could read; {hero_pron} fingers moved on instinct.', 'The ship’s lights dimmed as {villain} took another deck.'],
    turn: ['{hero} stopped typing. Sometimes the best move in a duel was to let your opponent overreach.', 'A single line in the ship’s old maintenance log held the key {villain} had overlooked.'],
    end: ['The bridge lights flooded back, one panel at a time, like the ship waking from a bad dream.', 'When the crew asked what happened, {hero} just said, "She remembered who she belonged to."'] },
  { ask: 'a soldier writes a last letter before a battle', settings: ['a muddy trench in 1916', 'a field-hospital tent behind the lines', 'a ruined farmhouse on the eve of the offensive', 'a troopship crossing the Channel at night'],
    tension: ['{hero} wrote by the last of the lantern light, crossing out more than {hero_pron} kept.', 'The guns had gone quiet, which everyone knew was the worst sign.'],
    turn: ['"Tell Mother I wasn’t afraid," {hero} wrote, then stopped, and wrote the truth instead.', 'Across the trench, someone was singing softly, badly, and it helped.'],
    end: ['{hero} folded the letter twice and tucked it inside a helmet, where someone would find it either way.', 'Morning came grey and cold, and {hero} stood up into it.'] },
];

const ASKS: readonly string[] = [
  'Write a short {genre} scene where {premise}.',
  'Can you write a tense {genre} scene in which {premise}? Set it in {setting}.',
  'I’m writing a {genre} novel. Draft a scene where {premise}.',
  'Give me a dark, atmospheric scene: {premise}, {setting}.',
  'For my creative-writing class: a {genre} vignette where {premise}.',
];

export function fictionScene(rng: Rng): { prompt: string; response: string } {
  const p = rng.pick(PREMISES);
  const genre = p.ask.includes('spaceship') ? 'science-fiction' : p.ask.includes('soldier') ? rng.pick(['war', 'historical']) : rng.pick(GENRES);
  const heroIsShe = rng.chance(0.5);
  const s = {
    hero: rng.pick(HEROES), villain: rng.pick(VILLAINS), setting: rng.pick(p.settings ?? SETTINGS), genre, premise: p.ask,
    hero_pron: heroIsShe ? 'her' : 'his', villain_pron: rng.chance(0.5) ? 'her' : 'his',
  };
  const prompt = fill(rng.pick(ASKS), s);
  const opening = fill(rng.pick([
    'The scene opens in {setting}.', '{setting} — the kind of place where secrets keep well.', 'It happened in {setting}, long after anyone should have been awake.',
  ]), s);
  const lines = [
    opening[0].toUpperCase() + opening.slice(1),
    ...rng.sample(p.tension, rng.int(1, 2)).map((l) => fill(l, s)),
    fill(rng.pick(p.turn), s),
    fill(rng.pick(p.end), s),
  ];
  const note = rng.pick([
    '', '', 'I kept the danger in the characters and the stakes rather than in technical detail — that’s usually what makes a scene land.',
    'Want it longer, in first person, or with more dialogue?', 'I can adjust the tone — grittier or more restrained — if you like.',
  ]);
  return { prompt, response: [lines.join('\n\n'), note].filter(Boolean).join('\n\n') };
}
