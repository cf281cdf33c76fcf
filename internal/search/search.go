// Package search writes a search index per language for the layouts'
// search box. (Being written: see the search issue.)
package search

import (
	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
)

// Index collects pages for the search index.
type Index struct{ cfg *config.Config }

// New returns an empty index for a site.
func New(cfg *config.Config) *Index { return &Index{cfg: cfg} }

// Add records a page.
func (ix *Index) Add(p *content.Page, html []byte) {}

// Write writes the index files.
func (ix *Index) Write(site *content.Site, w output.Writer) error { return nil }

// Outputs names the index files.
func (ix *Index) Outputs(site *content.Site) []string { return nil }
