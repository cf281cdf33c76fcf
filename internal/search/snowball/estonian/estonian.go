//! Generated from estonian.sbl by Snowball 3.1.1 - https://snowballstem.org/

package estonian

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "gi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ki", A: -1, B: 2, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "da", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "mata", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "b", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ksid", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nuksid", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "me", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "sime", A: 5, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ksime", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nuksime", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "akse", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "dakse", A: 9, B: 1, F: nil},
	&snowballRuntime.Among{Str: "takse", A: 9, B: 1, F: nil},
	&snowballRuntime.Among{Str: "site", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ksite", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nuksite", A: 13, B: 1, F: nil},
	&snowballRuntime.Among{Str: "n", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "sin", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ksin", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nuksin", A: 17, B: 1, F: nil},
	&snowballRuntime.Among{Str: "daks", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "taks", A: -1, B: 1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "aa", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ee", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ii", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oo", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uu", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ää", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "õõ", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "öö", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "üü", A: -1, B: -1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "lane", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "line", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "mine", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "lasse", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "lisse", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "misse", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "lasi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "lisi", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "misi", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "last", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "list", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "mist", A: -1, B: 2, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ga", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ta", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "le", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sse", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "l", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "s", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ks", A: 5, B: 1, F: nil},
	&snowballRuntime.Among{Str: "t", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "lt", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "st", A: 7, B: 1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "las", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "lis", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mis", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "t", A: 0, B: -1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "d", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "sid", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "de", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ikkude", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ike", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ikke", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "te", A: -1, B: 3, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "va", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "du", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nu", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tu", A: -1, B: -1, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "kk", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pp", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "tt", A: -1, B: 3, F: nil},
}

var A_9 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ma", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "mai", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "m", A: -1, B: 1, F: nil},
}

