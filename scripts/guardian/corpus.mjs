// Loader for the KALA-Guardian training corpus in ../shared/data/guard (see its README.md, which
// documents every folder, file, format and label semantic this file relies on).
//
//   import { loadGuardCorpus } from './guardian/corpus.mjs';
//   const { rows, stats } = loadGuardCorpus('/work/shared/data/guard');
//
// Each row is { text, source, group, label, law, kind }:
//   text   the prompt / statement as a user or model would send it (trimmed)
//   source the folder name ('coconot')
//   group  '<folder>/<file or sub-part>' ('coconot/contrast'), for grouped cross-validation
//   label  'harmful' | 'benign' | 'offensive' (Davidson offensive-but-not-hate tweets only)
//   law    0..4 for harmful rows (0 Civilizational, 1 Individual Safety, 2 Conditional Obedience,
//          3 Self-Preservation, 4 Equivalent Worth), null otherwise
//   kind   'request' | 'statement' | 'jailbreak' | 'stance' | 'advice'
//
// Rules: rows whose README semantics are ambiguous or only harmful in a context the row does not
// carry are EXCLUDED (counted in stats.excluded with the reason), never guessed. Texts are
// deduplicated over the whole corpus by a normalized form (lower case, every run of
// non-letters/digits -> one space, trimmed); the first occurrence in loading order is kept. A
// normalized text seen with two different labels is dropped everywhere (stats.conflicts); when the
// kept copy's law is a blanket default (hh-rlhf) and a duplicate carries a per-row law, that law is
// used. Texts shorter than 3 characters (or with no letter/digit) are dropped. The result is
// sorted by group, then text (code-unit order, independent of locale), so it is the same on every run.
//
// Plain Node (>= 18) ESM, node: builtins only.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DEFAULT_DATA_DIR = '/work/shared/data/guard';
/** The benign look-alike groups: benign texts that resemble harmful ones (the over-refusal side), as
 *  the Guardian's threshold and every look-alike row of bench/kernel-sources.js count them. */
export const LOOKALIKE_GROUPS = /^(coconot\/(contrast|pref)|cyberseceval\/frr|hatecheck\/|toxigen\/neutral|davidson_hate_offensive\/neither|crows_pairs\/less|safetext\/safe|kernel_fixtures\/benign)/;

const LABELS = ['harmful', 'benign', 'offensive'];

// ---------------------------------------------------------------------------------------- helpers

/**
 * RFC-4180-style CSV parser: comma separator, fields optionally quoted with ", a doubled "" inside
 * quotes is one ", quoted fields may hold commas and newlines, \n / \r\n / \r all end a record,
 * a leading UTF-8 BOM is skipped. A quote inside an unquoted field is kept literally; characters
 * after a closing quote (malformed `"a"b`) are appended to the field. Blank lines are skipped.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCSV(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false; // inside a quoted section
  let started = false; // the current field has any content or quotes (for blank-line detection)
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const endField = () => {
    row.push(field);
    field = '';
    started = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  for (; i < n; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && !started) {
      quoted = true;
      started = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      field += c;
      started = true;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field at end of input');
  if (started || field !== '' || row.length > 0) endRow();
  return rows;
}

/** Parses CSV text with a header row into objects; rows whose field count differs from the header are returned in `bad`. */
function csvRecords(text) {
  const [header, ...body] = parseCSV(text);
  const records = [];
  let bad = 0;
  for (const r of body) {
    if (r.length !== header.length) {
      bad++;
      continue;
    }
    const o = {};
    header.forEach((h, j) => (o[h] = r[j]));
    records.push(o);
  }
  return { header, records, bad };
}

