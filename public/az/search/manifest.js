/* Search index of the az pages, for js/search.js; written by internal/search. */
(window.siteSearchFiles=window.siteSearchFiles||{})["manifest:az"]={"lang":"az","fold":"case","stem":"","docs":17,"chunks":["","t115a9e24","mür","td0754531"],"bundles":[14,"r8c31a452",3,"r0b21935a"]};
