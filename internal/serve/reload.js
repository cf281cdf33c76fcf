// Injected by "site serve" into every page it serves (never into public/),
// first in <head>, so that it runs before the page's own scripts. It is
// served together with idiomorph (vendor/idiomorph.min.js), in one scope.
//
// It listens for rebuilds over Server-Sent Events. The reload event says,
// for each changed page, how it takes the change in:
//   - "morph": the page fetches its new HTML and updates itself in place
//     with idiomorph. Scroll position, focus, text selection, form values
//     and whatever the page's scripts or the reader changed (an open
//     <details>, a search box shown, its results) stay: a MutationObserver
//     notes those changes from the start, and the morph leaves them alone.
//     New stylesheets load before the old ones go, so nothing flashes
//     unstyled; the title and other <head> elements follow the new page.
//   - "reload": the page's scripts changed, which a morph would not run
//     again: the page reloads and keeps its scroll position.
// A page whose file is gone shows a notice with a link to the page above
// it; a stylesheet change alone swaps the stylesheets; build errors show in
// an overlay (every error, its code frame and a link to the editor) until
// the next good build or Escape. EventSource reconnects by itself when the
// server restarts.
(function () {
  "use strict";
  var root = document.documentElement;
  var key = "site-serve-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    var restore = function () { window.scrollTo(0, parseInt(saved, 10) || 0); };
    if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
  }

  // What the page's scripts and the reader changed, which morphs keep.
  var added = new WeakSet(); // nodes they added
  var owned = new WeakMap(); // element → names of attributes they changed
  var morphing = false;
  function note(records) {
    for (var i = 0; i < records.length; i++) {
      var r = records[i];
      if (r.type === "childList") {
        for (var j = 0; j < r.addedNodes.length; j++) added.add(r.addedNodes[j]);
      } else if (r.type === "attributes") {
        var names = owned.get(r.target);
        if (!names) owned.set(r.target, names = new Set());
        names.add(r.attributeName);
      }
    }
  }
  var observer = new MutationObserver(function (records) { if (!morphing) note(records); });
  observer.observe(root, { subtree: true, childList: true, attributes: true });

  function mark(name, value) { root.setAttribute("data-site-serve-" + name, value); }
  function count(what) {
    // Tells tests how the page took in each rebuild.
    mark("last", what);
    mark("seen", String((parseInt(root.getAttribute("data-site-serve-seen"), 10) || 0) + 1));
  }

  function here(p) {
    var paths = [location.pathname];
    try { paths.push(decodeURI(location.pathname)); } catch (e) { /* keep the raw path */ }
    for (var i = 0; i < paths.length; i++) {
      var q = paths[i];
      if (p === q || p + "index.html" === q || p === q + "/") return true;
    }
    return false;
  }
  function lookup(map) {
    for (var p in map) if (here(p)) return map[p];
    return undefined;
  }

  function el(tag, text, css) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (css) e.style.cssText = css;
    return e;
  }
  // The overlay and notices hang from <html>, outside <body>, so that a
  // morph of the body never mistakes them for a part of the page.
  var panel = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:2147483647;margin:0;" +
    "padding:.75em 1.25em;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-sizing:border-box;";

  function overlay(problems) {
    var box = document.getElementById("site-serve-errors");
    if (!problems || problems.length === 0) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = el("section", "", panel + "background:#2b0a0a;color:#fff;border-top:4px solid #e5484d");
      box.id = "site-serve-errors";
      box.setAttribute("role", "alert");
      box.setAttribute("aria-label", "Build errors");
      root.appendChild(box);
    }
    box.hidden = false; // a new failing build shows it again after Escape
    box.textContent = "";
    var head = el("p", "", "margin:0 0 .5em;display:flex;gap:1em;align-items:baseline");
    head.appendChild(el("strong", "Build failed: " + problems.length + (problems.length === 1 ? " problem" : " problems") + "; showing the last good build."));
    var close = el("button", "Dismiss (Esc)", "margin-left:auto;font:inherit;cursor:pointer");
    close.type = "button";
    close.addEventListener("click", function () { box.hidden = true; });
    head.appendChild(close);
    box.appendChild(head);
    problems.forEach(function (p) {
      var item = el("div", "", "margin:.5em 0 1em");
      item.className = "site-serve-error";
      var where = p.path ? p.path + (p.line ? ":" + p.line + (p.col ? ":" + p.col : "") : "") : "";
      if (where) {
        var a = el(p.link && !/^\s*(javascript|data|vbscript):/i.test(p.link) ? "a" : "span", where, "color:#ffb4b4;font-weight:bold");
        if (a.tagName === "A") { a.href = p.link; a.title = "Open in the editor"; }
        item.appendChild(a);
        item.appendChild(document.createTextNode(": "));
      }
      item.appendChild(document.createTextNode(where ? p.message : p.text));
      if (p.frame && p.frame.length) {
        var width = String(p.frame[p.frame.length - 1].n).length;
        var lines = [];
        p.frame.forEach(function (f) {
          var n = String(f.n);
          while (n.length < width) n = " " + n;
          lines.push((f.here ? "> " : "  ") + n + " | " + f.text);
          if (f.here && p.col > 0) lines.push("  " + n.replace(/./g, " ") + " | " + f.text.slice(0, p.col - 1).replace(/[^\t]/g, " ") + "^");
        });
        var pre = el("pre", lines.join("\n"), "margin:.25em 0 0;padding:.5em;background:#000;color:#eee;overflow:auto");
        pre.className = "site-serve-frame";
        item.appendChild(pre);
      }
      box.appendChild(item);
    });
  }
  document.addEventListener("keydown", function (e) {
    var box = document.getElementById("site-serve-errors");
    if (e.key === "Escape" && box && !box.hidden) box.hidden = true;
  });

  function gone(parent) {
    var note = document.getElementById("site-serve-gone");
    if (!note) {
      note = el("div", "", panel + "background:#fff8c5;color:#111;border-top:4px solid #d4a72c");
      note.id = "site-serve-gone";
      note.setAttribute("role", "status");
      root.appendChild(note);
    }
    note.textContent = "This page is no longer part of the site (its file was removed or renamed). ";
    var a = el("a", "Go to the page above it: " + parent);
    a.href = parent;
    note.appendChild(a);
  }

  // swapCSS loads each stylesheet again. A changed href would drop the
  // old sheet before the new one arrived, and the page would flash
  // unstyled: a copy with the new href goes in beside each, and the old
  // one goes once the copy has loaded (or failed).
  function swapCSS() {
    note(observer.takeRecords()); // what scripts did up to now is theirs
    var v = String(Date.now());
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (old) {
      if (old.hasAttribute("data-site-serve-stale")) return; // a copy is loading
      var url = new URL(old.href);
      url.searchParams.set("v", v);
      var copy = old.cloneNode(false);
      copy.href = url.href;
      old.setAttribute("data-site-serve-stale", "");
      var done = function () { old.remove(); };
      copy.addEventListener("load", done);
      copy.addEventListener("error", done);
      old.after(copy);
      if (added.has(old)) added.add(copy);
    });
    observer.takeRecords(); // the copies are the server's
  }

  function reload() {
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  }

  // The page's scripts as the server sent them, to compare with a new
  // version's: a morph does not run scripts.
  function scripts(doc) {
    var out = [];
    doc.querySelectorAll("script").forEach(function (s) {
      if (!added.has(s)) out.push((s.getAttribute("src") || "") + "\u0000" + (s.getAttribute("src") ? "" : s.textContent));
    });
    return out.join("\u0001");
  }

  // mergeHead brings <head> to the new page's: elements the new head has
  // and the old lacks are inserted in order, those it lacks go, those the
  // page's scripts added stay. Old stylesheets go only once the new ones
  // have loaded (or failed), so the page is never unstyled.
  function mergeHead(newHead) {
    var head = document.head;
    var have = new Map();
    Array.prototype.forEach.call(head.children, function (c) { if (!added.has(c)) have.set(c.outerHTML, c); });
    var cursor = null;
    var loads = [];
    Array.prototype.forEach.call(newHead.children, function (n) {
      var old = have.get(n.outerHTML);
      if (old) {
        have.delete(n.outerHTML);
        cursor = old;
        return;
      }
      var e = document.importNode(n, true);
      if (e.tagName === "LINK" && /stylesheet/i.test(e.rel)) {
        loads.push(new Promise(function (done) {
          e.addEventListener("load", done);
          e.addEventListener("error", done);
        }));
      }
      head.insertBefore(e, cursor ? cursor.nextSibling : head.firstChild);
      cursor = e;
    });
    var stale = [];
    have.forEach(function (c) {
      if (c.tagName === "LINK" && /stylesheet/i.test(c.rel)) stale.push(c); else c.remove();
    });
    return Promise.all(loads).then(function () { stale.forEach(function (c) { c.remove(); }); });
  }

  function keepState(attr, node) {
    var names = owned.get(node);
    if (names && names.has(attr)) return false;
    if ((attr === "value" || attr === "checked" || attr === "selected") && /^(INPUT|TEXTAREA|SELECT|OPTION)$/.test(node.tagName)) return false;
    return true;
  }

  function morph(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    if (scripts(doc) !== scripts(document)) {
      reload(); // the server's page and this one differ in scripts
      return Promise.resolve(false);
    }
    morphing = true;
    note(observer.takeRecords()); // what scripts did up to now is theirs
    var styled;
    try {
      Array.prototype.forEach.call(doc.documentElement.attributes, function (a) {
        if (keepState(a.name, root) && root.getAttribute(a.name) !== a.value) root.setAttribute(a.name, a.value);
      });
      styled = mergeHead(doc.head);
      Idiomorph.morph(document.body, doc.body, {
        morphStyle: "outerHTML",
        ignoreActiveValue: true,
        callbacks: {
          beforeNodeRemoved: function (n) { return !added.has(n); },
          beforeAttributeUpdated: keepState,
        },
      });
    } finally {
      observer.takeRecords(); // the morph's own changes are the server's
      morphing = false;
    }
    var notice = document.getElementById("site-serve-gone");
    if (notice) notice.remove();
    return styled.then(function () { return true; });
  }

  // One update at a time; a rebuild during one fetches again after it.
  var busy = false, again = false;
  // timing is when the last update's steps ended, in ms since the epoch,
  // for the latency harness (internal/serve/latency).
  window.siteServeTiming = {};
  function now() { return performance.timeOrigin + performance.now(); }
  // update morphs the page into html, or into what a fetch of it brings.
  function update(css, at, html) {
    if (busy) { again = true; return; }
    busy = true;
    var timing = { event: at || now() };
    var got = html !== undefined ? Promise.resolve(html) :
      fetch(location.pathname + location.search, { cache: "no-store", credentials: "same-origin" }).then(function (resp) { return resp.text(); });
    got
      .then(function (html) { timing.fetched = now(); return morph(html); })
      .then(function (ok) {
        if (css) swapCSS();
        timing.morphed = now();
        window.siteServeTiming = timing;
        if (ok) count("morph");
      }, function (err) {
        console.warn("site serve: could not update the page in place, reloading:", err);
        reload();
      })
      .then(function () {
        busy = false;
        if (again) { again = false; update(css); }
      });
  }

  var source = new EventSource("/__site/events?page=" + encodeURIComponent(location.pathname));
  // Tells tests, and the curious, that the page is listening.
  source.addEventListener("open", function () { root.setAttribute("data-site-serve", "connected"); });
  source.addEventListener("errors", function (e) { overlay(JSON.parse(e.data)); });
  source.addEventListener("ok", function () { overlay(null); });
  source.addEventListener("reload", function (e) {
    var at = now();
    var msg = JSON.parse(e.data);
    overlay(null);
    var mode = lookup(msg.pages);
    // A script the page's own scripts loaded (the search index) is their
    // data, not the page's code: it changing is no reason to reload.
    var usesChanged = msg.scripts.some(function (s) {
      return Array.prototype.some.call(document.scripts, function (t) { return !added.has(t) && t.src && new URL(t.src).pathname === s; });
    });
    if (root.hasAttribute("data-site-serve-error") || mode === "reload" || usesChanged) {
      reload();
    } else if (mode === "morph") {
      update(msg.css, at, msg.html);
    } else if (lookup(msg.gone) !== undefined) {
      gone(lookup(msg.gone));
      count("gone");
    } else {
      if (msg.css) swapCSS();
      count(msg.css ? "css" : "untouched");
    }
  });
})();
