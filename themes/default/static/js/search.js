// Search for vinhdanh sites: reads the static index that `vinhdanh build`
// writes under /tim-kiem/<version>/ (see docs/search-format.md) and shows
// results on /tim-kiem/. Plain JavaScript, no dependency. In Node the same
// file exports its functions for tests.
(function (root, factory) {
  var api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.VinhdanhSearch = api;
    if (typeof document !== "undefined") {
      api.start(document);
    }
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  var global = typeof globalThis !== "undefined" ? globalThis : self;

  // ---- Folding: the same, character for character, as package vietnamese.
  var MARK = /^\p{Mn}$/u;
  var foldCache = new Map();

  function foldChar(c) {
    var cached = foldCache.get(c);
    if (cached !== undefined) {
      return cached;
    }
    var out;
    var code = c.codePointAt(0);
    if (c === "đ" || c === "Đ" || c === "Ð" || c === "ð") {
      out = "d";
    } else if (MARK.test(c)) {
      out = "";
    } else {
      var lower = c.toLowerCase();
      out = lower;
      if (code < 0x1f00) {
        var parts = Array.from(lower.normalize("NFD"));
        var rest = parts.slice(1);
        if (parts.length > 1 && rest.every(function (m) { return MARK.test(m); })) {
          out = parts[0];
        } else if (Array.from(lower).length > 1) {
          out = Array.from(lower)[0];
        }
      } else if (Array.from(lower).length > 1) {
        out = Array.from(lower)[0];
      }
    }
    foldCache.set(c, out);
    return out;
  }

  function fold(s) {
    var out = "";
    for (var c of s) {
      out += foldChar(c);
    }
    return out;
  }

  // ---- Telex: "thi ddua" -> "thi đua", "thuwowngr" -> "thưởng".
  var TONE = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };
  var VOWELS = "aăâeêioôơuưy";
  var SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(ng|nh|ch|[cmnpt])?$/;

  function telex(word) {
    var w = word.toLowerCase();
    if (!/^[a-z]+$/.test(w)) {
      return word;
    }
    // A tone key may follow the vowel anywhere ("vieejt", "vieetj"): no
    // Vietnamese syllable has s, f, r, x or j after its first vowel.
    var tone = "";
    var toned = false;
    var firstVowel = w.search(/[aeiouy]/);
    if (firstVowel >= 0) {
      var kept = w.slice(0, firstVowel + 1);
      for (var i = firstVowel + 1; i < w.length; i++) {
        var c = w.charAt(i);
        if (TONE[c] || c === "z") {
          tone = TONE[c] || "";
          toned = true;
        } else {
          kept += c;
        }
      }
      w = kept;
    }
    var marked = /dd|aa|aw|ee|oo|ow|uw|w/.test(w);
    if (!toned && !marked) {
      return word;
    }
    w = w.replace(/dd/g, "đ").replace(/aa/g, "â").replace(/ee/g, "ê").replace(/oo/g, "ô");
    if (w.indexOf("w") >= 0) {
      w = w.replace(/w/g, "");
      if (/uo/.test(w)) {
        w = w.replace("uo", "ươ");
      } else if (/ua/.test(w) && !/qua/.test(w)) {
        w = w.replace("ua", "ưa");
      } else if (/o/.test(w)) {
        w = w.replace("o", "ơ");
      } else if (/a/.test(w)) {
        w = w.replace("a", "ă");
      } else if (/u/.test(w)) {
        w = w.replace("u", "ư");
      } else {
        w = w + "ư";
      }
    }
    if (!SYLLABLE.test(w)) {
      return word; // "press", "html": not Telex for a Vietnamese syllable
    }
    if (tone) {
      w = placeTone(w, tone);
    }
    return w.normalize("NFC");
  }

  // placeTone puts a tone mark on the vowel that carries it.
  function placeTone(w, tone) {
    var chars = Array.from(w);
    var start = 0;
    if (/^(qu|gi)[aăâeêioôơuưy]/.test(w)) {
      start = 2; // the u of qu and the i of gi belong to the consonant
    }
    var first = -1;
    var end = -1;
    for (var i = start; i < chars.length; i++) {
      if (VOWELS.indexOf(chars[i]) >= 0) {
        if (first < 0) {
          first = i;
        }
        end = i;
      } else if (first >= 0) {
        break;
      }
    }
    if (first < 0) {
      return w;
    }
    var at = -1;
    for (var j = first; j <= end; j++) {
      if ("ăâêôơư".indexOf(chars[j]) >= 0) {
        at = j; // the last marked vowel: ươ takes it on ơ
      }
    }
    if (at < 0) {
      var closed = end + 1 < chars.length;
      at = end - first >= 1 && !closed ? (end - first === 2 ? first + 1 : first) : end;
    }
    chars[at] = chars[at] + tone;
    return chars.join("");
  }

  // ---- Tokenising: syllables are runs of letters, digits and marks.
  var WORD = /[\p{L}\p{N}\p{Mn}]+/gu;

  function tokens(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  // parseQuery turns what the reader typed into syllables: Telex converted,
  // lower case, NFC; each with its folded form and whether the reader gave
  // its marks (so that an exact spelling can count).
  function parseQuery(q) {
    return tokens(String(q).normalize("NFC")).map(function (t) {
      var exact = telex(t.text).toLowerCase().normalize("NFC");
      var folded = fold(exact);
      return { exact: exact, folded: folded, marked: exact !== folded };
    });
  }

  // plan chooses the terms to fetch: a single syllable, or pairs of
  // adjacent syllables that cover the query (at most three), and the
  // single syllables as a fallback.
  function plan(words) {
    var pairs = [];
    if (words.length === 1) {
      return { primary: [term(words, 0, 1)], singles: [] };
    }
    for (var i = 0; i + 1 < words.length; i += 2) {
      pairs.push(term(words, i, 2));
    }
    if (words.length % 2 === 1) {
      pairs.push(term(words, words.length - 2, 2));
    }
    var singles = words.map(function (w, i) { return term(words, i, 1); });
    return { primary: pairs.slice(0, 3), singles: singles };
  }

  function term(words, at, n) {
    var part = words.slice(at, at + n);
    return {
      key: part.map(function (w) { return w.folded; }).join(" "),
      exact: part.map(function (w) { return w.exact; }).join(" "),
      marked: part.some(function (w) { return w.marked; }),
      pair: n === 2
    };
  }

  // ---- Hashing: FNV-1a of the folded term's UTF-8 bytes.
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  function shardOf(key, shards) {
    var bytes = encoder.encode(key);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h & (shards - 1);
  }

  function hex4(n) {
    return ("000" + n.toString(16)).slice(-4);
  }

  // ---- Decoding.
  function Reader(buf, pos) {
    this.b = new Uint8Array(buf);
    this.p = pos || 0;
  }
  Reader.prototype.uvarint = function () {
    var x = 0;
    var s = 1;
    for (;;) {
      var c = this.b[this.p++];
      x += (c & 0x7f) * s;
      if (c < 0x80) {
        return x;
      }
      s *= 128;
    }
  };
  Reader.prototype.bytes = function () {
    var n = this.uvarint();
    var out = this.b.subarray(this.p, this.p + n);
    this.p += n;
    return out;
  };
  Reader.prototype.string = function () {
    return decoder.decode(this.bytes());
  };

  // readBlock reads one block of postings into docs.
  function readBlock(r, into) {
    var n = r.uvarint();
    var doc = -1;
    for (var i = 0; i < n; i++) {
      doc += r.uvarint() + 1;
      var impact = r.b[r.p++];
      var flags = r.b[r.p++];
      into.push({ doc: doc, impact: impact, mask: flags & 0x3f, kind: flags >> 6 });
    }
  }

  function sameBytes(a, b) {
    if (a.length !== b.length) {
      return false;
    }
    for (var i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        return false;
      }
    }
    return true;
  }

  // findTerm reads a shard and returns the term's first block and where its
  // further blocks are, or null.
  function findTerm(buf, key) {
    var r = new Reader(buf);
    if (decoder.decode(r.b.subarray(0, 4)) !== "VDS1") {
      throw new Error("not a search shard");
    }
    r.p = 4;
    var want = encoder.encode(key);
    var count = r.uvarint();
    for (var i = 0; i < count; i++) {
      var name = r.bytes();
      var df = r.uvarint();
      var nv = r.b[r.p++];
      var variants = [];
      for (var v = 0; v < nv; v++) {
        variants.push(r.string());
      }
      var blocks = r.uvarint();
      var postings = [];
      var match = sameBytes(name, want);
      if (match) {
        readBlock(r, postings);
      } else {
        skipBlock(r);
      }
      var moreAt = r.uvarint();
      var moreLen = r.uvarint();
      if (match) {
        return { df: df, variants: variants, blocks: blocks, postings: postings, moreAt: moreAt, moreLen: moreLen };
      }
    }
    return null;
  }

  function skipBlock(r) {
    var n = r.uvarint();
    for (var i = 0; i < n; i++) {
      r.uvarint();
      r.p += 2;
    }
  }

  // readMore reads a term's further blocks from its shard's overflow file.
  function readMore(buf, found) {
    var r = new Reader(buf, found.moreAt);
    var end = found.moreAt + found.moreLen;
    var postings = found.postings.slice();
    while (r.p < end) {
      readBlock(r, postings);
    }
    return postings;
  }

  function readIDs(buf) {
    var r = new Reader(buf);
    var n = r.uvarint();
    var ids = new Set();
    var id = -1;
    for (var i = 0; i < n; i++) {
      id += r.uvarint() + 1;
      ids.add(id);
    }
    return ids;
  }

  // ---- Ranking.
  // rank combines the postings of the terms: documents that hold every
  // primary term, ordered by how many query pairs they hold (adjacency), then
  // how many exact spellings the reader typed they hold, then impact, then
  // newest first.
  function rank(terms, lists, keep) {
    var byDoc = new Map();
    terms.forEach(function (t, i) {
      var list = lists[i] || { postings: [], variants: [] };
      var bit = t.marked ? list.variants.indexOf(t.exact) : -1;
      list.postings.forEach(function (p) {
        if (keep && !keep(p)) {
          return;
        }
        var e = byDoc.get(p.doc);
        if (!e) {
          e = { doc: p.doc, seen: 0, pairs: 0, exact: 0, score: 0 };
          byDoc.set(p.doc, e);
        }
        if (e.seen & (1 << i)) {
          return;
        }
        e.seen |= 1 << i;
        e.score += p.impact;
        if (t.pair) {
          e.pairs++;
        }
        if (bit >= 0 && p.mask & (1 << bit)) {
          e.exact++;
        }
      });
    });
    var all = (1 << terms.length) - 1;
    var out = [];
    byDoc.forEach(function (e) {
      if (e.seen === all) {
        out.push(e);
      }
    });
    out.sort(compare);
    return out;
  }

  function compare(a, b) {
    return b.pairs - a.pairs || b.exact - a.exact || b.score - a.score || a.doc - b.doc;
  }

  // ---- Fetching, with a cache so that a repeated query costs nothing.
  function Index(config, fetchImpl) {
    this.c = config;
    this.fetch = fetchImpl || fetch.bind(global);
    this.cache = new Map();
    this.records = new Map();
    this.requests = 0;
  }

  Index.prototype.file = function (path) {
    var url = this.c.root + path;
    var hit = this.cache.get(url);
    if (hit) {
      return hit;
    }
    var self = this;
    self.requests++;
    var p = this.fetch(url).then(function (res) {
      if (!res.ok) {
        if (res.status === 404) {
          return null;
        }
        throw new Error(url + ": " + res.status);
      }
      return res.arrayBuffer();
    });
    this.cache.set(url, p);
    return p;
  };

  Index.prototype.term = function (t) {
    var path = "s/" + hex4(shardOf(t.key, this.c.shards)) + ".bin";
    return this.file(path).then(function (buf) {
      return buf ? findTerm(buf, t.key) : null;
    });
  };

  Index.prototype.more = function (t, found) {
    if (!found || found.blocks < 2) {
      return Promise.resolve(found);
    }
    var path = "s/" + hex4(shardOf(t.key, this.c.shards)) + ".more.bin";
    return this.file(path).then(function (buf) {
      return { df: found.df, variants: found.variants, blocks: 1, postings: readMore(buf, found) };
    });
  };

  Index.prototype.province = function (slug) {
    return this.file("p/" + slug + ".bin").then(function (buf) {
      return buf ? readIDs(buf) : new Set();
    });
  };

  // search runs a query: words from parseQuery, filters {province, kind,
  // year}. It returns the ranked documents (numbers and ranking data).
  Index.prototype.search = async function (words, filters) {
    if (!words.length) {
      return [];
    }
    filters = filters || {};
    var c = this.c;
    var want = filters.page || 10;
    var allow = null;
    if (filters.province) {
      allow = await this.province(filters.province);
    }
    var years = null;
    if (filters.year) {
      years = c.years.filter(function (y) { return String(y[0]) === String(filters.year); })[0] || [0, -1, -2];
    }
    var keep = function (p) {
      if (filters.kind !== undefined && filters.kind !== "" && p.kind !== Number(filters.kind)) {
        return false;
      }
      if (years && (p.doc < years[1] || p.doc > years[2])) {
        return false;
      }
      return !allow || allow.has(p.doc);
    };
    var self = this;
    var pl = plan(words);
    var lists = await Promise.all(pl.primary.map(function (t) { return self.term(t); }));
    if (lists.some(function (l) { return !l; })) {
      lists = [];
    }
    var results = lists.length ? rank(pl.primary, lists, keep) : [];
    // Too few: read the further blocks of the primary terms.
    if (lists.length && results.length < want && lists.some(function (l) { return l.blocks > 1; })) {
      lists = await Promise.all(pl.primary.map(function (t, i) { return self.more(t, lists[i]); }));
      results = rank(pl.primary, lists, keep);
    }
    // Still too few for several words: the syllables scattered in the text.
    if (results.length < want && pl.singles.length) {
      var singles = await Promise.all(pl.singles.map(function (t) { return self.term(t); }));
      if (singles.every(Boolean)) {
        if (singles.some(function (l) { return l.blocks > 1; })) {
          singles = await Promise.all(pl.singles.map(function (t, i) { return self.more(t, singles[i]); }));
        }
        var scattered = rank(pl.singles, singles, keep);
        var seen = new Set(results.map(function (e) { return e.doc; }));
        var extra = scattered.filter(function (e) { return !seen.has(e.doc); });
        // Count the pairs each scattered match holds after all.
        extra.forEach(function (e) {
          pl.primary.forEach(function (t, i) {
            if (lists[i] && lists[i].postings.some(function (p) { return p.doc === e.doc; })) {
              e.pairs++;
            }
          });
        });
        extra.sort(compare);
        results = results.concat(extra);
      }
    }
    return results;
  };

  // fetchRecords fetches the result records of documents, with one range
  // request for each run of nearby slots in a pack.
  Index.prototype.fetchRecords = async function (docs) {
    var c = this.c;
    var self = this;
    var missing = docs.filter(function (d) { return !self.records.has(d); }).sort(function (a, b) { return a - b; });
    var runs = [];
    missing.forEach(function (d) {
      var run = runs[runs.length - 1];
      if (run && Math.floor(run.last / c.pack) === Math.floor(d / c.pack) && d - run.last <= 8) {
        run.last = d;
      } else {
        runs.push({ first: d, last: d });
      }
    });
    await Promise.all(runs.map(function (run) {
      var pack = Math.floor(run.first / c.pack);
      var from = (run.first % c.pack) * c.slot;
      var to = (run.last % c.pack) * c.slot + c.slot - 1;
      self.requests++;
      return self.fetch(c.root + "r/" + pack + ".bin", { headers: { Range: "bytes=" + from + "-" + to } })
        .then(function (res) { return res.arrayBuffer().then(function (buf) { return { res: res, buf: buf }; }); })
        .then(function (x) {
          var bytes = new Uint8Array(x.buf);
          var base = x.res.status === 206 ? from : 0; // a host without ranges sends the whole pack
          for (var d = run.first; d <= run.last; d++) {
            var at = (d % c.pack) * c.slot - base;
            var text = decoder.decode(bytes.subarray(at, at + c.slot)).trim();
            if (text) {
              self.records.set(d, JSON.parse(text));
            }
          }
        });
    }));
    return docs.map(function (d) { return self.records.get(d); });
  };

  // ---- Highlighting: marks the syllables of a text that match a query
  // syllable, as a list of [text, marked] pieces. A syllable the reader typed
  // with its marks matches only that spelling; one typed without, any.
  function highlight(text, words) {
    var exact = new Set();
    var folded = new Set();
    words.forEach(function (w) {
      (w.marked ? exact : folded).add(w.marked ? w.exact : w.folded);
    });
    var pieces = [];
    var at = 0;
    tokens(text).forEach(function (t) {
      var lower = t.text.toLowerCase().normalize("NFC");
      if (exact.has(lower) || folded.has(fold(lower))) {
        if (t.start > at) {
          pieces.push([text.slice(at, t.start), false]);
        }
        pieces.push([t.text, true]);
        at = t.end;
      }
    });
    if (at < text.length) {
      pieces.push([text.slice(at), false]);
    }
    return pieces;
  }

  // ---- The page.
  function start(doc) {
    var form = doc.getElementById("search-form");
    var config = doc.getElementById("search-config");
    if (!form || !config) {
      return;
    }
    var c = JSON.parse(config.textContent);
    var index = new Index(c);
    var status = doc.getElementById("search-status");
    var list = doc.getElementById("search-results");
    var moreButton = doc.getElementById("search-more");
    var text = c.text;
    var shown = 0;
    var current = [];
    var words = [];
    form.hidden = false;
    doc.getElementById("search-noscript").hidden = true;
    var fields = { q: form.q, tinh: form.tinh, loai: form.loai, nam: form.nam };

    function readURL() {
      var params = new URLSearchParams(global.location.search);
      Object.keys(fields).forEach(function (k) {
        fields[k].value = params.get(k) || "";
      });
    }

    function writeURL() {
      var params = new URLSearchParams();
      Object.keys(fields).forEach(function (k) {
        if (fields[k].value) {
          params.set(k, fields[k].value);
        }
      });
      var url = global.location.pathname + (params.toString() ? "?" + params : "");
      global.history.replaceState(null, "", url);
    }

    function el(name, attrs, children) {
      var e = doc.createElement(name);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      (children || []).forEach(function (ch) {
        e.appendChild(typeof ch === "string" ? doc.createTextNode(ch) : ch);
      });
      return e;
    }

    function marked(s) {
      return highlight(s, words).map(function (p) {
        return p[1] ? el("mark", {}, [p[0]]) : doc.createTextNode(p[0]);
      });
    }

    async function showMore() {
      var page = current.slice(shown, shown + c.page);
      var records = await index.fetchRecords(page.map(function (e) { return e.doc; }));
      records.forEach(function (rec) {
        if (!rec) {
          return;
        }
        var date = rec[2].split("-").reverse().join("/");
        var meta = [text.kinds[rec[3]], date];
        if (rec[4]) {
          meta.push(rec[4]);
        }
        list.appendChild(el("li", { class: "card" }, [el("article", {}, [
          el("h2", { class: "card-title" }, [el("a", { href: c.base + rec[0].slice(1) }, marked(rec[1]))]),
          el("p", { class: "card-meta" }, [meta.join(" · ")]),
          el("p", { class: "card-summary" }, marked(rec[5]))
        ])]));
      });
      shown += page.length;
      moreButton.hidden = shown >= current.length;
    }

    async function run() {
      writeURL();
      list.textContent = "";
      moreButton.hidden = true;
      shown = 0;
      var q = fields.q.value.trim();
      if (!q) {
        status.textContent = "";
        return;
      }
      status.textContent = text.searching;
      words = parseQuery(q);
      try {
        current = await index.search(words, { province: fields.tinh.value, kind: fields.loai.value, year: fields.nam.value, page: c.page });
      } catch (e) {
        status.textContent = text.failed;
        return;
      }
      var shownQuery = words.map(function (w) { return w.exact; }).join(" ");
      status.textContent = current.length ? text.found.replace("%d", current.length).replace("%s", shownQuery) : text.none.replace("%s", shownQuery);
      await showMore();
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      run();
    });
    [fields.tinh, fields.loai, fields.nam].forEach(function (f) {
      f.addEventListener("change", function () {
        if (fields.q.value.trim()) {
          run();
        }
      });
    });
    moreButton.addEventListener("click", function () { showMore(); });
    readURL();
    if (fields.q.value) {
      run();
    }
  }

  return {
    fold: fold, telex: telex, parseQuery: parseQuery, plan: plan, shardOf: shardOf, findTerm: findTerm,
    readMore: readMore, readIDs: readIDs, rank: rank, highlight: highlight, Index: Index, start: start
  };
});