/** The dedup key: lower case, every run of non-letters/digits (Unicode) -> one space, trimmed. */
export function normalizeText(s) {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Trims and unifies line ends. */
function clean(s) {
  return String(s ?? '').replace(/\r\n?/g, '\n').trim();
}

/** Decodes the HTML entities found in tweets (&amp; &lt; &gt; &quot; &#39; &#NNNN; &#xHH;). */
function decodeEntities(s) {
  return s
    .replace(/&#(\d+);/g, (m, d) => safeCodePoint(Number(d), m))
    .replace(/&#x([0-9a-f]+);/gi, (m, h) => safeCodePoint(parseInt(h, 16), m))
    .replace(/&(amp|lt|gt|quot|apos);/g, (m, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]);
}
function safeCodePoint(cp, fallback) {
  return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

/**
 * Undoes a second layer of CSV escaping: when the text holds doubled quotes and every quote run
 * inside it (all but a run at the very start / end) has even length, each run of L quotes becomes
 * floor(L/2) (so the outer quote of the inner CSV cell goes and "" becomes "). Otherwise unchanged.
 */
export function undoDoubleCsvEscape(t) {
  const runs = [...t.matchAll(/"+/g)];
  if (!runs.some((m) => m[0].length >= 2)) return t;
  const inner = runs.filter((m) => m.index !== 0 && m.index + m[0].length !== t.length);
  if (inner.some((m) => m[0].length % 2 === 1)) return t;
  return t.replace(/"+/g, (m) => '"'.repeat(Math.floor(m.length / 2)));
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const inc = (obj, key, by = 1) => (obj[key] = (obj[key] ?? 0) + by);

// ---------------------------------------------------------------------------------------- loader

/** @returns {{ rows: {text:string, source:string, group:string, label:string, law:number|null, kind:string}[], stats: object }} */
export function loadGuardCorpus(dataDir = DEFAULT_DATA_DIR) {
  const filesRead = {}; // folder -> [relative paths]
  const candidates = []; // in loading order
  const excluded = {}; // group -> { reason -> count }
  const dropped = {}; // group -> { 'short' | 'empty' -> count }
  const input = {}; // group -> rows produced by the parser (before exclusion / drops / dedup)
  const notes = {}; // folder -> free-text notes on parsing
  const malformed = {}; // file -> CSV rows with a wrong field count (skipped)

  const abs = (folder, rel) => path.join(dataDir, folder, rel);
  const readText = (folder, rel) => {
    (filesRead[folder] ??= []).push(rel);
    const p = abs(folder, rel);
    const buf = readFileSync(p);
    return (p.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  };
  const readJSON = (folder, rel) => JSON.parse(readText(folder, rel));
  const readJSONL = (folder, rel) =>
    readText(folder, rel)
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l, i) => {
        try {
          return JSON.parse(l);
        } catch (e) {
          throw new Error(`${folder}/${rel}: bad JSON on line ${i + 1}: ${e.message}`);
        }
      });
  const readCSV = (folder, rel) => {
    const res = csvRecords(readText(folder, rel));
    if (res.bad) malformed[`${folder}/${rel}`] = res.bad;
    return res.records;
  };
  const need = (rec, field, where) => {
    if (!(field in rec)) throw new Error(`${where}: missing field '${field}'`);
    return rec[field];
  };

  /**
   * Adds one candidate row (text cleaned, empties dropped). `lawIsDefault`: the law is a blanket
   * value for a mixed source (hh-rlhf), so a duplicate of the row with a per-row law may supply it.
   */
  const add = (source, group, rawText, label, law, kind, lawIsDefault = false) => {
    inc(input, group);
    if (!LABELS.includes(label)) throw new Error(`bad label ${label}`);
    const text = clean(rawText);
    const key = normalizeText(text);
    if (text.length < 3) return void inc((dropped[group] ??= {}), text.length === 0 ? 'empty' : 'short (<3 chars)');
    if (key === '') return void inc((dropped[group] ??= {}), 'no letter or digit');
    candidates.push({ text, source, group, label, law: label === 'harmful' ? law : null, kind, key, lawIsDefault });
  };
  /** Counts one excluded row (not added). */
  const exclude = (group, reason, n = 1) => {
    inc(input, group, n);
    inc((excluded[group] ??= {}), reason, n);
  };

  // ---- hh_rlhf_harmless_base: first Human turn of each red-team conversation -> harmful law 1.
  // README: prompts carry no harm label; "treat human turns as mostly harmful requests, some
  // innocuous openers"; laws "1 mostly". Kept as harmful law 1 (noisy: some openers are innocuous).
  {
    const F = 'hh_rlhf_harmless_base';
    for (const r of readJSONL(F, 'harmless-base/test.filtered.jsonl.gz')) {
      const t = String(r.chosen ?? r.rejected ?? '');
      const m = /Human:\s*([\s\S]*?)(?:\n\nAssistant:|$)/.exec(t);
      add(F, `${F}/test`, m ? m[1] : '', 'harmful', 1, 'request', true);
    }
  }

  // ---- multijail: English column only (the 9 translations of the same prompts would make
  // "non-English" a harmful-only cue, since every benign source here is English). Law from tags:
  // hate speech / discrimination -> 4; else terrorism, weapons, conspiracy & misinformation -> 0; else 1.
  {
    const F = 'multijail';
    for (const r of readCSV(F, 'data/MultiJail.filtered.csv')) {
      const tags = need(r, 'tags', F);
      const law = /Hate speech|Discrimination/i.test(tags) ? 4 : /Terrorism|Weapons|Conspiracy/i.test(tags) ? 0 : 1;
      add(F, `${F}/en`, need(r, 'en', F), 'harmful', law, 'request');
    }
    notes[F] = 'text = `en` column; zh it vi ar ko th bn sw jv translations not used';
  }

  // ---- llmjailbreak_wustl: malicious queries (law by Type) + jailbreak templates (law 2).
  {
    const F = 'llmjailbreak_wustl';
    const typeLaw = {
      'Harmful Instructions': 1,
      'Hate Speech or Discrimination': 4,
      'Explicit Content': 1,
      Misinformation: 0,
      'Sensitive Information': 1,
      Malware: 0,
    };
    for (const r of readCSV(F, 'AutomaticGeneration/Prompts/MaliciousQueries.filtered.csv')) {
      const law = typeLaw[need(r, 'Type', F)];
      if (law === undefined) throw new Error(`${F}: unknown Type '${r.Type}'`);
      add(F, `${F}/queries`, need(r, 'Question', F), 'harmful', law, 'request');
    }
    // ~110 of these prompts were CSV-escaped twice upstream (after parsing they still read
    // `"(ANSWER AS ... ""STAY IN CHARACTER"" ...)"`): undo the second escaping where it is consistent.
    let unescaped = 0;
    for (const r of readCSV(F, 'AutomaticGeneration/Prompts/JailbreakPrompts.filtered.csv')) {
      const raw = need(r, 'Prompt', F);
      const t = undoDoubleCsvEscape(raw);
      if (t !== raw) unescaped++;
      add(F, `${F}/prompts`, t, 'harmful', 2, 'jailbreak');
    }
    notes[F] = `JailbreakPrompts: ${unescaped} prompts had a second layer of CSV quoting, removed`;
  }

  // ---- jailbreak_llms: in-the-wild jailbreak prompts (law 2) + forbidden questions.
  // Forbidden questions: Legal Opinion, Financial Advice, Health Consultation, Gov Decision,
  // Political Lobbying are policy-restricted, not harmful (README) -> excluded. Judgement calls,
  // also excluded: Pornography (adult-content questions such as "history of the adult industry";
  // adult sexual content is not in any law) and Economic Harm (mostly legal MLM / gambling /
  // payday-lending questions mixed with a few fraud ones; ambiguous as a category).
  {
    const F = 'jailbreak_llms';
    for (const r of readCSV(F, 'jailbreak_prompts_2023_12_25.filtered.csv')) {
      if (String(r.jailbreak).toLowerCase() !== 'true') {
        exclude(`${F}/prompts`, 'jailbreak != True');
        continue;
      }
      add(F, `${F}/prompts`, need(r, 'prompt', F), 'harmful', 2, 'jailbreak');
    }
    const policyLaw = { 'Illegal Activity': 1, 'Hate Speech': 4, Malware: 0, 'Physical Harm': 1, Fraud: 1, 'Privacy Violence': 1 };
    const policyExcluded = {
      'Legal Opinion': 'policy-restricted, not harmful (README)',
      'Financial Advice': 'policy-restricted, not harmful (README)',
      'Health Consultation': 'policy-restricted, not harmful (README)',
      'Gov Decision': 'policy-restricted, not harmful (README)',
      'Political Lobbying': 'policy-restricted, not harmful (README)',
      Pornography: 'adult-content questions, no law violated (judgement)',
      'Economic Harm': 'mostly legal MLM/gambling/lending questions, mixed category (judgement)',
    };
    for (const r of readCSV(F, 'forbidden_question_set.filtered.csv')) {
      const name = need(r, 'content_policy_name', F);
      if (policyExcluded[name]) {
        exclude(`${F}/questions`, `${name}: ${policyExcluded[name]}`);
        continue;
      }
      if (policyLaw[name] === undefined) throw new Error(`${F}: unknown content_policy_name '${name}'`);
      add(F, `${F}/questions`, need(r, 'question', F), 'harmful', policyLaw[name], 'request');
    }
  }

  // ---- gptfuzz: jailbreak templates (kept with their [INSERT PROMPT HERE] placeholder; law 2) +
  // harmful questions. The questions have no category column; law 1 except the rows (by the
  // file's `index`) that ask for mass disinformation / panic, malware, a plane hijack or
  // contaminating drinking water -> 0 (checked by reading all 96).
  {
    const F = 'gptfuzz';
    for (const r of readCSV(F, 'datasets/prompts/GPTFuzzer.filtered.csv')) {
      add(F, `${F}/templates`, need(r, 'text', F), 'harmful', 2, 'jailbreak');
    }
    const law0 = new Set(['2', '4', '17', '80', '81', '82', '93']);
    for (const r of readCSV(F, 'datasets/questions/question_list.filtered.csv')) {
      add(F, `${F}/questions`, need(r, 'text', F), 'harmful', law0.has(String(r.index)) ? 0 : 1, 'request');
    }
  }

  // ---- cyberseceval: prompt injection (user_input = the attack; security-violating ones -> law 2,
  // logic-violating ones excluded, see below), code-interpreter abuse
  // (law 0: cyber-attack / sandbox escape), MITRE FRR (all is_malicious false -> benign look-alikes).
  {
    const F = 'cyberseceval';
    const D = 'CybersecurityBenchmarks/datasets';
    for (const r of readJSON(F, `${D}/prompt_injection/prompt_injection.json`)) {
      if (need(r, 'risk_category', F) === 'logic-violating') {
        // the "attack" is an off-topic question ("What is the weather usually like in Los Angeles
        // in February?", "Wer hat die Zauberflöte komponiert?") that only breaks a topic rule set
        // by the test's system prompt: benign stand-alone, like BIPIA's text attacks
        exclude(`${F}/injection`, 'logic-violating: off-topic question, an attack only against its system prompt (judgement)');
        continue;
      }
      add(F, `${F}/injection`, need(r, 'user_input', F), 'harmful', 2, 'jailbreak');
    }
    for (const r of readJSON(F, `${D}/interpreter/interpreter.json`)) {
      add(F, `${F}/interpreter`, need(r, 'mutated_prompt', F), 'harmful', 0, 'request');
    }
    for (const r of readJSON(F, `${D}/mitre_frr/mitre_frr.json`)) {
      if (r.is_malicious !== false) {
        exclude(`${F}/frr`, 'is_malicious is not false');
        continue;
      }
      add(F, `${F}/frr`, need(r, 'mutated_prompt', F), 'benign', null, 'request');
    }
  }

  // ---- bipia: text attacks are harmless stand-alone tasks ("What is the capital of Brazil?",
  // "Encode your response in Base64") whose harm is only being injected -> excluded. Code attacks
  // are instructions to plant malicious snippets (keylogging, cookie theft, ...) -> harmful law 2
  // (injection payloads), kind jailbreak.
  {
    const F = 'bipia';
    for (const split of ['train', 'test']) {
      for (const [, list] of Object.entries(readJSON(F, `benchmark/text_attack_${split}.json`))) {
        exclude(`${F}/text`, 'text attacks: harmless as stand-alone prompts, harmful only when injected (README)', list.length);
      }
      for (const [, list] of Object.entries(readJSON(F, `benchmark/code_attack_${split}.json`))) {
        for (const t of list) add(F, `${F}/code`, t, 'harmful', 2, 'jailbreak');
      }
    }
  }

  // ---- aart: all kept as harmful (README: intended adversarial, no human label, a minority
  // benign in practice). Law by `crime`: terrorism-like concepts -> 0, hate-motivated -> 4, rest 1.
  {
    const F = 'aart';
    const law0 = new Set(['terrorism', 'cyberterrorism', 'bombings', 'assassinations', 'acts of violence committed for political or ideological purposes', 'hijackings', 'water contamination']);
    const law4 = new Set(['hate crimes', 'crimes motivated by race', 'crimes motivated by religion', 'crimes motivated by disability', 'crimes motivated by gender identity', 'crimes motivated by sexual orientation']);
    for (const r of readCSV(F, 'aart-v1-20231117.csv')) {
      const crime = need(r, 'crime', F).trim();
      add(F, `${F}/prompts`, need(r, 'prompt', F), 'harmful', law0.has(crime) ? 0 : law4.has(crime) ? 4 : 1, 'request');
    }
  }

  // ---- sap: disguised harmful requests, law per category folder.
  {
    const F = 'sap';
    const catLaw = { terrorism: 0, politics: 0, race: 4, religion: 4, suicide: 1, fraud: 1, violence: 1, pornography_sexual_minors: 1 };
    const dir = abs(F, 'datasets/SAP200');
    const cats = readdirSync(dir).filter((d) => statSync(path.join(dir, d)).isDirectory()).sort(cmp);
    for (const cat of cats) {
      if (catLaw[cat] === undefined) throw new Error(`${F}: unknown category '${cat}'`);
      for (const r of readJSON(F, `datasets/SAP200/${cat}/generated_cases.json`)) {
        add(F, `${F}/${cat}`, need(r, 'Attack Prompt', `${F}/${cat}`), 'harmful', catLaw[cat], 'request');
      }
    }
  }

  // ---- coconot: eval "Requests with safety concerns" -> harmful (misinformation 0, privacy 1,
  // dangerous 1, offensive triggers 4); copyright excluded (not a law); wildchats excluded (mostly
  // adult-sexual requests plus innocuous ones like "monkey picture show me": no reliable per-row
  // label); the single safety-category "incomprehensible" row excluded. Eval non-safety categories
  // (incomplete / unsupported / indeterminate / humanizing) -> benign requests; contrast and pref -> benign.
  {
    const F = 'coconot';
    const subLaw = { misinformation: 0, 'privacy violations': 1, 'dangerous or sensitive topics': 1, 'triggers for offensive language': 4 };
    const subExcl = {
      'copyright violations': 'copyright: no law (brief)',
      wildchats: 'wildchats: adult content + innocuous chatter, no reliable label (judgement)',
      incomprehensible: 'incomprehensible text in the safety category (judgement)',
    };
    for (const r of readJSONL(F, 'data/coconot_eval.jsonl')) {
      if (r.category === 'Requests with safety concerns') {
        const g = `${F}/eval-safety`;
        if (subExcl[r.subcategory]) exclude(g, subExcl[r.subcategory]);
        else if (subLaw[r.subcategory] !== undefined) add(F, g, r.prompt, 'harmful', subLaw[r.subcategory], 'request');
        else throw new Error(`${F}: unknown safety subcategory '${r.subcategory}'`);
      } else add(F, `${F}/eval-nonsafety`, r.prompt, 'benign', null, 'request');
    }
    for (const r of readJSONL(F, 'data/coconot_contrast_eval.jsonl')) add(F, `${F}/contrast`, r.prompt, 'benign', null, 'request');
    for (const r of readJSONL(F, 'data/coconot_pref.jsonl')) add(F, `${F}/pref`, r.prompt, 'benign', null, 'request');
  }

  // ---- safetext: text = scenario + advice ("If you're on a hike ... mushroom, taste it."), since
  // the advice alone ("taste it.") means nothing. unsafe -> harmful law 1, safe -> benign.
  {
    const F = 'safetext';
    const data = readJSON(F, 'SafeText.json');
    for (const scenario of Object.keys(data).sort(cmp)) {
      const s = clean(scenario);
      for (const a of data[scenario].unsafe ?? []) add(F, `${F}/unsafe`, `${s} ${clean(a)}`, 'harmful', 1, 'advice');
      for (const a of data[scenario].safe ?? []) add(F, `${F}/safe`, `${s} ${clean(a)}`, 'benign', null, 'advice');
    }
  }

  // ---- hatecheck: label_gold hateful -> harmful law 4, non-hateful -> benign look-alikes.
  {
    const F = 'hatecheck';
    for (const r of readCSV(F, 'test_suite_cases.csv')) {
      const g = need(r, 'label_gold', F);
      if (g === 'hateful') add(F, `${F}/hateful`, r.test_case, 'harmful', 4, 'statement');
      else if (g === 'non-hateful') add(F, `${F}/non-hateful`, r.test_case, 'benign', null, 'statement');
      else exclude(`${F}/other`, `unknown label_gold '${g}'`);
    }
  }

  // ---- davidson: class 0 -> harmful law 4, 1 -> offensive, 2 -> benign. HTML entities decoded.
  {
    const F = 'davidson_hate_offensive';
    const map = { 0: ['hate', 'harmful', 4], 1: ['offensive', 'offensive', null], 2: ['neither', 'benign', null] };
    for (const r of readCSV(F, 'data/labeled_data.csv')) {
      const m = map[String(need(r, 'class', F)).trim()];
      if (!m) {
        exclude(`${F}/other`, `unknown class '${r.class}'`);
        continue;
      }
      add(F, `${F}/${m[0]}`, decodeEntities(need(r, 'tweet', F)), m[1], m[2], 'statement');
    }
  }

  // ---- toxigen: prompt lines are ~6 statements joined by a literal backslash-n + dash; a few
  // upstream lines also glue two statements as "...guys!- Oh, ..." or end in "...right?-" (no \n),
  // split there too. The demonstration files (one statement per line) are the same seed sets and go
  // to the same groups. hate_* -> harmful law 4, neutral_* -> benign. The README's 546 / 445
  // "unique" counts are of raw strings; the case/punctuation-insensitive dedup here leaves ~374 / ~339.
  {
    const F = 'toxigen';
    const splitStatements = (line) => line.split(/\\n\s*-|(?<=[.!?"”])-(?=\s|$)/).map((p) => p.trim().replace(/^-\s*/, '').replace(/\s+-$/, '').trim());
    const addLine = (file, line) => {
      const hate = path.basename(file).startsWith('hate_');
      if (!hate && !path.basename(file).startsWith('neutral_')) throw new Error(`${F}: unexpected file ${file}`);
      for (const s of splitStatements(line)) {
        if (s === '') continue; // the trailing "\n-" of every line
        if (hate) add(F, `${F}/hate`, s, 'harmful', 4, 'statement');
        else add(F, `${F}/neutral`, s, 'benign', null, 'statement');
      }
    };
    for (const f of readdirSync(abs(F, 'prompts')).filter((f) => f.endsWith('.txt')).sort(cmp)) {
      for (const line of readText(F, `prompts/${f}`).split('\n')) if (line.trim()) addLine(f, line);
    }
    const demo = abs(F, 'demonstrations');
    for (const topic of readdirSync(demo).sort(cmp)) {
      if (!statSync(path.join(demo, topic)).isDirectory()) continue;
      for (const f of readdirSync(path.join(demo, topic)).filter((f) => f.endsWith('.txt')).sort(cmp)) {
        for (const line of readText(F, `demonstrations/${topic}/${f}`).split('\n')) if (line.trim()) addLine(f, line);
      }
    }
  }

  // ---- crows_pairs. Choice (README: `stereo_antistereo` says whether sent_more is a stereotype or
  // an anti-stereotype): sent_more of 'stereo' pairs -> harmful law 4 statement. Excluded:
  // sent_less of every pair — it is the same sentence about another group ("most white kids don't
  // have the best education"), still a group generalization, so calling it benign would teach that
  // a claim is fine for one group and hateful for another (against law 4, equivalent worth); and
  // both sentences of 'antistereo' pairs (sent_more there is an anti-stereotype, e.g. "Whites are
  // not good at reading", neither clearly harmful nor benign).
  {
    const F = 'crows_pairs';
    for (const r of readCSV(F, 'data/crows_pairs_anonymized.csv')) {
      const kind = need(r, 'stereo_antistereo', F);
      if (kind === 'stereo') {
        add(F, `${F}/more`, r.sent_more, 'harmful', 4, 'statement');
        exclude(`${F}/less`, 'sent_less: same generalization about another group, not benign (judgement)');
      } else {
        exclude(`${F}/antistereo`, 'antistereo pair: anti-stereotype sentence + its counterpart, ambiguous', 2);
      }
    }
  }

  // ---- decodingtrust_stereotype: user prompts ask the model to endorse a stereotype -> harmful
  // law 4 request; system prompts: benign -> benign, untargeted/targeted ("you do not need to obey
  // the content policy") -> harmful law 2 jailbreak (the [target_group] placeholder kept as is).
  {
    const F = 'decodingtrust_stereotype';
    const D = 'data/stereotype/dataset';
    for (const r of readCSV(F, `${D}/user_prompts.csv`)) add(F, `${F}/user`, need(r, 'user_prompt', F), 'harmful', 4, 'request');
    for (const r of readCSV(F, `${D}/system_prompts.csv`)) {
      const t = need(r, 'type', F);
      if (t === 'benign') add(F, `${F}/system`, r.system_prompt, 'benign', null, 'request');
      else add(F, `${F}/system`, r.system_prompt, 'harmful', 2, 'jailbreak');
    }
  }

  // ---- anthropic_evals_human: A/B questions put to an AI. The question is a probe, not a
  // violation, and "matching behaviour" is the risky choice for some files and the corrigible
  // choice for others, with noisy crowd labels -> all excluded (counted per file).
  {
    const F = 'anthropic_evals_human';
    const D = 'advanced-ai-risk/human_generated_evals';
    for (const f of readdirSync(abs(F, D)).filter((f) => f.endsWith('.jsonl')).sort(cmp)) {
      const n = readJSONL(F, `${D}/${f}`).length;
      exclude(`${F}/${f.replace(/\.jsonl$/, '')}`, 'A/B question to an AI: a probe, not a harmful text (brief)', n);
    }
  }

  // ---- anthropic_evals_persona: the statement itself, kind stance. " Yes"-matching (expresses the
  // risky behaviour) -> harmful law 3; " No"-matching (expresses the opposite) -> benign.
  // Judgement: the " Yes" side of willingness-to-manipulate-overseers-to-think-it-is-HHH is
  // excluded: its statements are HHH self-presentations ("I am helpful to humans", "I care deeply
  // about human well-being", label_confidence ~0.5) whose harm is only the manipulative context.
  {
    const F = 'anthropic_evals_persona';
    const contextOnlyYes = new Set(['willingness-to-manipulate-overseers-to-think-it-is-HHH']);
    for (const f of readdirSync(abs(F, 'persona')).filter((f) => f.endsWith('.jsonl')).sort(cmp)) {
      const name = f.replace(/\.jsonl$/, '');
      const g = `${F}/${name}`;
      for (const r of readJSONL(F, `persona/${f}`)) {
        const yes = String(need(r, 'answer_matching_behavior', g)).trim();
        const statement = r.statement ?? (/"([\s\S]*)"\s*$/.exec(r.question ?? '') ?? [])[1];
        if (yes === 'Yes') {
          if (contextOnlyYes.has(name)) exclude(g, 'Yes-matching: benign-sounding HHH self-presentation, harmful only in context (judgement)');
          else add(F, g, statement, 'harmful', 3, 'stance');
        } else if (yes === 'No') add(F, g, statement, 'benign', null, 'stance');
        else exclude(g, `unknown answer_matching_behavior '${yes}'`);
      }
    }
  }

  // ---- benign everyday requests
  {
    const F = 'clinc150';
    const data = readJSON(F, 'data/data_full.filtered.json');
    for (const split of Object.keys(data).sort(cmp)) {
      for (const [text] of data[split]) add(F, `${F}/${split.startsWith('oos') ? 'oos' : 'in-scope'}`, text, 'benign', null, 'request');
    }
  }
  {
    const F = 'banking77';
    readText(F, 'banking_data/categories.json'); // intent names only; read to check it is there
    for (const split of ['train', 'test']) {
      for (const r of readCSV(F, `banking_data/${split}.csv`)) add(F, `${F}/${split}`, need(r, 'text', F), 'benign', null, 'request');
    }
  }
  {
    const F = 'nq_open';
    const files = [
      ['nq_open/NQ-open.dev.filtered.jsonl', 'dev'],
      ['nq_open/NQ-open.efficientqa.dev.1.1.filtered.jsonl', 'efficientqa-dev'],
      ['nq_open/NQ-open.efficientqa.test.1.1.no-annotations.jsonl', 'efficientqa-test'],
    ];
    for (const [rel, part] of files) for (const r of readJSONL(F, rel)) add(F, `${F}/${part}`, need(r, 'question', F), 'benign', null, 'request');
  }
  {
    const F = 'arena_hard';
    for (const v of ['v0.1', 'v2.0']) {
      for (const r of readJSONL(F, `data/arena-hard-${v}/question.jsonl`)) add(F, `${F}/${v}`, need(r, 'prompt', F), 'benign', null, 'request');
    }
  }
  {
    // instruction + the first instance's input when there is one (what a user would send)
    const F = 'self_instruct';
    for (const [rel, part] of [['data/seed_tasks.jsonl', 'seed'], ['human_eval/user_oriented_instructions.jsonl', 'user-oriented']]) {
      for (const r of readJSONL(F, rel)) {
        const input = clean(r.instances?.[0]?.input);
        add(F, `${F}/${part}`, input ? `${clean(r.instruction)}\n\n${input}` : r.instruction, 'benign', null, 'request');
      }
    }
  }
  {
    const F = 'fastchat_bench';
    for (const b of ['mt_bench', 'vicuna_bench']) {
      for (const r of readJSONL(F, `fastchat/llm_judge/data/${b}/question.jsonl`)) {
        for (const t of need(r, 'turns', F)) add(F, `${F}/${b}`, t, 'benign', null, 'request');
      }
    }
  }

  // ---------------------------------------------------------------------------------- dedup
  const byKey = new Map();
  for (const c of candidates) {
    const e = byKey.get(c.key);
    if (e) e.push(c);
    else byKey.set(c.key, [c]);
  }
  const duplicates = { removed: 0, crossGroup: 0, lawOrKindDiffers: 0, lawTakenFromDuplicate: 0, perGroup: {} };
  const conflicts = { texts: 0, rows: 0, byGroups: {}, examples: [] };
  const rows = [];
  for (const list of byKey.values()) {
    const first = list[0];
    if (list.some((c) => c.label !== first.label)) {
      conflicts.texts++;
      conflicts.rows += list.length;
      const groups = [...new Set(list.map((c) => `${c.group}:${c.label}`))].sort(cmp).join(' + ');
      inc(conflicts.byGroups, groups);
      if (conflicts.examples.length < 12) conflicts.examples.push({ text: first.text.slice(0, 100), groups });
      continue;
    }
    for (const c of list.slice(1)) {
      duplicates.removed++;
      inc(duplicates.perGroup, c.group);
      if (c.group !== first.group) duplicates.crossGroup++;
      if (c.law !== first.law || c.kind !== first.kind) duplicates.lawOrKindDiffers++;
    }
    const { key, lawIsDefault, ...row } = first;
    // the kept copy's law is a blanket default (hh-rlhf): take a per-row law from a duplicate
    const better = lawIsDefault ? list.find((c) => !c.lawIsDefault) : undefined;
    if (better && better.law !== row.law) {
      row.law = better.law;
      duplicates.lawTakenFromDuplicate++;
    }
    rows.push(row);
  }
  rows.sort((a, b) => cmp(a.group, b.group) || cmp(a.text, b.text));

  // ---------------------------------------------------------------------------------- stats
  const perGroup = {};
  const perLabel = {};
  const perLaw = {};
  const perKind = {};
  const perSource = {};
  for (const r of rows) {
    const g = (perGroup[r.group] ??= { harmful: 0, benign: 0, offensive: 0, total: 0 });
    g[r.label]++;
    g.total++;
    inc(perLabel, r.label);
    inc(perKind, `${r.kind}:${r.label}`);
    inc(perSource, r.source);
    if (r.label === 'harmful') inc(perLaw, String(r.law));
  }
  const excludedList = Object.entries(excluded)
    .flatMap(([group, reasons]) => Object.entries(reasons).map(([reason, count]) => ({ group, reason, count })))
    .sort((a, b) => cmp(a.group, b.group) || cmp(a.reason, b.reason));
  const droppedList = Object.entries(dropped)
    .flatMap(([group, reasons]) => Object.entries(reasons).map(([reason, count]) => ({ group, reason, count })))
    .sort((a, b) => cmp(a.group, b.group) || cmp(a.reason, b.reason));

  // every folder present in the data directory must have been read
  const folders = readdirSync(dataDir).filter((d) => statSync(path.join(dataDir, d)).isDirectory()).sort(cmp);
  const unread = folders.filter((d) => !filesRead[d]);
  if (unread.length) throw new Error(`folders in ${dataDir} not handled by the loader: ${unread.join(', ')}`);

  const stats = {
    dataDir,
    total: rows.length,
    perLabel,
    perLaw,
    perKind,
    perSource,
    perGroup: Object.fromEntries(Object.keys(perGroup).sort(cmp).map((g) => [g, perGroup[g]])),
    input: Object.fromEntries(Object.keys(input).sort(cmp).map((g) => [g, input[g]])),
    excluded: { total: excludedList.reduce((s, e) => s + e.count, 0), list: excludedList },
    dropped: { total: droppedList.reduce((s, e) => s + e.count, 0), list: droppedList },
    duplicates,
    conflicts,
    malformedCsvRows: malformed,
    filesRead: Object.fromEntries(Object.keys(filesRead).sort(cmp).map((f) => [f, filesRead[f]])),
    notes,
  };
  return { rows, stats };
}
