// DuckDB beside hotline in the benchmark, through the npm package
// @duckdb/node-api (bench/run.sh installs it into the build folder from
// bench/package.json and bench/package-lock.json). Run by hotline_bench.
//
// Workload A: the definitions of bench/pandas_analysis.py in SQL, on the
// data hotline_bench wrote (e.bin, l.bin, a.bin, b.bin, level.bin: the
// earliest and latest day, the two states' indices and the level of every
// contact, in feed order). For every (pair of states, level) group: the
// number of contacts, the longest gap (certain and possible, as
// hotline::longest_gap defines them), the months of 2000-01 to 2024-12
// certainly and possibly without contact, and the silence on 2025-01-01.
// The data is loaded into an in-memory table before the timer starts; the
// timer covers the query that computes the table of results (into a
// temporary table), run once on each thread count asked for (SET threads);
// the results are then compared with hotline's (hotline.bin), group by
// group and column by column.
//
//   node duckdb_bench.mjs --modules DIR analysis FOLDER STATE_COUNT LEVEL_COUNT THREADS...
//   prints: version=V load_seconds=S then, per thread count T,
//           seconds_T=S identical_T=yes|no groups_T=N [first difference]
//
// Workload B: read_csv of a GDELT 2.0 file (tab-separated, no header),
// every column as text, into an in-memory table, as pandas reads it into a
// frame; the process's peak resident memory (VmHWM: node and DuckDB
// included) as hotline's and pandas' children report theirs.
//
//   node duckdb_bench.mjs --modules DIR ingest FILE THREADS
//   prints: seconds=S rows=N columns=C peak_mib=P
//
//   node duckdb_bench.mjs --modules DIR version
//   prints: version=V (bench/run.sh's check that DuckDB loads and runs)
//
// DIR is the node_modules folder that holds @duckdb/node-api. Errors are
// printed as error="..." and exit with 1.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function fail(message) {
  console.log(`error=${JSON.stringify(message)}`);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args[0] !== '--modules' || args.length < 3) {
  fail('usage: duckdb_bench.mjs --modules DIR analysis FOLDER STATES LEVELS THREADS... | ingest FILE THREADS | version');
}
const modules = args[1];
const [mode, ...rest] = args.slice(2);
let duckdb;
try {
  const require = createRequire(join(resolve(modules), 'hotline-bench.js'));
  duckdb = await import(pathToFileURL(require.resolve('@duckdb/node-api')).href);
} catch (error) {
  fail(`cannot load @duckdb/node-api from ${modules}: ${error.message}`);
}
const { DuckDBInstance, DuckDBDataChunk, INTEGER, SMALLINT, TINYINT } = duckdb;

function peakMib() {
  const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : 0;
}

function threadCount(text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`not a thread count: ${text}`);
  return n;
}

// A binary column as hotline_bench wrote it (native byte order).
function column(folder, name, Type) {
  const bytes = readFileSync(join(folder, `${name}.bin`));
  if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) fail(`${folder}/${name}.bin: a partial value at the end`);
  const copy = new Uint8Array(bytes); // aligned
  return new Type(copy.buffer, 0, copy.byteLength / Type.BYTES_PER_ELEMENT);
}

