/* Site search: the box of layouts/partials/search.html searches the pages
   of the current language in the browser, with MiniSearch
   (js/vendor/minisearch.min.js, loaded before this file).

   The index, <lang>/search-index.js, is written by the build
   (internal/search) and loaded with a script tag the first time the box
   gets focus: unlike fetch(), that works in a copy of the site opened from
   a folder (file://). It holds each page's title, URL, headings, the start
   of its text, and the same words folded for matching; queries are folded
   here exactly as internal/search folds the index (see fold).

   Without JavaScript, or in a browser too old for this file, the form
   stays hidden. */
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.querySelector("form.search[data-index]");
  if (!script || !form || typeof MiniSearch !== "function" || !window.Intl || !Intl.PluralRules || !"".normalize) {
    return;
  }
  var input = form.querySelector("input");
  var status = form.querySelector("[role=status]");
  var panel = form.querySelector(".search-results");
  var lang = form.getAttribute("data-lang");
  var MAX = 20; // results shown
  var WORD = "[\\p{L}\\p{N}\\p{M}]+"; // a word, as internal/search cuts them

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

  // fold is internal/search's Folder.Fold: lowercase with the language's
  // rules (Azerbaijani I→ı, İ→i); then by the index's "fold" mode, "marks":
  // no diacritics (é→e), or "yo": ё→е; in NFC.
  var mode = "case";
  var foldLang = lang;
  try {
    "I".toLocaleLowerCase(foldLang);
  } catch (e) {
    foldLang = undefined;
  }
  var MARKS = new RegExp("\\p{M}", "gu");
  function fold(s) {
    s = s.toLocaleLowerCase(foldLang);
    if (mode === "marks") {
      s = s.normalize("NFD").replace(MARKS, "");
    }
    s = s.normalize("NFC");
    if (mode === "yo") {
      s = s.replace(/ё/g, "е");
    }
    return s;
  }
  function words(s) {
    return fold(s).match(new RegExp(WORD, "gu")) || [];
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

  var state = "idle"; // loading, ready, failed
  var docs = [];
  var engine = null;
  function load() {
    if (state !== "idle") {
      return;
    }
    state = "loading";
    var data = window.siteSearchIndex && window.siteSearchIndex[lang];
    if (data) {
      ready();
      return;
    }
    var s = document.createElement("script");
    s.src = siteURL(form.getAttribute("data-index"));
    s.onload = ready;
    s.onerror = failed;
    document.head.appendChild(s);
  }
  function failed() {
    state = "failed";
    status.textContent = form.getAttribute("data-error");
  }
  function ready() {
    var data = window.siteSearchIndex && window.siteSearchIndex[lang];
    if (!data) {
      failed();
      return;
    }
    mode = data.fold;
    foldLang = data.lang;
    docs = data.docs;
    engine = new MiniSearch({
      fields: ["t", "h", "w"],
      // The index's fields are folded words, separated by spaces.
      tokenize: function (s) {
        return s.split(" ");
      },
      processTerm: function (t) {
        return t || null;
      },
      searchOptions: {
        boost: { t: 3, h: 2 },
        prefix: true,
        fuzzy: function (t) {
          return t.length > 4 ? 0.2 : false;
        },
        combineWith: "AND",
        tokenize: words,
        processTerm: function (t) {
          return t;
        }
      }
    });
    engine.addAll(docs.map(function (d, i) {
      return {
        id: i,
        t: d.ft,
        h: (d.h || []).map(function (h) { return h[3]; }).join(" "),
        w: d.fw || ""
      };
    }));
    state = "ready";
    if (input.value.trim()) {
      search();
    }
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

  // highlight appends text to parent with the words that matched (whose
  // folded form is in terms) in <mark>.
  function highlight(parent, text, terms) {
    var re = new RegExp(WORD, "gu");
    var last = 0;
    var m;
    while ((m = re.exec(text))) {
      if (terms[fold(m[0])]) {
        if (m.index > last) {
          parent.appendChild(document.createTextNode(text.slice(last, m.index)));
        }
        el("mark", "", parent).textContent = m[0];
        last = m.index + m[0].length;
      }
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  // snippet is about 160 characters of text around its first matching word,
  // or its start.
  function snippet(text, terms) {
    var re = new RegExp(WORD, "gu");
    var at = 0;
    var m;
    while ((m = re.exec(text))) {
      if (terms[fold(m[0])]) {
        at = m.index;
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
    return (start > 0 ? "…" : "") + out;
  }

  function show(q, results) {
    panel.textContent = "";
    panel.setAttribute("data-query", q); // what the list is for (the tests wait for it)
    var count = el("p", "search-count", panel);
    count.textContent = countText(results.length);
    if (results.length) {
      var list = el("ul", "", panel);
      results.slice(0, MAX).forEach(function (r) {
        var d = docs[r.id];
        var terms = {};
        r.terms.forEach(function (t) { terms[t] = true; });
        var item = el("li", "", list);
        var a = el("a", "", item);
        a.href = siteURL(d.u);
        highlight(el("span", "search-title", a), d.t, terms);
        if (d.x) {
          highlight(el("span", "search-snippet", a), snippet(d.x, terms), terms);
        }
        var heads = (d.h || []).filter(function (h) {
          return h[3].split(" ").some(function (w) { return terms[w]; });
        }).slice(0, 3);
        if (heads.length) {
          var sub = el("ul", "", item);
          heads.forEach(function (h) {
            var ha = el("a", "", el("li", "", sub));
            ha.href = siteURL(d.u + "#" + h[1]);
            highlight(ha, h[2], terms);
          });
        }
      });
    }
    panel.hidden = false;
    status.textContent = count.textContent;
  }

  function close() {
    panel.hidden = true;
  }

  function search() {
    var q = input.value.trim();
    if (!q || !words(q).length) {
      close();
      panel.textContent = "";
      status.textContent = "";
      return;
    }
    if (state === "failed") {
      status.textContent = form.getAttribute("data-error");
      return;
    }
    if (state !== "ready") {
      load(); // ready() searches
      return;
    }
    show(q, engine.search(q));
  }

  function links() {
    return Array.prototype.slice.call(panel.querySelectorAll("a"));
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  input.addEventListener("focus", function () {
    load();
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
    clearTimeout(timer);
    search();
    var l = links();
    if (!panel.hidden && l.length) {
      location.href = l[0].href;
    }
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
