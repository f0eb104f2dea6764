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

  // Bits of a posting's mask beside its spellings': FIELDS_ONLY, the
  // document holds the term only outside its title, summary and body;
  // IN_NAME, the document is an honouree whose name holds the term.
  var FIELDS_ONLY = 0x80;
  var IN_NAME = 0x40;

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

  // readBlock reads a term's postings of highest impact.
  function readBlock(r) {
    var n = r.uvarint();
    var doc = -1;
    var out = [];
    for (var i = 0; i < n; i++) {
      doc += r.uvarint() + 1;
      out.push({ doc: doc, impact: r.b[r.p++], mask: r.b[r.p++] });
    }
    return out;
  }

  // DocSet is a set of document numbers: a list of gaps, a bitmap, or a
  // bitmap followed by a list of the documents after it.
  function DocSet(r) {
    var type = r.b[r.p++];
    var n = r.uvarint();
    var docs = [];
    var doc = -1;
    if (type === 1 || type === 2) {
      var bits = r.b.subarray(r.p, r.p + n);
      r.p += n;
      for (var j = 0; j < n; j++) {
        for (var byte = bits[j], i = 0; byte; i++, byte >>= 1) {
          if (byte & 1) {
            docs.push(j * 8 + i);
          }
        }
      }
      if (type === 1) {
        this.bits = bits;
        this.docs = docs;
        return;
      }
      // A bitmap, then a list of the documents after it.
      doc = n * 8 - 1;
      n = r.uvarint();
    }
    for (var k = 0; k < n; k++) {
      doc += r.uvarint() + 1;
      docs.push(doc);
    }
    this.docs = docs;
    n = docs.length;
    var last = n ? this.docs[n - 1] : -1;
    this.bits = new Uint8Array((last >> 3) + 1);
    this.docs.forEach(function (d) { this.bits[d >> 3] |= 1 << (d & 7); }, this);
  }
  DocSet.prototype.has = function (d) {
    return ((this.bits[d >> 3] || 0) >> (d & 7)) & 1;
  };

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

  // findTerm reads a shard and returns the term: its number of documents,
  // spellings, postings of highest impact (by document) and, when those are
  // not all, the set of all its documents. Or null.
  function findTerm(buf, key) {
    var r = new Reader(buf);
    if (decoder.decode(r.b.subarray(0, 4)) !== "VDS3") {
      throw new Error("not a search shard of this version");
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
      if (sameBytes(name, want)) {
        var postings = readBlock(r);
        var term = { df: df, variants: variants, postings: postings, all: null, byDoc: new Map() };
        postings.forEach(function (p) { term.byDoc.set(p.doc, p); });
        if (postings.length < df) {
          term.all = new DocSet(r);
        }
        return term;
      }
      var n = r.uvarint();
      for (var k = 0; k < n; k++) {
        r.uvarint();
        r.p += 2;
      }
      if (n < df) {
        skipDocSet(r);
      }
    }
    return null;
  }

  function skipDocSet(r) {
    var type = r.b[r.p++];
    var n = r.uvarint();
    if (type === 1) {
      r.p += n;
      return;
    }
    if (type === 2) {
      r.p += n;
      n = r.uvarint();
    }
    for (var i = 0; i < n; i++) {
      r.uvarint();
    }
  }

  // ---- Ranking.
  // rank returns the documents that hold every term and pass keep, ordered
  // by how many query pairs they hold (adjacency), then how many of the
  // reader's exact spellings, then how many terms an honouree's name holds
  // (so that a name finds its person first), then impact, then newest
  // first. A document outside a term's postings of highest impact counts no impact and no
  // spelling for it, so the documents outside all of them follow the
  // others, newest first, without sorting.
  function rank(terms, lists, keep) {
    var smallest = lists[0];
    var pairs = 0;
    lists.forEach(function (l, i) {
      if (l.df < smallest.df) {
        smallest = l;
      }
      if (terms[i].pair) {
        pairs++;
      }
    });
    var bits = terms.map(function (t, i) {
      return t.marked ? lists[i].variants.indexOf(t.exact) : -1;
    });
    // The other terms' sets, to check the smallest one's documents against.
    var others = lists.filter(function (l) { return l !== smallest; }).map(function (l) {
      return l.all || { has: function (d) { return l.byDoc.has(d); } };
    });
    function inAll(doc) {
      for (var i = 0; i < others.length; i++) {
        if (!others[i].has(doc)) {
          return false;
        }
      }
      return !keep || keep(doc);
    }
    var scored = new Map();
    lists.forEach(function (l, i) {
      l.postings.forEach(function (p) {
        var e = scored.get(p.doc);
        if (e === undefined) {
          var held = l === smallest || (smallest.all ? smallest.all.has(p.doc) : smallest.byDoc.has(p.doc));
          e = held && inAll(p.doc) ? { doc: p.doc, pairs: pairs, exact: 0, named: 0, score: 0, fields: false } : null;
          scored.set(p.doc, e);
        }
        if (e) {
          e.score += p.impact;
          if (p.mask & FIELDS_ONLY) {
            e.fields = true;
          }
          if (p.mask & IN_NAME) {
            e.named++;
          }
          if (bits[i] >= 0 && p.mask & (1 << bits[i])) {
            e.exact++;
          }
        }
      });
    });
    var out = [];
    scored.forEach(function (e) {
      if (e) {
        out.push(e);
      }
    });
    out.sort(compare);
    var tail = new Int32Array(0);
    if (smallest.all) {
      var docs = smallest.all.docs;
      var seen = new Uint8Array(docs.length ? docs[docs.length - 1] + 1 : 0);
      scored.forEach(function (e, doc) {
        seen[doc] = 1;
      });
      tail = new Int32Array(docs.length);
      var n = 0;
      for (var i = 0; i < docs.length; i++) {
        var doc = docs[i];
        if (!seen[doc] && inAll(doc)) {
          tail[n++] = doc;
        }
      }
      tail = tail.subarray(0, n);
    }
    return new Results(out, tail, pairs);
  }

  // Results are ranked documents: the ranked entries, then the documents
  // that follow them newest first, kept as bare numbers (a common word's
  // tens of thousands of documents cost no object each).
  function Results(head, tail, pairs) {
    this.head = head;
    this.tail = tail || new Int32Array(0);
    this.pairs = pairs || 0;
    this.length = head.length + this.tail.length;
  }
  Results.prototype.at = function (i) {
    if (i < this.head.length) {
      return this.head[i];
    }
    return { doc: this.tail[i - this.head.length], pairs: this.pairs, exact: 0, named: 0, score: 0 };
  };
  // slice returns the entries from..to-1 (to defaults to the end).
  Results.prototype.slice = function (from, to) {
    var out = [];
    for (var i = from || 0, end = Math.min(to === undefined ? this.length : to, this.length); i < end; i++) {
      out.push(this.at(i));
    }
    return out;
  };

  function compare(a, b) {
    return b.pairs - a.pairs || b.exact - a.exact || b.named - a.named || b.score - a.score || a.doc - b.doc;
  }

  // ---- Fetching, with a cache so that a repeated query costs nothing.
  function Index(config, fetchImpl) {
    this.c = config;
    this.fetch = fetchImpl || fetch.bind(global);
    this.cache = new Map();
    this.terms = new Map();
    this.records = new Map();
  }

  Index.prototype.file = function (path) {
    var url = this.c.root + path;
    var hit = this.cache.get(url);
    if (hit) {
      return hit;
    }
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
    var hit = this.terms.get(t.key);
    if (!hit) {
      hit = this.file("s/" + hex4(shardOf(t.key, this.c.shards)) + ".bin").then(function (buf) {
        return buf ? findTerm(buf, t.key) : null;
      });
      this.terms.set(t.key, hit);
    }
    return hit;
  };

  // list reads a filter's list: p/<province>.bin or k/<kind>.bin.
  Index.prototype.list = function (path) {
    var hit = this.terms.get(path);
    if (!hit) {
      hit = this.file(path).then(function (buf) {
        return buf ? new DocSet(new Reader(buf)) : { has: function () { return 0; } };
      });
      this.terms.set(path, hit);
    }
    return hit;
  };

  // vocabulary reads the index's syllables (vocab.txt): a line each, the
  // folded syllable, its commonest spelling and how many documents hold it.
  Index.prototype.vocabulary = function () {
    if (!this.vocab) {
      this.vocab = this.file("vocab.txt").then(function (buf) {
        if (!buf) {
          return [];
        }
        return decoder.decode(buf).split("\n").filter(Boolean).map(function (line) {
          var f = line.split("\t");
          return { folded: f[0], spelling: f[1], df: Number(f[2]) };
        });
      });
    }
    return this.vocab;
  };

  // oneEdit reports whether a and b differ by exactly one letter added,
  // dropped or changed.
  function oneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) {
      return false;
    }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) {
      i++;
    }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // suggest returns the query with each syllable the index lacks replaced
  // by the commonest one it holds within one edit of it (Telex is already
  // read: "thuowngr" is "thưởng"), or null when every syllable is there or
  // none has a neighbour.
  Index.prototype.suggest = async function (words) {
    var self = this;
    var held = await Promise.all(words.map(function (w, i) { return self.term(term(words, i, 1)); }));
    if (held.every(Boolean)) {
      return null;
    }
    var vocab = await this.vocabulary();
    var changed = false;
    var out = words.map(function (w, i) {
      if (held[i]) {
        return w.exact;
      }
      var best = null;
      vocab.forEach(function (v) {
        if ((!best || v.df > best.df) && oneEdit(w.folded, v.folded)) {
          best = v;
        }
      });
      if (!best) {
        return w.exact;
      }
      changed = true;
      return best.spelling;
    });
    return changed ? out.join(" ") : null;
  };

  // search runs a query: words from parseQuery, filters {province, kind,
  // year, page}. It returns the ranked documents as Results.
  Index.prototype.search = async function (words, filters) {
    if (!words.length) {
      return new Results([]);
    }
    filters = filters || {};
    var self = this;
    var want = filters.page || 10;
    var pl = plan(words);
    var lookups = pl.primary.map(function (t) { return self.term(t); });
    // The filters' lists travel beside the terms.
    var none = { has: function () { return 0; } };
    var province = !filters.province ? null
      : this.c.provinces.indexOf(filters.province) >= 0 ? self.list("p/" + filters.province + ".bin") : none;
    var kind = filters.kind === undefined || filters.kind === "" ? null
      : /^[0-5]$/.test(filters.kind) ? self.list("k/" + filters.kind + ".bin") : none;
    var parts = await Promise.all([Promise.all(lookups), province, kind]);
    var lists = parts[0];
    var years = null;
    if (filters.year) {
      years = this.c.years.filter(function (y) { return String(y[0]) === String(filters.year); })[0] || [0, -1, -2];
    }
    var keep = function (doc) {
      return (!years || (doc >= years[1] && doc <= years[2])) && (!parts[1] || parts[1].has(doc)) && (!parts[2] || parts[2].has(doc));
    };
    var results = lists.every(Boolean) ? rank(pl.primary, lists, keep) : new Results([]);
    // Too few for several words: the syllables scattered in the text.
    if (results.length < want && pl.singles.length) {
      var singles = await Promise.all(pl.singles.map(function (t) { return self.term(t); }));
      if (singles.every(Boolean)) {
        var found = results.slice(0);
        var seen = new Set(found.map(function (e) { return e.doc; }));
        var extra = rank(pl.singles, singles, keep).slice(0).filter(function (e) { return !seen.has(e.doc); });
        // Count the query pairs each scattered match holds after all.
        extra.forEach(function (e) {
          e.pairs = 0;
          pl.primary.forEach(function (t, i) {
            var l = lists[i];
            if (l && (l.byDoc.has(e.doc) || (l.all && l.all.has(e.doc)))) {
              e.pairs++;
            }
          });
        });
        extra.sort(compare);
        results = new Results(found.concat(extra));
      }
    }
    return results;
  };

  // fetchRecords fetches the result records of documents: a record file
  // holds c.records of them, a JSON array read whole, so that a host
  // needs no support for ranges.
  Index.prototype.fetchRecords = async function (docs) {
    var c = this.c;
    var self = this;
    var files = new Set();
    docs.forEach(function (d) {
      if (!self.records.has(d)) {
        files.add(Math.floor(d / c.records));
      }
    });
    await Promise.all(Array.from(files).map(function (f) {
      return self.file("r/" + f + ".json").then(function (buf) {
        if (!buf) {
          throw new Error("r/" + f + ".json: missing");
        }
        JSON.parse(decoder.decode(buf)).forEach(function (rec, i) {
          if (rec) {
            self.records.set(f * c.records + i, rec);
          }
        });
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

  // reasons returns why a result matched, when its title and summary do
  // not show it: [label, text] for each of the record's reasons (its
  // seventh field: [code, text]) that holds every query syllable the title
  // and summary lack, or, when none does and a term was found only outside the
  // text (entry.fields), the generic reason "h" with the query as typed
  // (a name in a decision's list of honourees). labels maps the codes to
  // their words.
  function reasons(rec, entry, words, labels, typed) {
    // The query words a text holds, folded.
    function held(text, ws) {
      return highlight(text, ws).filter(function (p) { return p[1]; }).map(function (p) { return fold(p[0].toLowerCase()); });
    }
    var shown = held((rec[1] || "") + " " + (rec[5] || ""), words);
    var missing = words.filter(function (w) { return shown.indexOf(w.folded) < 0; });
    if (!missing.length) {
      return [];
    }
    var out = [];
    (rec[6] || []).forEach(function (r) {
      var has = held(r[1], missing);
      if (labels[r[0]] && missing.every(function (w) { return has.indexOf(w.folded) >= 0; })) {
        out.push([labels[r[0]], r[1]]);
      }
    });
    if (!out.length && entry && entry.fields && labels.h) {
      out.push([labels.h, typed || words.map(function (w) { return w.exact; }).join(" ")]);
    }
    return out;
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
    var typed = "";
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

    // generation counts the searches started, so that an answer that
    // arrives after a newer search began (a second filter change, Enter
    // pressed twice) is dropped instead of mixed into the newer one.
    var generation = 0;

    async function showMore() {
      var mine = generation;
      var page = current.slice(shown, shown + c.page);
      var records = await index.fetchRecords(page.map(function (e) { return e.doc; }));
      if (mine !== generation) {
        return false;
      }
      records.forEach(function (rec, i) {
        if (!rec) {
          return;
        }
        var date = rec[2].split("-").reverse().join("/");
        var meta = [text.kinds[rec[3]], date];
        if (rec[4]) {
          meta.push(rec[4]);
        }
        var body = [
          el("h2", { class: "card-title" }, [el("a", { href: c.base + rec[0].slice(1) }, marked(rec[1]))]),
          el("p", { class: "card-meta" }, [meta.join(" · ")])
        ];
        if (rec[5]) {
          body.push(el("p", { class: "card-summary" }, marked(rec[5])));
        }
        reasons(rec, page[i], words, text.why || {}, typed).forEach(function (r) {
          body.push(el("p", { class: "card-why" }, [r[0] + ": "].concat(marked(r[1]))));
        });
        list.appendChild(el("li", { class: "card" + (rec[3] >= 4 ? " card-honouree" : "") }, [el("article", {}, body)]));
      });
      shown += page.length;
      moreButton.hidden = shown >= current.length;
      return true;
    }

    async function run() {
      var mine = ++generation;
      writeURL();
      list.textContent = "";
      moreButton.hidden = true;
      shown = 0;
      current = [];
      var q = fields.q.value.trim();
      if (!q) {
        status.textContent = "";
        return;
      }
      status.textContent = text.searching;
      var query = parseQuery(q);
      var found;
      try {
        found = await index.search(query, { province: fields.tinh.value, kind: fields.loai.value, year: fields.nam.value, page: c.page });
      } catch (e) {
        if (mine === generation) {
          status.textContent = text.failed;
        }
        return;
      }
      if (mine !== generation) {
        return;
      }
      words = query;
      typed = q;
      current = found;
      try {
        if (!(await showMore())) {
          return;
        }
      } catch (e) {
        if (mine === generation) {
          status.textContent = text.failed;
        }
        return;
      }
      // The status, read out by screen readers, comes with the results. A
      // query typed with marks that no result holds as typed says so,
      // rather than passing off "dương" as "đường".
      var shownQuery = words.map(function (w) { return w.exact; }).join(" ");
      var typedMarks = words.some(function (w) { return w.marked; });
      // (Results ranked outside the postings read count no spelling.)
      var asTyped = (current.head || []).some(function (e) { return e.exact > 0; });
      var said = typedMarks && !asTyped && text.near ? text.near : text.found;
      // Nothing found: a correction, when a syllable is not in the index,
      // before the status is said.
      if (!current.length && text.suggest) {
        var better = await index.suggest(words).catch(function () { return null; });
        if (mine !== generation) {
          return;
        }
        if (better) {
          list.appendChild(el("li", { class: "search-suggest" }, [
            text.suggest + " ", el("a", { href: location.pathname + "?q=" + encodeURIComponent(better) }, [better]), "?"
          ]));
        }
      }
      status.textContent = current.length ? said.replace("%d", current.length).replace("%s", shownQuery) : text.none.replace("%s", shownQuery);
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
    var loading = false;
    moreButton.addEventListener("click", function () {
      if (loading) {
        return; // a second click before the first page arrived
      }
      loading = true;
      showMore().catch(function () {
        status.textContent = text.failed;
      }).finally(function () {
        loading = false;
      });
    });
    readURL();
    if (fields.q.value) {
      run();
    }
  }

  return {
    fold: fold, telex: telex, parseQuery: parseQuery, plan: plan, shardOf: shardOf, findTerm: findTerm,
    DocSet: DocSet, Reader: Reader, Results: Results, rank: rank, highlight: highlight, Index: Index, start: start,
    oneEdit: oneEdit, reasons: reasons
  };
});
