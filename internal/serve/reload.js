// Injected by "site serve" into every page it serves (never into public/).
// It listens for rebuilds over Server-Sent Events: a page whose output
// changed reloads and keeps its scroll position, a stylesheet change swaps
// the stylesheet, and build errors show as an overlay until the next good
// build. EventSource reconnects by itself when the server restarts.
(function () {
  "use strict";
  var key = "site-serve-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    var restore = function () { window.scrollTo(0, parseInt(saved, 10) || 0); };
    if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
  }

  function here(path) {
    var p = location.pathname;
    return path === p || path + "index.html" === p || path === p + "/";
  }

  function overlay(errors) {
    var el = document.getElementById("site-serve-errors");
    if (!errors || errors.length === 0) {
      if (el) el.remove();
      return;
    }
    if (!el) {
      el = document.createElement("div");
      el.id = "site-serve-errors";
      el.setAttribute("role", "alert");
      el.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
        "margin:0;padding:1em 1.25em;background:#2b0a0a;color:#fff;border-top:4px solid #e5484d;" +
        "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap";
      document.body.appendChild(el);
    }
    el.textContent = "Build failed; showing the last good build.\n\n" + errors.join("\n");
  }

  function swapCSS() {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href);
      url.searchParams.set("v", Date.now());
      links[i].href = url.href;
    }
  }

  var source = new EventSource("/__site/events");
  // Tells tests, and the curious, that the page is listening.
  source.addEventListener("open", function () { document.documentElement.setAttribute("data-site-serve", "connected"); });
  source.addEventListener("errors", function (e) { overlay(JSON.parse(e.data)); });
  source.addEventListener("ok", function () { overlay(null); });
  source.addEventListener("reload", function (e) {
    var msg = JSON.parse(e.data);
    overlay(null);
    var reload = msg.pages.some(here) || document.documentElement.hasAttribute("data-site-serve-error");
    if (reload) {
      sessionStorage.setItem(key, String(window.scrollY));
      location.reload();
    } else if (msg.css) {
      swapCSS();
    }
    // Counts the rebuilds this page has taken in, for tests that check
    // that a page was left alone.
    var seen = document.documentElement;
    seen.setAttribute("data-site-serve-seen", String((parseInt(seen.getAttribute("data-site-serve-seen"), 10) || 0) + 1));
  });
})();
