// The Node side of bench/compare/run.sh: takes the sample, runs one peer tool (wink-nlp, compromise) on it or on a UD
// treebank, and prints the side-by-side table. Each subcommand but report prints one JSON object. Node 18+; the peers
// are installed by run.sh into a temporary folder (NODE_PATH).
//
//   node compare.js sample  --source BBC.jsonl --characters 2000000 --out SAMPLE.jsonl
//   node compare.js speed   --tool wink|compromise --work tag|entities --input SAMPLE.jsonl [--warmup SECONDS]
//   node compare.js upos    --tool wink|compromise --conllu en_ewt-ud-test.conllu
//   node compare.js report  --results RESULTS.jsonl
'use strict';
const fs = require('fs');

const args = process.argv.slice(2);
const command = args[0];
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};

// Each tool: make(work) returns analyse(text) -> number of tokens the tool made (its own count);
// tagged(text) returns [{start, end, upos}] for the accuracy run.
const tools = {
  wink: {
    make(work) {
      const winkNLP = require('wink-nlp');
      const model = require('wink-eng-lite-web-model');
      // Tokens are always made; 'sbd' splits sentences (Readout's comparable work includes its sentence splitter).
      const nlp = winkNLP(model, work === 'entities' ? ['sbd', 'pos', 'ner'] : ['sbd', 'pos']);
      const its = nlp.its;
      return {
        analyse(text) {
          const doc = nlp.readDoc(text);
          const tags = doc.tokens().out(its.pos);
          if (work === 'entities') doc.entities().out(its.detail);
          return tags.length;
        },
        tagged(text) {
          const doc = nlp.readDoc(text);
          const values = doc.tokens().out(its.value);
          const spaces = doc.tokens().out(its.precedingSpaces);
          const tags = doc.tokens().out(its.pos);
          const result = [];
          let at = 0;
          for (let i = 0; i < values.length; i++) {
            at += spaces[i].length;
            result.push({ start: at, end: at + values[i].length, upos: tags[i] });
            at += values[i].length;
          }
          return result;
        },
      };
    },
  },
  compromise: {
    make(work) {
      const nlp = require('compromise');
      return {
        analyse(text) {
          // compromise tags every term when it reads the text; punctuation is kept on the terms, not counted.
          const doc = nlp(text);
          if (work === 'entities') {
            doc.people().out('array');
            doc.places().out('array');
            doc.organizations().out('array');
          }
          return doc.terms().length;
        },
        tagged(text) {
          const result = [];
          for (const sentence of nlp(text).json({ offset: true })) {
            for (const term of sentence.terms) {
              result.push({ start: term.offset.start, end: term.offset.start + term.offset.length, upos: compromiseToUpos(term.tags) });
            }
          }
          return result;
        },
      };
    },
  },
};

// compromise's tags are a set per term (Noun, ProperNoun, Person…); the most specific that names a UPOS wins.
// Tags only, no word lists: the mapping is the tool's own view translated, nothing added.
const compromiseOrder = [
  ['Auxiliary', 'AUX'], ['Copula', 'AUX'], ['Modal', 'AUX'], ['Negative', 'PART'],
  ['Pronoun', 'PRON'], ['Determiner', 'DET'], ['Preposition', 'ADP'], ['Conjunction', 'CCONJ'],
  ['Ordinal', 'ADJ'], ['Cardinal', 'NUM'], ['Value', 'NUM'], ['ProperNoun', 'PROPN'],
  ['Verb', 'VERB'], ['Adjective', 'ADJ'], ['Adverb', 'ADV'], ['Noun', 'NOUN'],
  ['Expression', 'INTJ'], ['Emoji', 'SYM'], ['Emoticon', 'SYM'],
];
function compromiseToUpos(tags) {
  for (const [tag, upos] of compromiseOrder) if (tags.includes(tag)) return upos;
  return 'X';
}

function readJsonl(path) {
  return fs.readFileSync(path, 'utf8').split('\n').filter((line) => line.trim().length > 0).map((line) => JSON.parse(line));
}

function cpuSeconds(usage) {
  return (usage.user + usage.system) / 1e6;
}

function sample() {
  const characters = Number(option('--characters', '2000000'));
  const out = [];
  let total = 0;
  for (const record of readJsonl(option('--source'))) {
    if (!record.text) continue;
    out.push(JSON.stringify({ id: record.id, title: record.title, text: record.text, date: record.date, source: record.source }));
    total += record.text.length;
    if (total >= characters) break;
  }
  fs.writeFileSync(option('--out'), out.join('\n') + '\n');
  console.log(JSON.stringify({ documents: out.length, characters: total }));
}