var A_10 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "joob", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jood", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "joodakse", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jooma", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "joomata", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "joome", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "joon", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "joote", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "joovad", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "juua", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "juuakse", A: 9, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jäi", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jäid", A: 11, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jäime", A: 11, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jäin", A: 11, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jäite", A: 11, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääb", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääd", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääda", A: 17, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jäädakse", A: 18, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jäädi", A: 17, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääks", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääksid", A: 21, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääksime", A: 21, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääksin", A: 21, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääksite", A: 21, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääma", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jäämata", A: 26, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääme", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jään", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jääte", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jäävad", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "jõi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jõid", A: 32, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jõime", A: 32, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jõin", A: 32, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jõite", A: 32, B: 1, F: nil},
	&snowballRuntime.Among{Str: "keeb", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keed", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keedakse", A: 38, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keeks", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keeksid", A: 40, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keeksime", A: 40, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keeksin", A: 40, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keeksite", A: 40, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keema", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keemata", A: 45, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keeme", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keen", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "kees", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keeta", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keete", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "keevad", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "käia", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käiakse", A: 53, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käib", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käid", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käidi", A: 56, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käiks", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käiksid", A: 58, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käiksime", A: 58, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käiksin", A: 58, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käiksite", A: 58, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käima", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käimata", A: 63, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käime", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käin", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käis", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käite", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "käivad", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "laob", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "laod", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "laoks", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "laoksid", A: 72, B: 16, F: nil},
	&snowballRuntime.Among{Str: "laoksime", A: 72, B: 16, F: nil},
	&snowballRuntime.Among{Str: "laoksin", A: 72, B: 16, F: nil},
	&snowballRuntime.Among{Str: "laoksite", A: 72, B: 16, F: nil},
	&snowballRuntime.Among{Str: "laome", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "laon", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "laote", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "laovad", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "loeb", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loed", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loeks", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loeksid", A: 83, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loeksime", A: 83, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loeksin", A: 83, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loeksite", A: 83, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loeme", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loen", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loete", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loevad", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "loob", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "lood", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "loodi", A: 93, B: 7, F: nil},
	&snowballRuntime.Among{Str: "looks", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "looksid", A: 95, B: 7, F: nil},
	&snowballRuntime.Among{Str: "looksime", A: 95, B: 7, F: nil},
	&snowballRuntime.Among{Str: "looksin", A: 95, B: 7, F: nil},
	&snowballRuntime.Among{Str: "looksite", A: 95, B: 7, F: nil},
	&snowballRuntime.Among{Str: "looma", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "loomata", A: 100, B: 7, F: nil},
	&snowballRuntime.Among{Str: "loome", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "loon", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "loote", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "loovad", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "luua", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "luuakse", A: 106, B: 7, F: nil},
	&snowballRuntime.Among{Str: "lõi", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "lõid", A: 108, B: 6, F: nil},
	&snowballRuntime.Among{Str: "lõime", A: 108, B: 6, F: nil},
	&snowballRuntime.Among{Str: "lõin", A: 108, B: 6, F: nil},
	&snowballRuntime.Among{Str: "lõite", A: 108, B: 6, F: nil},
	&snowballRuntime.Among{Str: "lööb", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lööd", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "löödakse", A: 114, B: 5, F: nil},
	&snowballRuntime.Among{Str: "löödi", A: 114, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lööks", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lööksid", A: 117, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lööksime", A: 117, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lööksin", A: 117, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lööksite", A: 117, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lööma", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "löömata", A: 122, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lööme", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "löön", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lööte", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "löövad", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lüüa", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "lüüakse", A: 128, B: 5, F: nil},
	&snowballRuntime.Among{Str: "müüa", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüakse", A: 130, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüb", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüd", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüdi", A: 133, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüks", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüksid", A: 135, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüksime", A: 135, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüksin", A: 135, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüksite", A: 135, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüma", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müümata", A: 140, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüme", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müün", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüs", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüte", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "müüvad", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "näeb", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näed", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näeks", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näeksid", A: 149, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näeksime", A: 149, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näeksin", A: 149, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näeksite", A: 149, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näeme", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näen", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näete", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näevad", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "nägema", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "nägemata", A: 158, B: 18, F: nil},
	&snowballRuntime.Among{Str: "näha", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "nähakse", A: 160, B: 18, F: nil},
	&snowballRuntime.Among{Str: "nähti", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "põeb", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "põed", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "põeks", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "põeksid", A: 165, B: 15, F: nil},
	&snowballRuntime.Among{Str: "põeksime", A: 165, B: 15, F: nil},
	&snowballRuntime.Among{Str: "põeksin", A: 165, B: 15, F: nil},
	&snowballRuntime.Among{Str: "põeksite", A: 165, B: 15, F: nil},
	&snowballRuntime.Among{Str: "põeme", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "põen", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "põete", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "põevad", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "saab", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saad", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saada", A: 175, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saadakse", A: 176, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saadi", A: 175, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saaks", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saaksid", A: 179, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saaksime", A: 179, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saaksin", A: 179, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saaksite", A: 179, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saama", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saamata", A: 184, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saame", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saan", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saate", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saavad", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "sai", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "said", A: 190, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saime", A: 190, B: 2, F: nil},
	&snowballRuntime.Among{Str: "sain", A: 190, B: 2, F: nil},
	&snowballRuntime.Among{Str: "saite", A: 190, B: 2, F: nil},
	&snowballRuntime.Among{Str: "sõi", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sõid", A: 195, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sõime", A: 195, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sõin", A: 195, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sõite", A: 195, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sööb", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sööd", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "söödakse", A: 201, B: 9, F: nil},
	&snowballRuntime.Among{Str: "söödi", A: 201, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sööks", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sööksid", A: 204, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sööksime", A: 204, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sööksin", A: 204, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sööksite", A: 204, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sööma", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "söömata", A: 209, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sööme", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "söön", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "sööte", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "söövad", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "süüa", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "süüakse", A: 215, B: 9, F: nil},
	&snowballRuntime.Among{Str: "teeb", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teed", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teeks", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teeksid", A: 219, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teeksime", A: 219, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teeksin", A: 219, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teeksite", A: 219, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teeme", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teen", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teete", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teevad", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "tegema", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "tegemata", A: 228, B: 17, F: nil},
	&snowballRuntime.Among{Str: "teha", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "tehakse", A: 230, B: 17, F: nil},
	&snowballRuntime.Among{Str: "tehti", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "toob", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tood", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "toodi", A: 234, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tooks", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tooksid", A: 236, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tooksime", A: 236, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tooksin", A: 236, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tooksite", A: 236, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tooma", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "toomata", A: 241, B: 10, F: nil},
	&snowballRuntime.Among{Str: "toome", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "toon", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "toote", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "toovad", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tuua", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tuuakse", A: 247, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tõi", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tõid", A: 249, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tõime", A: 249, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tõin", A: 249, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tõite", A: 249, B: 10, F: nil},
	&snowballRuntime.Among{Str: "viia", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viiakse", A: 254, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viib", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viid", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viidi", A: 257, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viiks", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viiksid", A: 259, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viiksime", A: 259, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viiksin", A: 259, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viiksite", A: 259, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viima", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viimata", A: 264, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viime", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viin", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viisime", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viisin", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viisite", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viite", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "viivad", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "võib", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võid", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võida", A: 274, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võidakse", A: 275, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võidi", A: 274, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võiks", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võiksid", A: 278, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võiksime", A: 278, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võiksin", A: 278, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võiksite", A: 278, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võima", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võimata", A: 283, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võime", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võin", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võis", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võite", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "võivad", A: -1, B: 11, F: nil},
}

var G_V1 = []byte{17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 48, 8}

var G_RV = []byte{1, 0, 0, 0, 0, 0, 0, 68, 4, 65}

var G_KI = []byte{117, 66, 6, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 0, 0, 0, 16}

var G_GI = []byte{21, 123, 243, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 48, 8}

type Context struct {
	i_p1 int
}

func r_mark_regions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	context.i_p1 = env.Limit
lab0:
	for {
		var v_1 = env.Cursor
	lab1:
		for {
			if !env.Hop(2) {
				break lab1
			}
		golab2:
			for {
			lab3:
				for {
					if !env.EqS("'") {
						break lab3
					}
					break golab2
				}
				if env.Cursor >= env.Limit {
					break lab1
				}
				env.NextChar()
			}
			break lab0
		}
		env.Cursor = v_1
		if !env.GoOutGrouping(G_V1, 97, 252) {
			return false
		}
		env.NextChar()
		if !env.GoInGrouping(G_V1, 97, 252) {
			return false
		}
		env.NextChar()
		break lab0
	}
	context.i_p1 = env.Cursor
	return true
}

func r_emphasis(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_0, context)
	if among_var == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	var v_2 = env.Limit - env.Cursor
	if !env.HopBack(4) {
		return false
	}
	env.Cursor = env.Limit - v_2
	switch among_var {
	case 1:
		var v_3 = env.Limit - env.Cursor
		if !env.InGroupingB(G_GI, 97, 252) {
			return false
		}
		env.Cursor = env.Limit - v_3
		var v_4 = env.Limit - env.Cursor
	lab0:
		for {
			if !r_LONGV(env, context) {
				break lab0
			}
			return false
		}
		env.Cursor = env.Limit - v_4
		env.SliceDel()
	case 2:
		if !env.InGroupingB(G_KI, 98, 382) {
			return false
		}
		env.SliceDel()
	}
	return true
}

func r_verb(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_1, context)
	if among_var == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	switch among_var {
	case 1:
		env.SliceDel()
	case 2:
		env.SliceFrom("a")
	case 3:
		if !env.InGroupingB(G_V1, 97, 252) {
			return false
		}
		env.SliceDel()
	}
	return true
}

func r_LONGV(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return env.FindAmongB(A_2, context) != 0
}

func r_i_plural(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	env.Ket = env.Cursor
	if !env.EqSB("i") {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	if !env.InGroupingB(G_RV, 39, 117) {
		return false
	}
	env.SliceDel()
	return true
}

func r_special_noun_endings(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_3, context)
	if among_var == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	switch among_var {
	case 1:
		env.SliceFrom("lase")
	case 2:
		env.SliceFrom("mise")
	case 3:
		env.SliceFrom("lise")
	}
	return true
}

func r_case_ending(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_4, context)
	if among_var == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	switch among_var {
	case 1:
	lab0:
		for {
		lab1:
			for {
				if !env.InGroupingB(G_RV, 39, 117) {
					break lab1
				}
				break lab0
			}
			if !r_LONGV(env, context) {
				return false
			}
			break lab0
		}
	case 2:
		var v_2 = env.Limit - env.Cursor
		if !env.HopBack(4) {
			return false
		}
		env.Cursor = env.Limit - v_2
	}
	env.SliceDel()
	return true
}

func r_plural_three_first_cases(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_6, context)
	if among_var == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	switch among_var {
	case 1:
		env.SliceFrom("iku")
	case 2:
		var v_2 = env.Limit - env.Cursor
	lab0:
		for {
			if !r_LONGV(env, context) {
				break lab0
			}
			return false
		}
		env.Cursor = env.Limit - v_2
		env.SliceDel()
	case 3:
	lab1:
		for {
			var v_3 = env.Limit - env.Cursor
		lab2:
			for {
				var v_4 = env.Limit - env.Cursor
				if !env.HopBack(4) {
					break lab2
				}
				env.Cursor = env.Limit - v_4
				among_var = env.FindAmongB(A_5, context)
				switch among_var {
				case 1:
					env.SliceFrom("e")
				case 2:
					env.SliceDel()
				}
				break lab1
			}
			env.Cursor = env.Limit - v_3
			env.SliceFrom("t")
			break lab1
		}
	case 4:
	lab3:
		for {
		lab4:
			for {
				if !env.InGroupingB(G_RV, 39, 117) {
					break lab4
				}
				break lab3
			}
			if !r_LONGV(env, context) {
				return false
			}
			break lab3
		}
		env.SliceDel()
	}
	return true
}

