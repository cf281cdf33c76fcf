/* Search index of the az pages, for js/search.js; written by internal/search. */
(window.siteSearchFiles=window.siteSearchFiles||{})["manifest:az"]={"lang":"az","fold":"case","stem":"","docs":17,"chunks":["","t1241b235","məl","t79e2d1bd"],"bundles":[17,"rd607293f"]};
