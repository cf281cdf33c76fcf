//! Generated from lithuanian.sbl by Snowball 3.1.1 - https://snowballstem.org/

package lithuanian

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ia", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "osna", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iosna", A: 2, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uosna", A: 2, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iuosna", A: 4, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ysna", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėsna", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "e", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ie", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enie", A: 9, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oje", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ioje", A: 11, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uje", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iuje", A: 13, B: -1, F: nil},
	&snowballRuntime.Among{Str: "yje", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enyje", A: 15, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėje", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ame", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iame", A: 18, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sime", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ome", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėme", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tumėme", A: 22, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ose", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iose", A: 24, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uose", A: 24, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iuose", A: 26, B: -1, F: nil},
	&snowballRuntime.Among{Str: "yse", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enyse", A: 28, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėse", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ate", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iate", A: 31, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ite", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "kite", A: 33, B: -1, F: nil},
	&snowballRuntime.Among{Str: "site", A: 33, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ote", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tute", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėte", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tumėte", A: 38, B: -1, F: nil},
	&snowballRuntime.Among{Str: "i", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ai", A: 40, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iai", A: 41, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ei", A: 40, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tumei", A: 43, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ki", A: 40, B: -1, F: nil},
	&snowballRuntime.Among{Str: "imi", A: 40, B: -1, F: nil},
	&snowballRuntime.Among{Str: "umi", A: 40, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iumi", A: 47, B: -1, F: nil},
	&snowballRuntime.Among{Str: "si", A: 40, B: -1, F: nil},
	&snowballRuntime.Among{Str: "asi", A: 49, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iasi", A: 50, B: -1, F: nil},
	&snowballRuntime.Among{Str: "esi", A: 49, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iesi", A: 52, B: -1, F: nil},
	&snowballRuntime.Among{Str: "siesi", A: 53, B: -1, F: nil},
	&snowballRuntime.Among{Str: "isi", A: 49, B: -1, F: nil},
	&snowballRuntime.Among{Str: "aisi", A: 55, B: -1, F: nil},
	&snowballRuntime.Among{Str: "eisi", A: 55, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tumeisi", A: 57, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uisi", A: 55, B: -1, F: nil},
	&snowballRuntime.Among{Str: "osi", A: 49, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėjosi", A: 60, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uosi", A: 60, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iuosi", A: 62, B: -1, F: nil},
	&snowballRuntime.Among{Str: "siuosi", A: 63, B: -1, F: nil},
	&snowballRuntime.Among{Str: "usi", A: 49, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ausi", A: 65, B: -1, F: nil},
	&snowballRuntime.Among{Str: "čiausi", A: 66, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ąsi", A: 49, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėsi", A: 49, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ųsi", A: 49, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tųsi", A: 70, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ti", A: 40, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enti", A: 72, B: -1, F: nil},
	&snowballRuntime.Among{Str: "inti", A: 72, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oti", A: 72, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ioti", A: 75, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uoti", A: 75, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iuoti", A: 77, B: -1, F: nil},
	&snowballRuntime.Among{Str: "auti", A: 72, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iauti", A: 79, B: -1, F: nil},
	&snowballRuntime.Among{Str: "yti", A: 72, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėti", A: 72, B: -1, F: nil},
	&snowballRuntime.Among{Str: "telėti", A: 82, B: -1, F: nil},
	&snowballRuntime.Among{Str: "inėti", A: 82, B: -1, F: nil},
	&snowballRuntime.Among{Str: "terėti", A: 82, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ui", A: 40, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iui", A: 86, B: -1, F: nil},
	&snowballRuntime.Among{Str: "eniui", A: 87, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oj", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėj", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "k", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "am", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iam", A: 92, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iem", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "im", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sim", A: 95, B: -1, F: nil},
	&snowballRuntime.Among{Str: "om", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tum", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėm", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tumėm", A: 99, B: -1, F: nil},
	&snowballRuntime.Among{Str: "an", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "on", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ion", A: 102, B: -1, F: nil},
	&snowballRuntime.Among{Str: "un", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iun", A: 104, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėn", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "o", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "io", A: 107, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enio", A: 108, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėjo", A: 107, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uo", A: 107, B: -1, F: nil},
	&snowballRuntime.Among{Str: "s", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "as", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ias", A: 113, B: -1, F: nil},
	&snowballRuntime.Among{Str: "es", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ies", A: 115, B: -1, F: nil},
	&snowballRuntime.Among{Str: "is", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ais", A: 117, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iais", A: 118, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tumeis", A: 117, B: -1, F: nil},
	&snowballRuntime.Among{Str: "imis", A: 117, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enimis", A: 121, B: -1, F: nil},
	&snowballRuntime.Among{Str: "omis", A: 117, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iomis", A: 123, B: -1, F: nil},
	&snowballRuntime.Among{Str: "umis", A: 117, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėmis", A: 117, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enis", A: 117, B: -1, F: nil},
	&snowballRuntime.Among{Str: "asis", A: 117, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ysis", A: 117, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ams", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iams", A: 130, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iems", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ims", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enims", A: 133, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oms", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ioms", A: 135, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ums", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėms", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ens", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "os", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ios", A: 140, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uos", A: 140, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iuos", A: 142, B: -1, F: nil},
	&snowballRuntime.Among{Str: "us", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "aus", A: 144, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iaus", A: 145, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ius", A: 144, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ys", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enys", A: 148, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ąs", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iąs", A: 150, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ės", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "amės", A: 152, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iamės", A: 153, B: -1, F: nil},
	&snowballRuntime.Among{Str: "imės", A: 152, B: -1, F: nil},
	&snowballRuntime.Among{Str: "kimės", A: 155, B: -1, F: nil},
	&snowballRuntime.Among{Str: "simės", A: 155, B: -1, F: nil},
	&snowballRuntime.Among{Str: "omės", A: 152, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėmės", A: 152, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tumėmės", A: 159, B: -1, F: nil},
	&snowballRuntime.Among{Str: "atės", A: 152, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iatės", A: 161, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sitės", A: 152, B: -1, F: nil},
	&snowballRuntime.Among{Str: "otės", A: 152, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėtės", A: 152, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tumėtės", A: 165, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ūs", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "įs", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tųs", A: 112, B: -1, F: nil},
	&snowballRuntime.Among{Str: "at", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iat", A: 170, B: -1, F: nil},
	&snowballRuntime.Among{Str: "it", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sit", A: 172, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ot", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėt", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tumėt", A: 175, B: -1, F: nil},
	&snowballRuntime.Among{Str: "u", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "au", A: 177, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iau", A: 178, B: -1, F: nil},
	&snowballRuntime.Among{Str: "čiau", A: 179, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iu", A: 177, B: -1, F: nil},
	&snowballRuntime.Among{Str: "eniu", A: 181, B: -1, F: nil},
	&snowballRuntime.Among{Str: "siu", A: 181, B: -1, F: nil},
	&snowballRuntime.Among{Str: "y", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ą", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ią", A: 185, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ė", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ę", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "į", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enį", A: 189, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ų", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ių", A: 191, B: -1, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ing", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "aj", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iaj", A: 1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iej", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oj", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ioj", A: 4, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uoj", A: 4, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iuoj", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "auj", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ąj", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iąj", A: 9, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėj", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ųj", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iųj", A: 12, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ok", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iok", A: 14, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iuk", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uliuk", A: 16, B: -1, F: nil},
	&snowballRuntime.Among{Str: "učiuk", A: 16, B: -1, F: nil},
	&snowballRuntime.Among{Str: "išk", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iul", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "yl", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėl", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "am", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dam", A: 23, B: -1, F: nil},
	&snowballRuntime.Among{Str: "jam", A: 23, B: -1, F: nil},
	&snowballRuntime.Among{Str: "zgan", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ain", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "esn", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "op", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iop", A: 29, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ias", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ies", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ais", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iais", A: 33, B: -1, F: nil},
	&snowballRuntime.Among{Str: "os", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ios", A: 35, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uos", A: 35, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iuos", A: 37, B: -1, F: nil},
	&snowballRuntime.Among{Str: "aus", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iaus", A: 39, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ąs", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iąs", A: 41, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ęs", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "utėait", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ant", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iant", A: 45, B: -1, F: nil},
	&snowballRuntime.Among{Str: "siant", A: 46, B: -1, F: nil},
	&snowballRuntime.Among{Str: "int", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ot", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uot", A: 49, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iuot", A: 50, B: -1, F: nil},
	&snowballRuntime.Among{Str: "yt", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėt", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ykšt", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iau", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dav", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sv", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "šv", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ykšč", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ę", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ėję", A: 60, B: -1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ojime", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ėjime", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "avime", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "okate", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "aite", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uote", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "asius", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "okatės", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "aitės", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uotės", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "esiu", A: -1, B: 4, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "č", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dž", A: -1, B: 2, F: nil},
}

var G_v = []byte{17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 64, 1, 0, 64, 0, 0, 0, 0, 0, 0, 0, 4, 4}

type Context struct {
	i_p1 int
}

func r_step1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	env.Ket = env.Cursor
	if env.FindAmongB(A_0, context) == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	env.SliceDel()
	return true
}

func r_step2(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
replab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for range [2]struct{}{} {
			if env.Cursor < context.i_p1 {
				break lab1
			}
			var v_2 = env.LimitBackward
			env.LimitBackward = context.i_p1
			env.Ket = env.Cursor
			if env.FindAmongB(A_1, context) == 0 {
				env.LimitBackward = v_2
				break lab1
			}
			env.Bra = env.Cursor
			env.LimitBackward = v_2
			env.SliceDel()
			continue replab0
		}
		env.Cursor = env.Limit - v_1
		break replab0
	}
	return true
}

func r_fix_conflicts(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_2, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		env.SliceFrom("aitė")
	case 2:
		env.SliceFrom("uotė")
	case 3:
		env.SliceFrom("ėjimas")
	case 4:
		env.SliceFrom("esys")
	case 5:
		env.SliceFrom("asys")
	case 6:
		env.SliceFrom("avimas")
	case 7:
		env.SliceFrom("ojimas")
	case 8:
		env.SliceFrom("okatė")
	}
	return true
}

func r_fix_chdz(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_3, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		env.SliceFrom("t")
	case 2:
		env.SliceFrom("d")
	}
	return true
}

func r_fix_gd(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if !env.EqSB("gd") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceFrom("g")
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p1: 0,
	}
	_ = context
	context.i_p1 = env.Limit
	var v_1 = env.Cursor
lab0:
	for {
		var v_2 = env.Cursor
	lab1:
		for {
			if !env.EqS("a") {
				env.Cursor = v_2
				break lab1
			}
			if snowballRuntime.RuneCountInString(env.Current()) <= 6 {
				env.Cursor = v_2
				break lab1
			}
			break lab1
		}
		if !env.GoOutGrouping(G_v, 97, 371) {
			break lab0
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 371) {
			break lab0
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		break lab0
	}
	env.Cursor = v_1
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_3 = env.Limit - env.Cursor
	r_fix_conflicts(env, context)
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
	r_step1(env, context)
	env.Cursor = env.Limit - v_4
	var v_5 = env.Limit - env.Cursor
	r_fix_chdz(env, context)
	env.Cursor = env.Limit - v_5
	var v_6 = env.Limit - env.Cursor
	r_step2(env, context)
	env.Cursor = env.Limit - v_6
	var v_7 = env.Limit - env.Cursor
	r_fix_chdz(env, context)
	env.Cursor = env.Limit - v_7
	var v_8 = env.Limit - env.Cursor
	r_fix_gd(env, context)
	env.Cursor = env.Limit - v_8
	env.Ket = env.Cursor
	if !env.EqSB("'") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	env.Cursor = env.LimitBackward
	return true
}