func r_nu(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	env.Ket = env.Cursor
	if env.FindAmongB(A_7, context) == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	env.SliceDel()
	return true
}

func r_undouble_kpt(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if !env.InGroupingB(G_V1, 97, 252) {
		return false
	}
	if context.i_p1 > env.Cursor {
		return false
	}
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_8, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		env.SliceFrom("k")
	case 2:
		env.SliceFrom("p")
	case 3:
		env.SliceFrom("t")
	}
	return true
}

func r_degrees(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_9, context)
	if among_var == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	switch among_var {
	case 1:
		if !env.InGroupingB(G_RV, 39, 117) {
			return false
		}
		env.SliceDel()
	case 2:
		env.SliceDel()
	}
	return true
}

func r_substantive(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
	r_special_noun_endings(env, context)
	env.Cursor = env.Limit - v_1
	var v_2 = env.Limit - env.Cursor
	r_case_ending(env, context)
	env.Cursor = env.Limit - v_2
	var v_3 = env.Limit - env.Cursor
	r_plural_three_first_cases(env, context)
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
	r_degrees(env, context)
	env.Cursor = env.Limit - v_4
	var v_5 = env.Limit - env.Cursor
	r_i_plural(env, context)
	env.Cursor = env.Limit - v_5
	var v_6 = env.Limit - env.Cursor
	r_nu(env, context)
	env.Cursor = env.Limit - v_6
	return true
}

