/* Site search: the box of layouts/partials/search.html searches the pages
   of the current language in the browser.

   The index is written by the build (internal/search, whose package doc
   gives the format) in small files under <lang>/search/: a manifest, term
   chunks and result bundles. Nothing of it loads with the page. When the
   box gets focus this script loads the manifest (with the language's
   stemmer); for a query, only the chunks its words fall in; then only the
   bundles of the results shown: three round trips at most. Files load
   with script tags, which, unlike fetch(), work in a copy of the site
   opened from a folder (file://).

   Words are made terms here exactly as internal/search makes them (see
   term): folded, then stemmed with the same Snowball algorithm. Pages
   are ranked by the sum over the query's words of their BM25 scores
   (computed by the build, with title and heading weights); the last word
   also matches as a prefix, at a lower weight; a word of five letters or
   more that matches nothing as it is matches words one typo away. Every word must match, unless none of the pages
   has them all.

   Without JavaScript, or in a browser too old for this file, the form
   stays hidden. */
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.querySelector("form.search[data-index]");
  var unicode = true;
  try {
    new RegExp("\\p{L}", "u");
  } catch (e) {
    unicode = false;
  }
  if (!script || !form || !unicode || !window.Promise || !window.Intl || !Intl.PluralRules || !"".normalize) {
    return;
  }
  var input = form.querySelector("input");
  var status = form.querySelector("[role=status]");
  var panel = form.querySelector(".search-results");
  var lang = form.getAttribute("data-lang");
  var PAGE = 5; // results shown at a time
  var SUBS = 3; // sub-results (headings) per result at most
  var WORD = "[\\p{L}\\p{N}\\p{M}]+"; // a word, as internal/search cuts them
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
  var ISCJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

  // Links inside the site are site paths ("/en/letter/"), except in a copy
  // built with --relative-urls, where they are relative to each page: then
  // this script's own src is relative too, and the site's root is the
  // folder above js/.
  var relative = !/^(\/|[a-z][a-z0-9+.-]*:)/i.test(script.getAttribute("src") || "");
  var root = new URL("../", script.src);
  var base = form.getAttribute("data-base") || "/";
  function siteURL(path) {
    if (!relative) {
      return path;
    }
    var hash = "";
    var i = path.indexOf("#");
    if (i >= 0) {
      hash = path.slice(i);
      path = path.slice(0, i);
    }
    path = path.indexOf(base) === 0 ? path.slice(base.length) : path.replace(/^\/+/, "");
    if (path === "" || path.slice(-1) === "/") {
      path += "index.html";
    }
    return new URL(path, root).href + hash;
  }
  var manifestURL = form.getAttribute("data-index");
  var dir = manifestURL.slice(0, manifestURL.lastIndexOf("/") + 1);

  // Files: each script stores its data in window.siteSearchFiles[key].
  var files = window.siteSearchFiles = window.siteSearchFiles || {};
  var loading = {};
  function load(url, key) {
    if (files[key]) {
      return Promise.resolve(files[key]);
    }
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = siteURL(url);
        s.onload = function () {
          if (files[key]) {
            resolve(files[key]);
          } else {
            reject(new Error(url));
          }
        };
        s.onerror = function () {
          delete loading[key];
          reject(new Error(url));
        };
        document.head.appendChild(s);
      });
    }
    return loading[key];
  }

  // term is internal/search's Folder.Term: lowercase with the language's
  // rules (Azerbaijani I→ı, İ→i), in NFC; by the manifest's "fold" mode,
  // "marks": no diacritics (é→e), or "yo": ё→е; then the stemmer.
  var m = null; // the manifest
  var stem = null;
  var foldLang = lang;
  try {
    "I".toLocaleLowerCase(foldLang);
  } catch (e) {
    foldLang = undefined;
  }
  var MARKS = /\p{M}/gu;
  function fold(s) {
    s = s.toLocaleLowerCase(foldLang);
    if (m.fold === "marks") {
      s = s.normalize("NFD").replace(MARKS, "");
    }
    s = s.normalize("NFC");
    if (m.fold === "yo") {
      s = s.replace(/ё/g, "е");
    }
    return s;
  }
  var terms = {}; // word → term, remembered
  function term(word) {
    var t = terms[word];
    if (t === undefined) {
      t = fold(word);
      if (stem && !ISCJK.test(t)) {
        t = stem(t);
      }
      terms[word] = t;
    }
    return t;
  }
  // words returns the words of s as internal/search's split does: runs of
  // Chinese, Japanese or Korean give their bigrams.
  function words(s) {
    var out = [];
    (s.match(new RegExp(WORD, "gu")) || []).forEach(function (w) {
      (w.match(CJK) || []).forEach(function (part) {
        if (!ISCJK.test(part)) {
          out.push(part);
          return;
        }
        var chars = Array.from(part);
        if (chars.length === 1) {
          out.push(part);
        }
        for (var i = 0; i + 1 < chars.length; i++) {
          out.push(chars[i] + chars[i + 1]);
        }
      });
    });
    return out;
  }

  // "N results" in the page's language: the layout gives the string for 1,
  // 2 and 5; a count takes the one of its CLDR plural category.
  var rules = new Intl.PluralRules(lang);
  var forms = {};
  [1, 2, 5].forEach(function (n) {
    var text = form.getAttribute("data-n" + n);
    var cat = rules.select(n);
    if (text && !forms[cat]) {
      forms[cat] = [String(n), text];
    }
  });
  function countText(n) {
    if (n === 0) {
      return form.getAttribute("data-none");
    }
    var f = forms[rules.select(n)] || forms.other || forms[rules.select(5)];
    return f ? f[1].replace(f[0], String(n)) : String(n);
  }

  var manifest = null; // a promise
  function start() {
    if (!manifest) {
      manifest = load(manifestURL, "manifest:" + lang).then(function (data) {
        m = data;
        stem = m.stem && window.siteSearchStem && window.siteSearchStem[lang];
        m.starts = []; // the first page of each bundle
        for (var i = 0, n = 0; i < m.bundles.length; i += 2) {
          m.starts.push(n);
          n += m.bundles[i];
        }
        return m;
      }, function (err) {
        manifest = null;
        throw err;
      });
    }
    return manifest;
  }

  // chunkOf returns the index (in m.chunks, even) of the chunk that holds
  // term t, or would.
  function chunkOf(t) {
    var lo = 0;
    var hi = m.chunks.length / 2 - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (m.chunks[2 * mid] <= t) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return 2 * lo;
  }
  function chunk(i) {
    return load(dir + m.chunks[i + 1] + ".js", m.chunks[i + 1]);
  }

  // one reports whether a and b differ by one edit (a letter changed,
  // added, removed, or two letters swapped).
  function one(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) {
      return false;
    }
    var i = 0;
    while (i < a.length && a[i] === b[i]) {
      i++;
    }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) || a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  var decoded = {}; // chunk name + term → postings
  function postings(name, t, list) {
    var k = name + "\u0000" + t;
    if (!decoded[k]) {
      var out = [];
      for (var i = 1, doc = 0; i < list.length; i += 3) {
        doc += list[i];
        out.push(doc, list[i + 1], list[i + 2]);
      }
      decoded[k] = out;
    }
    return decoded[k];
  }

  // find returns the matching pages of a query, best first: for each,
  // its number, score, and the sections and terms that matched.
  function find(q) {
    var ws = words(q);
    if (!m.chunks.length) {
      return Promise.resolve([]); // a language without pages
    }
    var qs = ws.map(function (w, i) {
      var raw = fold(w);
      var need = [chunkOf(term(w)), chunkOf(raw)];
      if (i === ws.length - 1) {
        var end = chunkOf(raw + "\uffff");
        if (end > need[1]) {
          need.push(need[1] + 2);
        }
      }
      var typo = Array.from(w).length >= 5;
      if (typo && ws.length <= 2) {
        // A word with a typo from its n-th letter on sorts among the
        // terms that share its first n-1: the chunk where its first
        // three letters would be, and those of the terms that start with
        // its first half (before the middle letter, which a typo there
        // changes), three at most.
        var t = term(w);
        var half = t.slice(0, Math.floor(t.length / 2));
        var from = chunkOf(half);
        var to = Math.min(chunkOf(half + "\uffff"), from + 4);
        need.push(chunkOf(t.slice(0, 3)));
        for (var c = from; c <= to; c += 2) {
          need.push(c);
        }
      }
      return { t: term(w), raw: raw, prefix: i === ws.length - 1, typo: typo, need: need };
    });
    var wanted = {};
    qs.forEach(function (w) {
      w.need.forEach(function (c) {
        wanted[c] = true;
      });
    });
    return Promise.all(Object.keys(wanted).map(function (c) {
      return chunk(+c);
    })).then(function () {
      var any = {}; // page → match, for the pages matched by any word
      var restrict = []; // the pages of each word that every result must match
      qs.forEach(function (w) {
        var byDoc = {};
        var full = false; // whether some matching term lists every page it is on
        var seen = {};
        var typos = []; // terms one typo away, and their chunks
        w.need.forEach(function (c) {
          var name = m.chunks[c + 1];
          if (seen[name]) {
            return;
          }
          seen[name] = true;
          Object.keys(files[name]).forEach(function (u) {
            var weight = 0;
            if (u === w.t || u === w.raw) {
              weight = 1;
            } else if (w.prefix && u.length > w.raw.length && u.indexOf(w.raw) === 0) {
              weight = 0.6;
            } else if (w.typo && u.length >= 4 && (one(u, w.t) || one(u, w.raw))) {
              typos.push(u, name);
              return;
            }
            if (weight) {
              add(u, name, weight);
            }
          });
        });
        // Words one typo away count only when the word matches nothing
        // as it is.
        if (!Object.keys(byDoc).length) {
          for (var i = 0; i < typos.length; i += 2) {
            add(typos[i], typos[i + 1], 0.4);
          }
        }
        // add counts the pages of term u (in chunk name) for the word.
        function add(u, name, weight) {
          var list = files[name][u];
          if (!list[0]) {
            full = true;
          }
          var ps = postings(name, u, list);
          for (var i = 0; i < ps.length; i += 3) {
            var d = ps[i];
            var s = ps[i + 1] * weight;
            var e = byDoc[d];
            if (!e) {
              e = byDoc[d] = { score: 0, mask: 0, terms: {} };
            }
            e.score = Math.max(e.score, s);
            e.mask |= ps[i + 2];
            e.terms[u] = true;
          }
        }
        Object.keys(byDoc).forEach(function (d) {
          var e = byDoc[d];
          var a = any[d] || (any[d] = { doc: +d, score: 0, words: [], terms: {} });
          a.score += e.score;
          a.words.push(e.mask);
          Object.keys(e.terms).forEach(function (u) {
            a.terms[u] = true;
          });
        });
        // A word whose terms all list only their best pages does not
        // restrict the results.
        if (full || !Object.keys(byDoc).length) {
          restrict.push(byDoc);
        }
      });
      var keys = Object.keys(any);
      var every = keys.filter(function (d) {
        return restrict.every(function (byDoc) {
          return byDoc[d];
        });
      });
      var pick = every.length || qs.length < 2 ? every : keys;
      return pick.map(function (d) {
        return any[d];
      }).sort(function (a, b) {
        return b.score - a.score || a.doc - b.doc;
      });
    });
  }

  // page returns the result data of page d, once its bundle is loaded.
  function bundleOf(d) {
    var lo = 0;
    var hi = m.starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (m.starts[mid] <= d) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
  function pages(results) {
    return Promise.all(results.map(function (r) {
      var b = bundleOf(r.doc);
      var name = m.bundles[2 * b + 1];
      return load(dir + name + ".js", name).then(function (data) {
        var p = data[r.doc - m.starts[b]];
        return { r: r, title: p[0], url: p[1], text: p[2], secs: p[3] };
      });
    }));
  }

  function el(name, className, parent) {
    var e = document.createElement(name);
    if (className) {
      e.className = className;
    }
    if (parent) {
      parent.appendChild(e);
    }
    return e;
  }

  // highlight appends text to parent with the words whose term matched
  // in <mark>.
  function highlight(parent, text, r) {
    var re = new RegExp(WORD, "gu");
    var last = 0;
    var x;
    while ((x = re.exec(text))) {
      if (marked(x[0], r)) {
        if (x.index > last) {
          parent.appendChild(document.createTextNode(text.slice(last, x.index)));
        }
        el("mark", "", parent).textContent = x[0];
        last = x.index + x[0].length;
      }
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(text.slice(last)));
    }
  }
  function marked(word, r) {
    return words(word).some(function (w) {
      return r.terms[term(w)];
    });
  }

  // excerpt is about 160 characters of text around its first matching
  // word, or its start.
  function excerpt(text, r) {
    var re = new RegExp(WORD, "gu");
    var at = 0;
    var x;
    while ((x = re.exec(text))) {
      if (marked(x[0], r)) {
        at = x.index;
        break;
      }
    }
    var start = Math.max(0, at - 50);
    if (start > 0) {
      var sp = text.indexOf(" ", start);
      start = sp >= 0 && sp < at ? sp + 1 : at;
    }
    var end = Math.min(text.length, start + 160);
    if (end < text.length) {
      var sp2 = text.lastIndexOf(" ", end);
      if (sp2 > at) {
        end = sp2;
      }
    }
    var out = text.slice(start, end);
    if (end < text.length) {
      out = out.replace(/[\s,.;:]+$/, "") + "…";
    }
    return (start > 0 && out[0] !== "…" ? "…" : "") + out;
  }

  // subs returns up to SUBS sections (numbers from 1) where the words
  // matched, those with most words first, then in page order.
  function subs(r, n) {
    var found = [];
    for (var s = 1; s <= n && s < 31; s++) {
      var c = 0;
      for (var i = 0; i < r.words.length; i++) {
        if (r.words[i] & (1 << s)) {
          c++;
        }
      }
      if (c) {
        found.push([s, c]);
      }
    }
    return found.sort(function (a, b) {
      return b[1] - a[1] || a[0] - b[0];
    }).slice(0, SUBS).sort(function (a, b) {
      return a[0] - b[0];
    });
  }

  function render(list, shown) {
    shown.forEach(function (p) {
      var item = el("li", "", list);
      var a = el("a", "", item);
      a.href = siteURL(p.url);
      highlight(el("span", "search-title", a), p.title, p.r);
      var n = p.secs.length / 3;
      var ss = subs(p.r, n);
      var inFirst = p.r.words.some(function (w) {
        return w & 1;
      });
      var text = inFirst || !ss.length ? p.text : p.secs[3 * (ss[0][0] - 1) + 2];
      if (text) {
        highlight(el("span", "search-snippet", a), excerpt(text, p.r), p.r);
      }
      if (ss.length) {
        var sub = el("ul", "", item);
        ss.forEach(function (s) {
          var i = 3 * (s[0] - 1);
          var ha = el("a", "", el("li", "", sub));
          ha.href = siteURL(p.url + "#" + p.secs[i]);
          highlight(el("span", "search-heading", ha), p.secs[i + 1], p.r);
          if (p.secs[i + 2]) {
            highlight(el("span", "search-snippet", ha), excerpt(p.secs[i + 2], p.r), p.r);
          }
        });
      }
    });
  }

  var current = 0; // the number of the latest query, to drop stale answers
  function show(q, results, shown) {
    panel.textContent = "";
    var count = el("p", "search-count", panel);
    count.textContent = countText(results.length);
    if (shown.length) {
      var list = el("ul", "", panel);
      render(list, shown);
      more(list, q, results, shown.length);
    }
    panel.setAttribute("data-query", q); // what the list is for (the tests wait for it)
    panel.hidden = false;
    status.textContent = count.textContent;
  }
  // more adds a button that shows the next results, if there are more.
  function more(list, q, results, from) {
    if (from >= results.length) {
      return;
    }
    var li = el("li", "search-more", list);
    var b = el("button", "", li);
    b.type = "button";
    b.textContent = form.getAttribute("data-more") || "…";
    b.addEventListener("click", function () {
      var id = current;
      pages(results.slice(from, from + PAGE)).then(function (shown) {
        if (id !== current) {
          return;
        }
        list.removeChild(li);
        var before = links().length;
        render(list, shown);
        more(list, q, results, from + shown.length);
        var l = links();
        if (l[before]) {
          l[before].focus();
        }
      }, failed);
    });
  }

  function failed() {
    status.textContent = form.getAttribute("data-error");
  }

  function close() {
    panel.hidden = true;
  }

  // siteSearch answers a query with the URLs and titles of its results,
  // best first, as the box shows them (cmd/bench uses it).
  window.siteSearch = function (q, n) {
    return start().then(function () {
      return find(q);
    }).then(function (results) {
      return pages(results.slice(0, n || PAGE));
    }).then(function (shown) {
      return shown.map(function (p) {
        return { url: p.url, title: p.title };
      });
    });
  };

  function search() {
    var q = input.value.trim();
    var id = ++current;
    if (!q || !words(q).length) {
      close();
      panel.textContent = "";
      status.textContent = "";
      return;
    }
    start().then(function () {
      return find(q);
    }).then(function (results) {
      return pages(results.slice(0, PAGE)).then(function (shown) {
        if (id === current) {
          show(q, results, shown);
        }
      });
    }).catch(function () {
      if (id === current) {
        failed();
      }
    });
  }

  function links() {
    return Array.prototype.slice.call(panel.querySelectorAll("a, button"));
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 100);
  });
  input.addEventListener("focus", function () {
    start().catch(failed);
    if (panel.firstChild && input.value.trim()) {
      panel.hidden = false;
    }
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && !panel.hidden) {
      var l = links();
      if (l.length) {
        e.preventDefault();
        l[0].focus();
      }
    } else if (e.key === "Escape") {
      if (!panel.hidden) {
        e.preventDefault();
        close();
      } else if (input.value) {
        e.preventDefault();
        input.value = "";
        search();
      }
    }
  });
  // Enter in the box opens the first result.
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var l = links();
    if (!panel.hidden && l.length && panel.getAttribute("data-query") === input.value.trim()) {
      location.href = l[0].href;
      return;
    }
    clearTimeout(timer);
    search();
  });
  panel.addEventListener("keydown", function (e) {
    var l = links();
    var i = l.indexOf(document.activeElement);
    var to = null;
    switch (e.key) {
      case "ArrowDown":
        to = l[Math.min(i + 1, l.length - 1)];
        break;
      case "ArrowUp":
        to = i > 0 ? l[i - 1] : input;
        break;
      case "Home":
        to = l[0];
        break;
      case "End":
        to = l[l.length - 1];
        break;
      case "Escape":
        close();
        to = input;
        break;
    }
    if (to) {
      e.preventDefault();
      to.focus();
    }
  });
  // The list closes when the focus leaves the form, or on a click outside.
  form.addEventListener("focusout", function (e) {
    if (e.relatedTarget && !form.contains(e.relatedTarget)) {
      close();
    }
  });
  document.addEventListener("click", function (e) {
    if (!form.contains(e.target)) {
      close();
    }
  });

  form.hidden = false;
})();
