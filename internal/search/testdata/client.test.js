// Tests of the browser client (themes/default/static/js/search.js) against
// indexes built by the Go side. Run by TestClient in package search, which
// sets VINHDANH_INDEX (a small index), VINHDANH_LARGE_INDEX (one whose
// common terms carry document sets) with VINHDANH_LARGE_EXPECT (queries and
// the documents that answer them), and VINHDANH_FOLD_CASES.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const S = require("../../../themes/default/static/js/search.js");

const dir = process.env.VINHDANH_INDEX;
const config = dir ? JSON.parse(fs.readFileSync(path.join(dir, "config.json"), "utf8")) : null;

// fileFetch serves an index from disk, whole files only, as a host that
// knows no ranges; a request with a Range header fails the test.
function fileFetch(counter, from) {
  return async function (url, init) {
    counter.n++;
    assert.ok(!(init && init.headers && init.headers.Range), url + ": a range request");
    const file = path.join(from || dir, url.replace(/^\/idx\//, ""));
    if (!fs.existsSync(file)) {
      return { ok: false, status: 404 };
    }
    const data = fs.readFileSync(file);
    const buf = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    return { ok: true, status: 200, arrayBuffer: async () => buf };
  };
}

function index(counter) {
  return new S.Index(Object.assign({ root: "/idx/" }, config), fileFetch(counter || { n: 0 }));
}

async function first(q, filters) {
  const results = await index().search(S.parseQuery(q), filters);
  return results.slice(0).map((r) => r.doc);
}

test("folding is the Go side's, character for character", () => {
  const cases = JSON.parse(fs.readFileSync(process.env.VINHDANH_FOLD_CASES, "utf8"));
  assert.ok(cases.length > 10000);
  const wrong = cases.filter(([input, want]) => S.fold(input) !== want);
  assert.deepStrictEqual(wrong.slice(0, 5), []);
});

test("Telex", () => {
  const table = {
    ddua: "đua", thi: "thi", dduwowngf: "đường", thuwowngr: "thưởng", khen: "khen", tieengs: "tiếng",
    vieejt: "việt", nguwowif: "người", hoaf: "hòa", quas: "quá", giaf: "già", muwa: "mưa", dduaw: "đưa",
    ubnd: "ubnd", nam: "nam", "2023": "2023", dduwowng: "đương", hoaij: "hoại", Ddieenr: "điển",
    vieetj: "việt", press: "press", html: "html", bus: "bú", quoocs: "quốc",
  };
  for (const [typed, want] of Object.entries(table)) {
    assert.strictEqual(S.telex(typed), want, typed);
  }
});

test("queries: Telex, folding, marks", () => {
  const words = S.parseQuery("Thi ddua");
  assert.deepStrictEqual(words.map((w) => [w.exact, w.folded, w.marked]), [["thi", "thi", false], ["đua", "dua", true]]);
  const plan = S.plan(S.parseQuery("phong trào thi đua"));
  assert.deepStrictEqual(plan.primary.map((t) => t.key), ["phong trao", "thi dua"]);
  assert.deepStrictEqual(S.plan(S.parseQuery("a b c")).primary.map((t) => t.key), ["a b", "b c"]);
}, { skip: !dir });

test("thi dua, thi ddua and thi đua find the article with thi đua", async () => {
  for (const q of ["thi dua", "thi ddua", "thi đua", "THI ĐUA"]) {
    assert.deepStrictEqual(await first(q), [2], q);
  }
}, { skip: !dir });

test("đường ranks the road above biểu dương; duong finds both", async () => {
  const exact = await first("đường");
  assert.ok(exact.indexOf(0) >= 0 && exact.indexOf(1) >= 0, String(exact));
  assert.ok(exact.indexOf(0) < exact.indexOf(1), String(exact));
  const plain = await first("duong");
  assert.deepStrictEqual(plain.slice().sort(), [0, 1]);
  const dương = await first("dương");
  assert.ok(dương.indexOf(1) < dương.indexOf(0), String(dương));
}, { skip: !dir });

test("khen thuong ranks adjacent words above scattered ones", async () => {
  const docs = await first("khen thuong");
  assert.deepStrictEqual(docs, [3, 4]);
}, { skip: !dir });

test("filters narrow the results", async () => {
  assert.deepStrictEqual(await first("khen thuong", { kind: "2" }), [3]);
  assert.deepStrictEqual(await first("khen thuong", { year: "2022" }), [4]);
  assert.deepStrictEqual(await first("bieu duong", { province: "thai-nguyen" }), [1]);
  assert.deepStrictEqual(await first("bieu duong", { province: "nghe-an" }), []);
}, { skip: !dir });

test("records, and a warm query costs no request", async () => {
  const counter = { n: 0 };
  const ix = index(counter);
  const results = (await ix.search(S.parseQuery("thi dua"))).slice(0);
  const records = await ix.fetchRecords(results.map((r) => r.doc));
  assert.strictEqual(records[0][0], "/tin-tuc/2023/thi-dua/");
  assert.strictEqual(records[0][1], "Phát động phong trào thi đua");
  const cold = counter.n;
  await ix.search(S.parseQuery("thi dua"));
  await ix.fetchRecords(results.map((r) => r.doc));
  assert.strictEqual(counter.n, cold);
}, { skip: !dir });

test("reasons: a field that holds what the title lacks, or the honourees", () => {
  const labels = { a: "Khen thưởng", n: "Số quyết định", h: "Trong danh sách khen thưởng" };
  const rec = ["/qd/", "Khen thưởng giáo viên", "2024-05-01", 2, "Lai Châu", "Tặng bằng khen.",
    [["a", "Huân chương Lao động hạng Ba"], ["n", "946/QĐ-UBND"]]];
  assert.deepStrictEqual(S.reasons(rec, {}, S.parseQuery("huan chuong lao dong"), labels), [["Khen thưởng", "Huân chương Lao động hạng Ba"]]);
  assert.deepStrictEqual(S.reasons(rec, {}, S.parseQuery("946/QĐ-UBND"), labels), [["Số quyết định", "946/QĐ-UBND"]]);
  assert.deepStrictEqual(S.reasons(rec, {}, S.parseQuery("giáo viên"), labels), [], "the title says it");
  assert.deepStrictEqual(S.reasons(rec, { fields: false }, S.parseQuery("lò thị hoa"), labels), [], "in the body");
  assert.deepStrictEqual(S.reasons(rec, { fields: true }, S.parseQuery("lò thị hoa"), labels, "Lò Thị Hoa"), [["Trong danh sách khen thưởng", "Lò Thị Hoa"]]);
  assert.deepStrictEqual(S.reasons(rec, {}, S.parseQuery("lao động 946"), labels), [], "no one reason holds both");
});

test("a mixed document set: a bitmap, then a list", () => {
  // Bitmap of one byte (documents 0 and 2), then 2 documents counted from 7: 8, 12.
  const buf = new Uint8Array([2, 1, 0b101, 2, 0, 3, 99]).buffer;
  const r = new S.Reader(buf);
  const set = new S.DocSet(r);
  assert.deepStrictEqual(set.docs, [0, 2, 8, 12]);
  assert.deepStrictEqual([0, 1, 2, 8, 9, 12, 13].map((d) => set.has(d)), [1, 0, 1, 1, 0, 1, 0]);
  assert.strictEqual(r.p, 6, "read to the set's end");
});

test("highlighting", () => {
  const pieces = S.highlight("Biểu dương và con đường", S.parseQuery("đường"));
  assert.deepStrictEqual(pieces, [["Biểu dương và con ", false], ["đường", true]]);
  const plain = S.highlight("Biểu dương và con đường", S.parseQuery("duong"));
  assert.deepStrictEqual(plain.filter((p) => p[1]).map((p) => p[0]), ["dương", "đường"]);
});

const largeDir = process.env.VINHDANH_LARGE_INDEX;

test("large terms: document sets decode and intersect to exact answers", async () => {
  const largeConfig = JSON.parse(fs.readFileSync(path.join(largeDir, "config.json"), "utf8"));
  const cases = JSON.parse(fs.readFileSync(process.env.VINHDANH_LARGE_EXPECT, "utf8"));
  for (const c of cases) {
    const counter = { n: 0 };
    const ix = new S.Index(Object.assign({ root: "/idx/" }, largeConfig), fileFetch(counter, largeDir));
    const words = S.parseQuery(c.query);
    assert.deepStrictEqual(S.plan(words).primary.map((t) => t.key), c.terms, c.query);
    const ranked = await ix.search(words, Object.assign({ page: 1 }, c.filters || {}));
    const results = ranked.slice(0);
    assert.strictEqual(ranked.length, results.length);
    assert.deepStrictEqual(ranked.slice(2, 5), results.slice(2, 5));
    const docs = results.map((r) => r.doc);
    assert.ok(c.docs.length > 10, c.query + ": too few documents to test with");
    assert.strictEqual(new Set(docs).size, docs.length, c.query + ": a document twice");
    assert.deepStrictEqual(docs.slice().sort((a, b) => a - b), c.docs, c.query + " " + JSON.stringify(c.filters));
    for (let i = 1; i < results.length; i++) {
      const a = results[i - 1];
      const b = results[i];
      const order = b.pairs - a.pairs || b.exact - a.exact || b.score - a.score || a.doc - b.doc;
      assert.ok(order < 0, c.query + ": results out of order at " + i);
    }
    if (c.query === "duong") {
      const term = await ix.term({ key: "duong" });
      assert.ok(term.all && term.all.docs.length === c.docs.length && term.postings.length === 512, "duong has no document set");
    }
    // Terms and filter lists come from one file each.
    assert.ok(counter.n <= c.terms.length + (c.filters ? Object.keys(c.filters).length : 0), c.query + ": " + counter.n + " requests");
  }
}, { skip: !largeDir });

test("oneEdit: one letter added, dropped or changed", () => {
  for (const [a, b] of [["thuongg", "thuong"], ["thong", "thuong"], ["thuong", "thuang"], ["khen", "kheng"]]) {
    assert.ok(S.oneEdit(a, b), a + " " + b);
  }
  for (const [a, b] of [["thuong", "thuong"], ["thuong", "thuoong x"], ["dd", "d-d-"], ["tuong", "thuonf"]]) {
    assert.ok(!S.oneEdit(a, b), a + " " + b);
  }
});
