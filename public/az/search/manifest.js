/* Search index of the az pages, for js/search.js; written by internal/search. */
(window.siteSearchFiles=window.siteSearchFiles||{})["manifest:az"]={"lang":"az","fold":"case","stem":"","docs":17,"chunks":["","t67e059ef","məktuba","t2a1de2b1"],"bundles":[17,"rd607293f"]};