// The contacts, in feed order (i), into a table through the appender.
async function load(connection, folder) {
  const e = column(folder, 'e', Int32Array);
  const l = column(folder, 'l', Int32Array);
  const a = column(folder, 'a', Int16Array);
  const b = column(folder, 'b', Int16Array);
  const level = column(folder, 'level', Int8Array);
  const n = e.length;
  for (const [name, c] of [['l', l], ['a', a], ['b', b], ['level', level]]) {
    if (c.length !== n) fail(`${folder}/${name}.bin has ${c.length} values, e.bin ${n}`);
  }
  await connection.run(
    'CREATE TABLE contacts (i INTEGER, e INTEGER, l INTEGER, a SMALLINT, b SMALLINT, level TINYINT)');
  const appender = await connection.createAppender('contacts');
  const size = 2048;
  const chunk = DuckDBDataChunk.create([INTEGER, INTEGER, INTEGER, SMALLINT, SMALLINT, TINYINT], size);
  for (let from = 0; from < n; from += size) {
    const to = Math.min(n, from + size);
    const index = new Array(to - from);
    for (let k = 0; k < index.length; ++k) index[k] = from + k;
    chunk.rowCount = to - from;
    chunk.setColumns([index, ...[e, l, a, b, level].map((c) => Array.from(c.subarray(from, to)))]);
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
  return n;
}

// Workload A in SQL, as bench/pandas_analysis.py defines it. Months are
// numbered from 2000-01 (0) to 2024-12 (299); days from 1970-01-01.
function analysisSql(states, levels) {
  const first = 2000 * 12;
  const months = 300;
  const day = Date.UTC(2025, 0, 1) / 86400000;
  const month = (d) => `(year(DATE '1970-01-01' + ${d}) * 12 + month(DATE '1970-01-01' + ${d}) - 1 - ${first})`;
  return `
CREATE OR REPLACE TEMP TABLE result AS
WITH t AS (
  SELECT i, e, l,
         (least(a, b)::INTEGER * ${states} + greatest(a, b)) * ${levels} + level AS g,
         ${month('e')} AS me,
         CASE WHEN e = l THEN ${month('e')} ELSE ${month('l')} END AS ml
  FROM contacts),
-- Per contact, in feed order within its group: the latest end of the
-- contacts before it, the smallest end of those after it, and the start of
-- the group's last contact.
w AS (
  SELECT g, e, l, me, ml,
         max(l) OVER (PARTITION BY g ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before,
         min(l) OVER (PARTITION BY g ORDER BY i ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS after,
         last_value(e) OVER (PARTITION BY g ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_e
  FROM t),
per_group AS (
  SELECT g,
         count(*) AS n,
         max(e - before) AS certain,                      -- longest certain silence (before clipping at 0)
         max(after - e) AS core,                          -- a start to the smallest end after it
         count(*) FILTER (WHERE l >= last_e) AS n_near,   -- contacts that may fall on or after the last start
         max(l) FILTER (WHERE l >= last_e) AS far,
         any_value(last_e) AS last_e,
         count(DISTINCT me) FILTER (WHERE me = ml AND me >= 0 AND me < ${months}) AS held,
         max(least(l, ${day})) FILTER (WHERE e <= ${day}) AS cut,
         max(e) FILTER (WHERE l <= ${day}) AS last_start
  FROM w GROUP BY g),
-- The months of the window each date touches (from its first day's month
-- to its last day's).
touched AS (
  SELECT g, count(DISTINCT m) AS touched
  FROM (SELECT g, unnest(range(greatest(me, 0), least(ml, ${months - 1}) + 1)) AS m
        FROM t WHERE ml >= 0 AND me < ${months})
  GROUP BY g)
SELECT g::BIGINT AS key,
       n::BIGINT AS count,
       (CASE WHEN certain IS NULL THEN -1 ELSE greatest(certain, 0) END)::BIGINT AS gap_min,
       (CASE WHEN core IS NULL THEN -1 WHEN n_near < 2 THEN core ELSE greatest(core, far - last_e) END)::BIGINT AS gap_max,
       (${months} - coalesce(touched, 0))::BIGINT AS months_certain,
       (${months} - held)::BIGINT AS months_possible,
       coalesce(${day} - cut, -1)::BIGINT AS silence_min,
       (CASE WHEN cut IS NULL THEN -1 ELSE coalesce(${day} - last_start, -2) END)::BIGINT AS silence_max
FROM per_group LEFT JOIN touched USING (g)`;
}

const columns = ['key', 'count', 'gap_min', 'gap_max', 'months_certain', 'months_possible', 'silence_min', 'silence_max'];

// DuckDB's table of results against hotline's (8 int64 a group, by key).
async function compare(connection, folder) {
  const bytes = readFileSync(join(folder, 'hotline.bin'));
  const copy = new Uint8Array(bytes);
  const theirs = new BigInt64Array(copy.buffer, 0, Math.floor(copy.byteLength / 8));
  const reader = await connection.runAndReadAll(`SELECT ${columns.join(', ')} FROM result ORDER BY key`);
  const ours = reader.getColumns();
  const groups = ours[0].length;
  if (theirs.length !== groups * columns.length) {
    return { same: false, groups, detail: `groups: duckdb ${groups}, hotline ${theirs.length / columns.length}` };
  }
  for (let r = 0; r < groups; ++r) {
    for (let c = 0; c < columns.length; ++c) {
      const value = ours[c][r];
      if (value !== theirs[r * columns.length + c]) {
        const row = Array.from(theirs.subarray(r * columns.length, (r + 1) * columns.length));
        return {
          same: false,
          groups,
          detail: `first difference: group key ${ours[0][r]}, column ${columns[c]}: duckdb ` +
            `[${ours.map((col) => col[r]).join(' ')}] hotline [${row.join(' ')}]`,
        };
      }
    }
  }
  return { same: true, groups, detail: '' };
}

async function analysis([folder, states, levels, ...threads]) {
  if (!folder || !states || !levels || threads.length === 0) fail('analysis needs FOLDER STATES LEVELS THREADS...');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const version = (await connection.runAndReadAll('SELECT version()')).getRows()[0][0];
  const t0 = performance.now();
  await load(connection, folder);
  let out = `version=${version} load_seconds=${((performance.now() - t0) / 1000).toFixed(3)}`;
  const sql = analysisSql(Number(states), Number(levels));
  for (const text of threads) {
    const t = threadCount(text);
    await connection.run(`SET threads = ${t}`);
    await connection.run('DROP TABLE IF EXISTS result');
    const start = performance.now();
    await connection.run(sql);
    const seconds = (performance.now() - start) / 1000;
    const { same, groups, detail } = await compare(connection, folder);
    out += `\nseconds_${t}=${seconds.toFixed(3)} identical_${t}=${same ? 'yes' : 'no'} groups_${t}=${groups} ${detail}`;
  }
  console.log(out);
}

async function ingest([file, threads]) {
  if (!file || !threads) fail('ingest needs FILE THREADS');
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threadCount(threads)) });
  const connection = await instance.connect();
  const start = performance.now();
  await connection.run(
    `CREATE TABLE events AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}', ` +
    `delim = '\t', header = false, all_varchar = true)`);
  const seconds = (performance.now() - start) / 1000;
  const peak = peakMib();
  const rows = (await connection.runAndReadAll('SELECT count(*) FROM events')).getRows()[0][0];
  const width = (await connection.runAndReadAll(
    "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'events'")).getRows()[0][0];
  console.log(`seconds=${seconds.toFixed(6)} rows=${rows} columns=${width} peak_mib=${peak.toFixed(1)}`);
}

try {
  if (mode === 'version') {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    console.log(`version=${(await connection.runAndReadAll('SELECT version()')).getRows()[0][0]}`);
  } else if (mode === 'analysis') await analysis(rest);
  else if (mode === 'ingest') await ingest(rest);
  else fail(`unknown mode ${mode}`);
} catch (error) {
  fail(`${mode}: ${error.message}`);
}
