/* Search index of the az pages, for js/search.js; written by internal/search. */
(window.siteSearchFiles=window.siteSearchFiles||{})["manifest:az"]={"lang":"az","fold":"case","stem":"","docs":17,"chunks":["","tc926b25f","müə","tfb40d313"],"bundles":[17,"r5de34534"]};