// The same protocol as `readout bench`: untimed analysis until the process has used --warmup CPU seconds, then one
// timed pass over every document.
function speed() {
  const toolName = option('--tool');
  const work = option('--work', 'tag');
  const warmup = Number(option('--warmup', '2'));
  const texts = readJsonl(option('--input')).map((record) => record.text);
  const tool = tools[toolName].make(work);
  const warmStart = process.cpuUsage();
  for (let i = 0; cpuSeconds(process.cpuUsage(warmStart)) < warmup; i++) tool.analyse(texts[i % texts.length]);

  let tokens = 0;
  let characters = 0;
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (const text of texts) {
    tokens += tool.analyse(text);
    characters += text.length;
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = cpuSeconds(process.cpuUsage(cpuBefore));
  console.log(JSON.stringify({ tool: toolName, work, documents: texts.length, characters, own_tokens: tokens, seconds: wall, cpu_seconds: cpu }));
}

// UPOS accuracy on a CoNLL-U file. Each gold sentence's words (syntactic words, so "do n't", not "don't") are joined
// by single spaces and given to the tool as one text, so it sees the gold sentence and, as far as it follows spaces,
// the gold words. A gold word counts as right when the tool made a token with exactly its characters and the right
// UPOS; words the tool tokenized differently count as wrong (reported separately as unaligned).
function upos() {
  const tool = tools[option('--tool')].make('tag');
  let words = 0;
  let aligned = 0;
  let correct = 0;
  let correctNonPunct = 0;
  let nonPunct = 0;
  const confusion = {};
  for (const sentence of readConllu(option('--conllu'))) {
    let text = '';
    const gold = [];
    for (const word of sentence) {
      if (text.length > 0) text += ' ';
      gold.push({ start: text.length, end: text.length + word.form.length, upos: word.upos });
      text += word.form;
    }
    const predicted = new Map(tool.tagged(text).map((token) => [token.start + ':' + token.end, token.upos]));
    for (const word of gold) {
      words++;
      if (word.upos !== 'PUNCT') nonPunct++;
      const tag = predicted.get(word.start + ':' + word.end);
      if (tag === undefined) continue;
      aligned++;
      if (tag === word.upos) {
        correct++;
        if (word.upos !== 'PUNCT') correctNonPunct++;
      } else {
        const key = word.upos + '>' + tag;
        confusion[key] = (confusion[key] || 0) + 1;
      }
    }
  }
  const top = Object.entries(confusion).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => k + ' ' + v).join(', ');
  console.log(JSON.stringify({
    tool: option('--tool'),
    words,
    aligned_percent: round(100 * aligned / words),
    upos: round(100 * correct / words),
    upos_aligned: round(100 * correct / aligned),
    upos_without_punct: round(100 * correctNonPunct / nonPunct),
    top_confusions: top,
  }));
}

function readConllu(path) {
  const sentences = [];
  let current = [];
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    if (line.trim().length === 0) {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const columns = line.split('\t');
    // Multiword-token ranges (3-4) and empty nodes (5.1) are not syntactic words.
    if (columns[0].includes('-') || columns[0].includes('.')) continue;
    current.push({ form: columns[1], upos: columns[3] });
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

function round(value) {
  return Math.round(value * 100) / 100;
}

// The table: for each kind of work, each tool's median over the rounds. Speed is Readout's token count of the sample
// divided by the tool's time, so every tool is divided by the same number and the ratios are ratios of time.
function report() {
  const results = readJsonl(option('--results'));
  const readoutTokens = results.find((r) => r.tool === 'readout').tokens;
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const rows = [];
  for (const work of ['tag', 'entities', 'full']) {
    for (const tool of ['wink', 'compromise', 'readout']) {
      const runs = results.filter((r) => r.work === work && r.tool === tool && r.seconds > 0);
      if (runs.length === 0) continue;
      rows.push({
        work,
        tool,
        rounds: runs.length,
        wall: median(runs.map((r) => readoutTokens / r.seconds)),
        cpu: median(runs.map((r) => readoutTokens / r.cpu_seconds)),
        own: runs[0].own_tokens ?? runs[0].tokens,
        rss: median(runs.map((r) => r.max_rss_mb || 0)),
      });
    }
  }
  const format = (value) => Math.round(value).toLocaleString('en-US');
  const label = { tag: 'tokenize + POS tags', entities: 'tokenize + POS + entities', full: 'full pipeline' };
  console.log(`sample: ${results[0].documents} articles, ${format(results[0].characters)} characters, ${format(readoutTokens)} Readout tokens`);
  console.log('');
  console.log('| work | tool | tokens/s (wall) | tokens/CPU-s | vs wink-nlp (CPU) | own token count | peak RSS MB | rounds |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const wink = rows.find((r) => r.work === row.work && r.tool === 'wink');
    const ratio = wink ? (row.cpu / wink.cpu).toFixed(2) + '×' : '';
    console.log(`| ${label[row.work]} | ${row.tool} | ${format(row.wall)} | ${format(row.cpu)} | ${ratio} | ${format(row.own)} | ${row.rss ? format(row.rss) : ''} | ${row.rounds} |`);
  }
  const accuracy = results.filter((r) => r.upos !== undefined);
  if (accuracy.length > 0) {
    console.log('');
    console.log('| tool | EWT test UPOS, every gold word | words tokenized as in gold | UPOS on those words | UPOS without punctuation |');
    console.log('|---|---|---|---|---|');
    for (const r of accuracy) {
      console.log(`| ${r.tool} | ${r.upos.toFixed(2)} | ${r.aligned_percent.toFixed(2)}% | ${r.upos_aligned.toFixed(2)} | ${r.upos_without_punct === undefined ? '' : r.upos_without_punct.toFixed(2)} |`);
    }
  }
}

({ sample, speed, upos, report })[command]();
