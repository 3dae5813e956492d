/**
 * Light English inflection handling for rule matching. A rule term written in its base form
 * ("steal", "bomb") matches the inflected forms of a token ("stole", "stealing", "bombs"):
 * `forms(token)` returns the token plus every base form it could be an inflection of.
 * Deliberately over-generating (e.g. "news" → "new") is harmless: a form only matters when a
 * rule term happens to equal it.
 */

const IRREGULAR: Record<string, string[]> = {
  made: ['make'], built: ['build'], bought: ['buy'], stole: ['steal'], stolen: ['steal'],
  wrote: ['write'], written: ['write'], got: ['get'], gotten: ['get'], took: ['take'], taken: ['take'],
  gave: ['give'], given: ['give'], shot: ['shoot'], hid: ['hide'], hidden: ['hide'], ran: ['run'],
  broke: ['break'], broken: ['break'], fought: ['fight'], taught: ['teach'], sold: ['sell'],
  sent: ['send'], spent: ['spend'], found: ['find'], held: ['hold'], left: ['leave'], kept: ['keep'],
  told: ['tell'], thought: ['think'], brought: ['bring'], beaten: ['beat'], drove: ['drive'],
  driven: ['drive'], ate: ['eat'], eaten: ['eat'], fell: ['fall'], threw: ['throw'], thrown: ['throw'],
  blew: ['blow'], blown: ['blow'], went: ['go'], gone: ['go'], did: ['do'], done: ['do'],
  was: ['be'], were: ['be'], is: ['be'], are: ['be'], am: ['be'], been: ['be'], being: ['be'],
  has: ['have'], had: ['have'], knew: ['know'], known: ['know'], saw: ['see'], seen: ['see'],
  chose: ['choose'], chosen: ['choose'], spoke: ['speak'], spoken: ['speak'], fed: ['feed'],
  bled: ['bleed'], led: ['lead'], dug: ['dig'], hung: ['hang'], struck: ['strike'], stuck: ['stick'],
  swore: ['swear'], sworn: ['swear'], tore: ['tear'], torn: ['tear'], slew: ['slay'], slain: ['slay'],
  children: ['child'], people: ['person'], men: ['man'], women: ['woman'], knives: ['knife'],
  wives: ['wife'], lives: ['life'], mice: ['mouse'], feet: ['foot'], teeth: ['tooth'],
  grew: ['grow'], grown: ['grow'], stung: ['sting'], spread: ['spread'], hit: ['hit'], cut: ['cut'],
  put: ['put'], set: ['set'], let: ['let'], hurt: ['hurt'], upset: ['upset'], lit: ['light'],
  bit: ['bite'], bitten: ['bite'], froze: ['freeze'], frozen: ['freeze'], rode: ['ride'], ridden: ['ride'],
  forgot: ['forget'], forgotten: ['forget'], sought: ['seek'], caught: ['catch'], paid: ['pay'],
  laid: ['lay'], said: ['say'], meant: ['mean'], met: ['meet'], sat: ['sit'], stood: ['stand'],
  understood: ['understand'], won: ['win'], lost: ['lose'], felt: ['feel'], dealt: ['deal'],
  drew: ['draw'], drawn: ['draw'], flew: ['fly'], flown: ['fly'], hanged: ['hang'], overdid: ['overdo'],
  mislead: ['mislead'], misled: ['mislead'], undid: ['undo'], wore: ['wear'], worn: ['wear'],
  trafficking: ['traffic'], trafficked: ['traffic'], trafficker: ['traffic'], panicking: ['panic'], panicked: ['panic'],
  mimicking: ['mimic'], picnicking: ['picnic'], bred: ['breed'], fled: ['flee'], slid: ['slide'], swept: ['sweep'], wept: ['weep'], crept: ['creep'],
  leapt: ['leap'], dreamt: ['dream'], burnt: ['burn'], learnt: ['learn'], spat: ['spit'],
};

/** The irregular inflections lemma forms know (their base forms share no spelling with them). */
export const IRREGULAR_WORDS: readonly string[] = Object.keys(IRREGULAR);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** The token itself plus its candidate base forms (deduplicated, token first). */
export function forms(token: string): string[] {
  const out = new Set<string>([token]);
  // own entries only: "constructor" must not find Object.prototype.constructor
  const irr = Object.hasOwn(IRREGULAR, token) ? IRREGULAR[token] : undefined;
  if (irr) for (const f of irr) out.add(f);
  const n = token.length;
  if (n > 3) {
    if (token.endsWith('ies')) out.add(token.slice(0, -3) + 'y');
    if (token.endsWith('ied')) out.add(token.slice(0, -3) + 'y');
    if (token.endsWith('ves')) {
      out.add(token.slice(0, -3) + 'f');
      out.add(token.slice(0, -3) + 'fe');
    }
    // "-es" is a plural/3rd-person ending only after s, x, z, ch, sh and o ("boxes", "watches", "goes");
    // elsewhere only "-s" comes off ("codes" is "code", never "cod")
    if (token.endsWith('es') && /(s|x|z|ch|sh|o)es$/.test(token)) out.add(token.slice(0, -2));
    if (token.endsWith('s') && !token.endsWith('ss') && !token.endsWith('us') && !token.endsWith('is')) out.add(token.slice(0, -1));
    if (token.endsWith('ed')) {
      const stem = token.slice(0, -2);
      out.add(stem);
      out.add(token.slice(0, -1));
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && !VOWELS.has(stem[stem.length - 1]!)) out.add(stem.slice(0, -1));
    }
    if (n > 4 && token.endsWith('ing')) {
      const stem = token.slice(0, -3);
      out.add(stem);
      out.add(stem + 'e');
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && !VOWELS.has(stem[stem.length - 1]!)) out.add(stem.slice(0, -1));
      if (stem.endsWith('y')) out.add(stem.slice(0, -1) + 'ie');
    }
  } else if (n === 3 && token.endsWith('s') && token !== 'its' && token !== 'has' && token !== 'was') {
    out.add(token.slice(0, -1));
  }
  return [...out];
}

/**
 * Singular forms of a plural written in a rule, for words longer than four letters:
 * "systems" → ["system"], "explosives" → ["explosive"], "batteries" → ["battery"]. Only plural
 * endings are undone ("avoiding" does not become "avoid"), and short words are left alone so
 * that "news" never matches "new".
 */
export function stems(word: string): string[] {
  if (word.length <= 4) return [];
  if (word.endsWith('ies')) return [word.slice(0, -3) + 'y'];
  const out: string[] = [];
  if (/(ches|shes|sses|xes|zes|oes)$/.test(word)) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !/(ss|us|is|ics)$/.test(word)) out.push(word.slice(0, -1));
  return out;
}
