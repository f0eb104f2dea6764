// Measures the search client on a built site: for each query of a fixed
// set, the requests and bytes of a cold query (a fresh client, as on a
// first visit, fetching the index files and the first page's records) and
// the time of a warm one (the same query again, every file cached).
// Usage: node search-bench.js PUBLIC_DIR. Prints JSON lines, one a query.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { performance } = require("node:perf_hooks");
const S = require("../../../themes/default/static/js/search.js");

const site = process.argv[2];
const page = fs.readFileSync(path.join(site, "tim-kiem", "index.html"), "utf8");
const config = JSON.parse(/<script type=application\/json id=search-config>(.*?)<\/script>/s.exec(page)[1]);

// The queries, 1 to 4 syllables, as written with their marks.
const QUERIES = [
  "đường", "khen", "lúa", "trường", "Huế",
  "thi đua", "khen thưởng", "bằng khen", "Nghệ An", "giáo dục",
  "điển hình tiên tiến", "chiến sĩ thi đua", "huân chương lao động", "nông thôn mới", "cờ thi đua",
  "thi đua yêu nước", "người tốt việc tốt", "lao động sáng tạo", "xây dựng nông thôn", "bằng khen Thủ tướng",
];

// telex returns what a reader types for text on a keyboard without a
// Vietnamese input method, in Telex.
function telex(text) {
  const TONES = { "\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j" };
  return text.split(/\s+/).map((word) => {
    let out = "";
    let tone = "";
    for (const c of word.normalize("NFD")) {
      if (TONES[c]) tone = TONES[c];
      else if (c === "\u0302") out += out.slice(-1); // â ê ô: the vowel twice
      else if (c === "\u0306" || c === "\u031b") out += "w"; // ă, ơ, ư
      else if (c === "đ") out += "dd";
      else if (c === "Đ") out += "Dd";
      else out += c;
    }
    return out + tone;
  }).join(" ");
}

function forms(q) {
  return [["accented", q], ["unaccented", S.fold(q.toLowerCase())], ["telex", telex(q)]];
}

async function main() {
  for (const base of QUERIES) {
    for (const [form, q] of forms(base)) {
      const stats = { requests: 0, bytes: 0 };
      const root = site + config.root;
      const fetchFile = async (url, init) => {
        stats.requests++;
        const file = path.join(root, url.slice(config.root.length));
        let data;
        try {
          data = fs.readFileSync(file);
        } catch {
          return { ok: false, status: 404 };
        }
        let status = 200;
        const range = init && init.headers && init.headers.Range;
        if (range) {
          const m = /bytes=(\d+)-(\d+)/.exec(range);
          data = data.subarray(Number(m[1]), Number(m[2]) + 1);
          status = 206;
        }
        stats.bytes += data.length;
        const buf = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
        return { ok: true, status, arrayBuffer: async () => buf };
      };
      const index = new S.Index(config, fetchFile);
      const words = S.parseQuery(q);
      const run = async () => {
        const results = await index.search(words, { page: config.page });
        await index.fetchRecords(results.slice(0, config.page).map((r) => r.doc));
        return results;
      };
      const results = await run();
      const cold = { requests: stats.requests, bytes: stats.bytes };
      const times = [];
      for (let i = 0; i < 7; i++) {
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      if (stats.requests !== cold.requests) {
        throw new Error(q + ": a warm query made requests");
      }
      console.log(JSON.stringify({ query: q, base, form, results: results.length, requests: cold.requests, bytes: cold.bytes, warm_ms: times[3] }));
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
