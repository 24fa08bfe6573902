// Writes tests/data/edtf_oracle.tsv: random ISO 8601 / EDTF level 0 and 1
// texts of every form hotline reads, each with the first and last day that
// an independent parser, the npm package `edtf` (edtf.js), gives it. The
// test test_date_edtf.cpp reads the file and checks that Date::parse gives
// the same days. The file is committed; this script is how it was made:
//
//   mkdir -p /tmp/edtf && cd /tmp/edtf && npm install edtf@4.11.1
//   TZ=UTC NODE_PATH=/tmp/edtf/node_modules node tests/oracle/edtf_oracle.mjs > tests/data/edtf_oracle.tsv
//
// (edtf is a tool of this test only, not a dependency of hotline.)
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const edtf = require(process.env.NODE_PATH ? `${process.env.NODE_PATH}/edtf` : 'edtf').default
  ?? require(process.env.NODE_PATH ? `${process.env.NODE_PATH}/edtf` : 'edtf');

let seed = 20261202;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pad = (n, w) => String(n).padStart(w, '0');
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// One end: a year, month or day, with unspecified digits, a time of day or a
// qualifier, in any of the forms Date::parse reads.
function single() {
  const y = rand(2) === 0 ? 1900 + rand(200) : 1000 + rand(8999);
  const m = 1 + rand(12);
  const d = 1 + rand(daysIn(y, m));
  const q = ['', '', '', '?', '~', '%'][rand(6)];
  switch (rand(11)) {
    case 0: return `${pad(y, 4)}${q}`;
    case 1: return `${pad(y, 4)}-${pad(m, 2)}${q}`;
    case 2: return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}${q}`;
    case 3: return `${String(y).slice(0, 3)}X`;
    case 4: return `${String(y).slice(0, 2)}XX`;
    case 5: return `${pad(y, 4)}-XX`;
    case 6: return `${pad(y, 4)}-${pad(m, 2)}-XX`;
    case 7: return `${pad(y, 4)}-XX-XX`;
    case 8: return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(rand(24), 2)}:${pad(rand(60), 2)}:${pad(rand(60), 2)}Z`;
    case 9: return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(rand(24), 2)}:${pad(rand(60), 2)}:${pad(rand(60), 2)}`;
    default: return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  }
}

const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const lines = [];
while (lines.length < 3000) {
  let text = single();
  if (rand(3) === 0) text = `${text}/${single()}`;
  let parsed;
  try {
    parsed = edtf(text);
  } catch (e) {
    continue;  // an interval that ends before it starts, say
  }
  if (parsed.min > parsed.max) continue;
  lines.push(`${text}\t${day(parsed.min)}\t${day(parsed.max)}`);
}
process.stdout.write('# text\tfirst day\tlast day (edtf.js 4.11.1; see tests/oracle/edtf_oracle.mjs)\n');
process.stdout.write(lines.join('\n') + '\n');
