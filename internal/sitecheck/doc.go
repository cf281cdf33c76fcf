// Package sitecheck holds the quality checks of the published site: its
// tests read the committed public/ folder (as built by `site build`) and
// check what a reader, a search engine or an assistive technology gets.
//
//   - Links and languages (always run, no network): every URL of every HTML
//     page that points into the site (href, src, srcset, a refresh target,
//     and the absolute canonical, hreflang and og:url/og:image URLs under
//     site.yaml's baseURL) resolves to a file in public/, a path ending in
//     "/" to its index.html, and every #fragment to an id in the target
//     page; every page under a language folder has <html lang> set to its
//     language and a <link rel="alternate" hreflang> for each language of
//     site.yaml and x-default, pointing to existing pages in those
//     languages that link back to it.
//   - The Nu Html Checker: every HTML page of public/ is valid HTML. It runs
//     when VNU_JAR names vnu.jar (from the npm package vnu-jar; it needs
//     Java 17 or later) or when vnu is on the PATH, and skips otherwise.
//   - axe-core: one page of each kind (root chooser, home, section, page,
//     translated pages, the letter, 404), served over HTTP from public/,
//     has no WCAG 2.0/2.1/2.2 A and AA or best-practice violation, in the
//     light and the dark color scheme. It runs when AXE_JS names axe.min.js
//     (from the npm package axe-core) and Chromium is installed (see
//     internal/browsertest), and skips otherwise.
//
// The package has no code of its own: `go test ./internal/sitecheck` runs
// the checks, and `go run ./cmd/site build` must be run first after a
// change to content/, layouts/ or static/, since they read public/.
package sitecheck
