// The translation dashboard's live updates: after each rebuild of the dev
// server (its event stream, /__site/events), fetch the dashboard again and
// swap its <main>, keeping the scroll position. The status line tells
// screen readers that the page changed.
(function () {
  "use strict";
  var root = document.documentElement;
  var live = document.getElementById("live");
  var busy = false, again = false;
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(location.pathname, { cache: "no-store", credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("main");
        if (fresh) {
          document.querySelector("main").replaceWith(fresh);
          var n = Number(root.getAttribute("data-updates") || "0") + 1;
          root.setAttribute("data-updates", String(n));
          var l = document.getElementById("live");
          if (l) l.textContent = "Updated after a change of the site.";
        }
      })
      .finally(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }
  var source = new EventSource("/__site/events");
  source.addEventListener("open", function () { root.setAttribute("data-live", "connected"); });
  source.addEventListener("reload", refresh);
  source.addEventListener("errors", refresh);
  if (live) live.textContent = "";
})();