func r_verb_exceptions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Bra = env.Cursor
	among_var = env.FindAmong(A_10, context)
	if among_var == 0 {
		return false
	}
	env.Ket = env.Cursor
	if env.Cursor < env.Limit {
		return false
	}
	switch among_var {
	case 1:
		env.SliceFrom("joo")
	case 2:
		env.SliceFrom("saa")
	case 3:
		env.SliceFrom("viima")
	case 4:
		env.SliceFrom("keesi")
	case 5:
		env.SliceFrom("löö")
	case 6:
		env.SliceFrom("lõi")
	case 7:
		env.SliceFrom("loo")
	case 8:
		env.SliceFrom("käisi")
	case 9:
		env.SliceFrom("söö")
	case 10:
		env.SliceFrom("too")
	case 11:
		env.SliceFrom("võisi")
	case 12:
		env.SliceFrom("jääma")
	case 13:
		env.SliceFrom("müüsi")
	case 14:
		env.SliceFrom("luge")
	case 15:
		env.SliceFrom("põde")
	case 16:
		env.SliceFrom("ladu")
	case 17:
		env.SliceFrom("tegi")
	case 18:
		env.SliceFrom("nägi")
	}
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p1: 0,
	}
	_ = context
	var v_1 = env.Cursor
lab0:
	for {
		if !r_verb_exceptions(env, context) {
			break lab0
		}
		return false
	}
	env.Cursor = v_1
	var v_2 = env.Cursor
	r_mark_regions(env, context)
	env.Cursor = v_2
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_3 = env.Limit - env.Cursor
	r_emphasis(env, context)
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
lab1:
	for {
	lab2:
		for {
			var v_5 = env.Limit - env.Cursor
		lab3:
			for {
				if !r_verb(env, context) {
					break lab3
				}
				break lab2
			}
			env.Cursor = env.Limit - v_5
			r_substantive(env, context)
			break lab2
		}
		break lab1
	}
	env.Cursor = env.Limit - v_4
	var v_6 = env.Limit - env.Cursor
	r_undouble_kpt(env, context)
	env.Cursor = env.Limit - v_6
	env.Ket = env.Cursor
	if !env.EqSB("'") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	env.Cursor = env.LimitBackward
	return true
}
