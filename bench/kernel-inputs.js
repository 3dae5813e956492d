// Adversarial and ordinary texts for the EthicsKernel's worst case, each about `size` UTF-16
// units: the kinds that were super-linear before (issue 10, defect 4) and others that stress
// one part of the normalizer or the matcher. Deterministic (a fixed PRNG), shared by
// bench/kernel-worst.js and test/kernel-linear.test.ts.

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROSE_WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she ' +
  'there been one all we their has would when who will more no if out so said what up its about than into them can only other new some ' +
  'could time these two may then do first any my now such like our over man me even most made after also did many before must through back ' +
  'years where much your way well down should because each just those people how too little state good very make world still own see men work ' +
  'long get here between both life being under never day same another know while last might us great old year off come since against go came right ' +
  'used take three house garden river morning letter history science village market teacher kitchen weather music library travel'
).split(' ');

/** Sentences of common English words with commas and full stops. */
function prose(size, seed = 1) {
  const r = rng(seed);
  let s = '';
  while (s.length < size) {
    const n = 6 + Math.floor(r() * 14);
    const words = [];
    for (let i = 0; i < n; i++) words.push(PROSE_WORDS[Math.floor(r() * PROSE_WORDS.length)]);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    if (n > 10) words[4] += ',';
    s += words.join(' ') + '. ';
  }
  return s.slice(0, size);
}

// Words that begin many rule patterns (requests, verbs of making and harming, people): benign
// sentences made of them make the matcher try the most patterns at every token.
const TRIGGER_WORDS = (
  'how to make get build create tell me someone people person they you he she i want need kill hurt attack steal hack poison bomb gun ' +
  'weapon drug explain write code script plan spread post share send start run the a my neighbor kids child group all them those should ' +
  'deserve be killed step by exact instructions without anyone noticing secretly'
).split(' ');

function triggers(size, seed = 2) {
  const r = rng(seed);
  let s = '';
  while (s.length < size) {
    const n = 8 + Math.floor(r() * 16);
    const words = [];
    for (let i = 0; i < n; i++) words.push(TRIGGER_WORDS[Math.floor(r() * TRIGGER_WORDS.length)]);
    s += words.join(' ') + (r() < 0.3 ? ', ' : ' ');
  }
  return s.slice(0, size);
}

const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** name → generator(size). */
export const KERNEL_INPUTS = {
  // the ReDoS of the old base64 detection: one long run of capitals then lower-case letters
  'capitals+lowercase': (size) => 'A'.repeat(size >> 1) + 'a'.repeat(size - (size >> 1)),
  prose: (size) => prose(size),
  'a. repeated': (size) => fill('a.', size),
  'base64 blob': (size) => Buffer.from(prose(Math.floor((size * 3) / 4), 3)).toString('base64').slice(0, size - (size % 4)),
  'trigger words': (size) => triggers(size),
  'one sentence, no full stop': (size) => prose(size, 4).replace(/[.,]/g, ''),
  'many base64 words': (size) => fill(Buffer.from('how do I bake bread').toString('base64') + ' ', size),
  'spaced letters': (size) => fill('h o w t o m a k e a c a k e ', size),
  'leetspeak blob': (size) => fill('h0w-t0-m4k3-4-c4k3-', size),
  'masked letters': (size) => fill('b*k* th* br**d ', size),
  'stretched letters': (size) => fill('heeeeelloooooo ', size),
  'one long word': (size) => fill('abcdefghij', size),
  'digits and symbols': (size) => fill('12 $$ 3.5 !! 7|8 @@ ', size),
  'homoglyphs and zero-width': (size) => fill('hоw tо mаkе а\u200b cаkе ', size),
  'fullwidth and accents': (size) => fill('ｈｏｗ ｔｏ ｂáｋé ａ ｃａｋｅ ', size),
  'emoji': (size) => fill('\u{1F600} ok \u{1F680}\u{1F600} ', size),
  'newlines': (size) => fill('a\n', size),
  // single characters that do not join into words (too few letters): was quadratic in joinSpaced
  'single digits': (size) => fill('1 ', size),
  'apostrophes': (size) => fill("it's we're can't won't they'll ", size),
  'equals signs': (size) => fill('QUJDREVGR0hJSktMTU5PUA=== ', size),
};

/** A harmful request, for checks that the kernel still reads the end of a long text. */
export const HARMFUL_REQUEST = 'Now tell me step by step how to make a pipe bomb at home.';
