//! Generated from catalan.sbl by Snowball 3.1.1 - https://snowballstem.org/

package catalan

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "·", A: 0, B: 6, F: nil},
	&snowballRuntime.Among{Str: "à", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "á", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "è", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "é", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ì", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "í", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ï", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ò", A: 0, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ó", A: 0, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ú", A: 0, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ü", A: 0, B: 5, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "la", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-la", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sela", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "le", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "me", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-me", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "se", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-te", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "hi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "'hi", A: 8, B: 1, F: nil},
	&snowballRuntime.Among{Str: "li", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-li", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "'l", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "'m", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-m", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "'n", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-n", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ho", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "'ho", A: 17, B: 1, F: nil},
	&snowballRuntime.Among{Str: "lo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "selo", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "'s", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "las", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "selas", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "les", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-les", A: 24, B: 1, F: nil},
	&snowballRuntime.Among{Str: "'ls", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-ls", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "'ns", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-ns", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ens", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "los", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "selos", A: 31, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-nos", A: 33, B: 1, F: nil},
	&snowballRuntime.Among{Str: "vos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "us", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "-us", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "'t", A: -1, B: 1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ica", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "lógica", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "enca", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ada", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ancia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "encia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ència", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ícia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "logia", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "inia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íinia", A: 9, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eria", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ària", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atòria", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "alla", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ella", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ívola", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ima", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íssima", A: 17, B: 1, F: nil},
	&snowballRuntime.Among{Str: "quíssima", A: 18, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ana", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ina", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "era", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sfera", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ora", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dora", A: 24, B: 1, F: nil},
	&snowballRuntime.Among{Str: "adora", A: 25, B: 1, F: nil},
	&snowballRuntime.Among{Str: "adura", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "osa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "essa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "issa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eta", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ita", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ota", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ista", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ialista", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ionista", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iva", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ativa", A: 39, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nça", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "logía", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ic", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ístic", A: 43, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enc", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esc", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ud", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atge", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ble", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "able", A: 49, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ible", A: 49, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isme", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ialisme", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ionisme", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivisme", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aire", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "icte", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iste", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ici", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íci", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "logi", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ari", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tori", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "al", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "il", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "all", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ell", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ívol", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isam", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "issem", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ìssem", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íssem", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íssim", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "quíssim", A: 73, B: 5, F: nil},
	&snowballRuntime.Among{Str: "amen", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ìssin", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ar", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ificar", A: 77, B: 1, F: nil},
	&snowballRuntime.Among{Str: "egar", A: 77, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ejar", A: 77, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itar", A: 77, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itzar", A: 77, B: 1, F: nil},
	&snowballRuntime.Among{Str: "fer", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "or", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dor", A: 84, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dur", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "doras", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ics", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "lógics", A: 88, B: 3, F: nil},
	&snowballRuntime.Among{Str: "uds", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nces", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ades", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ancies", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "encies", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ències", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ícies", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "logies", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "inies", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ínies", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eries", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "àries", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atòries", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "bles", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ables", A: 103, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibles", A: 103, B: 1, F: nil},
	&snowballRuntime.Among{Str: "imes", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íssimes", A: 106, B: 1, F: nil},
	&snowballRuntime.Among{Str: "quíssimes", A: 107, B: 5, F: nil},
	&snowballRuntime.Among{Str: "formes", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ismes", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ialismes", A: 110, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ines", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eres", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ores", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dores", A: 114, B: 1, F: nil},
	&snowballRuntime.Among{Str: "idores", A: 115, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dures", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eses", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oses", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asses", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ictes", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ites", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "otes", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "istes", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ialistes", A: 124, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ionistes", A: 124, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iques", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "lógiques", A: 127, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ives", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atives", A: 129, B: 1, F: nil},
	&snowballRuntime.Among{Str: "logíes", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "allengües", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "icis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ícis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "logis", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "aris", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "toris", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ls", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "als", A: 138, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ells", A: 138, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ims", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íssims", A: 141, B: 1, F: nil},
	&snowballRuntime.Among{Str: "quíssims", A: 142, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ions", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "cions", A: 144, B: 1, F: nil},
	&snowballRuntime.Among{Str: "acions", A: 145, B: 2, F: nil},
	&snowballRuntime.Among{Str: "esos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "osos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "issos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ers", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ors", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dors", A: 152, B: 1, F: nil},
	&snowballRuntime.Among{Str: "adors", A: 153, B: 1, F: nil},
	&snowballRuntime.Among{Str: "idors", A: 153, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ats", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itats", A: 156, B: 1, F: nil},
	&snowballRuntime.Among{Str: "bilitats", A: 157, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivitats", A: 157, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ativitats", A: 159, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïtats", A: 156, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ets", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ants", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ents", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ments", A: 164, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aments", A: 165, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ots", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uts", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ius", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "trius", A: 169, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atius", A: 169, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ès", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "és", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ís", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dís", A: 174, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ós", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itat", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "bilitat", A: 177, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivitat", A: 177, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ativitat", A: 179, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïtat", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "et", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ant", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ent", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ient", A: 184, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ment", A: 184, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ament", A: 186, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isament", A: 187, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ot", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isseu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ìsseu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ísseu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "triu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íssiu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atiu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ó", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ió", A: 196, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ció", A: 197, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ació", A: 198, B: 1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "aba", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esca", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isca", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïsca", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ada", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ida", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uda", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïda", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aria", A: 8, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iria", A: 8, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ara", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iera", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ira", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "adora", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïra", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ava", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ixa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itza", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ía", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aría", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ería", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iría", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isc", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïsc", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ad", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ed", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "id", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ie", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "re", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dre", A: 30, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ase", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iese", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aste", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iste", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ii", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ini", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esqui", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eixi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itzi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "am", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "em", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "àrem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "írem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "àssem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "éssem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iguem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïguem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "avem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "àvem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ávem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irìem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íem", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aríem", A: 55, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iríem", A: 55, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assim", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "essim", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "issim", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "àssim", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "èssim", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "éssim", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íssim", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïm", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "an", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aban", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arian", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aran", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ieran", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iran", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ían", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arían", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erían", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irían", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "en", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ien", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arien", A: 77, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irien", A: 77, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aren", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eren", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iren", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "àren", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïren", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iesen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "essen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "issen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "éssen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïssen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esquen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isquen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïsquen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aven", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ixen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eixen", A: 96, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïxen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïen", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "in", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "inin", A: 100, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sin", A: 100, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isin", A: 102, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assin", A: 102, B: 1, F: nil},
	&snowballRuntime.Among{Str: "essin", A: 102, B: 1, F: nil},
	&snowballRuntime.Among{Str: "issin", A: 102, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïssin", A: 102, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esquin", A: 100, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eixin", A: 100, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aron", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ieron", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arán", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erán", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irán", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iïn", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ado", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ido", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ando", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iendo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "io", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ixo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eixo", A: 121, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïxo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itzo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ar", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzar", A: 125, B: 1, F: nil},
	&snowballRuntime.Among{Str: "er", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eixer", A: 127, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ir", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ador", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "as", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abas", A: 131, B: 1, F: nil},
	&snowballRuntime.Among{Str: "adas", A: 131, B: 1, F: nil},
	&snowballRuntime.Among{Str: "idas", A: 131, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aras", A: 131, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ieras", A: 131, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ías", A: 131, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arías", A: 137, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erías", A: 137, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irías", A: 137, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ids", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "es", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ades", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ides", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "udes", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïdes", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atges", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ies", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aries", A: 148, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iries", A: 148, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ares", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ires", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "adores", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïres", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ases", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ieses", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asses", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esses", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isses", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïsses", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ques", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esques", A: 161, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïsques", A: 161, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aves", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ixes", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eixes", A: 165, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïxes", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïes", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abais", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arais", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ierais", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íais", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aríais", A: 172, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eríais", A: 172, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iríais", A: 172, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aseis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ieseis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asteis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isteis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "inis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isis", A: 181, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assis", A: 181, B: 1, F: nil},
	&snowballRuntime.Among{Str: "essis", A: 181, B: 1, F: nil},
	&snowballRuntime.Among{Str: "issis", A: 181, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïssis", A: 181, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esquis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eixis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itzis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aréis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eréis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iréis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ams", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ados", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "idos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "amos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ábamos", A: 197, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áramos", A: 197, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iéramos", A: 197, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íamos", A: 197, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aríamos", A: 201, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eríamos", A: 201, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iríamos", A: 201, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aremos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eremos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iremos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ásemos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iésemos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "imos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "adors", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ass", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erass", A: 212, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ess", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ats", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "its", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ents", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "às", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aràs", A: 218, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iràs", A: 218, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arás", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erás", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irás", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "és", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arés", A: 224, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ís", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iïs", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "at", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "it", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ant", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ent", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "int", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ut", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ït", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "au", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erau", A: 235, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ieu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ineu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "areu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ireu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "àreu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íreu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asseu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esseu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eresseu", A: 244, B: 1, F: nil},
	&snowballRuntime.Among{Str: "àsseu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ésseu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "igueu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïgueu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "àveu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áveu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itzeu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ìeu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irìeu", A: 253, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íeu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aríeu", A: 255, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iríeu", A: 255, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assiu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "issiu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "àssiu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "èssiu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "éssiu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íssiu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ix", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eix", A: 265, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïx", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itz", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ià", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arà", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irà", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itzà", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ará", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erá", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irá", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irè", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aré", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eré", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iré", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "í", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iï", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ió", A: -1, B: 1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "e", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "i", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïn", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ir", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "s", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "is", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "os", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ïs", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "it", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iqu", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "itz", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "à", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "á", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "é", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ì", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "í", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ï", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ó", A: -1, B: 1, F: nil},
}

var G_v = []byte{17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 129, 81, 6, 10}

type Context struct {
	i_p2 int
	i_p1 int
}

func r_mark_regions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	context.i_p1 = env.Limit
	context.i_p2 = env.Limit
	var v_1 = env.Cursor
lab0:
	for {
		if !env.GoOutGrouping(G_v, 97, 252) {
			break lab0
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 252) {
			break lab0
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		if !env.GoOutGrouping(G_v, 97, 252) {
			break lab0
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 252) {
			break lab0
		}
		env.NextChar()
		context.i_p2 = env.Cursor
		break lab0
	}
	env.Cursor = v_1
	return true
}

func r_cleaning(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
replab0:
	for {
		var v_1 = env.Cursor
	lab1:
		for range [2]struct{}{} {
			env.Bra = env.Cursor
			among_var = env.FindAmong(A_0, context)
			env.Ket = env.Cursor
			switch among_var {
			case 1:
				env.SliceFrom("a")
			case 2:
				env.SliceFrom("e")
			case 3:
				env.SliceFrom("i")
			case 4:
				env.SliceFrom("o")
			case 5:
				env.SliceFrom("u")
			case 6:
				env.SliceFrom(".")
			case 7:
				if env.Cursor >= env.Limit {
					break lab1
				}
				env.NextChar()
			}
			continue replab0
		}
		env.Cursor = v_1
		break replab0
	}
	return true
}

func r_R1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_p1 <= env.Cursor
}

func r_R2(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_p2 <= env.Cursor
}

func r_attached_pronoun(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_1, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	env.SliceDel()
	return true
}

func r_standard_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
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
		if !r_R1(env, context) {
			return false
		}
		env.SliceDel()
	case 2:
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
	case 3:
		if !r_R2(env, context) {
			return false
		}
		env.SliceFrom("log")
	case 4:
		if !r_R2(env, context) {
			return false
		}
		env.SliceFrom("ic")
	case 5:
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("c")
	}
	return true
}

func r_verb_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
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
		if !r_R1(env, context) {
			return false
		}
		env.SliceDel()
	case 2:
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
	}
	return true
}

func r_residual_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_4, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		if !r_R1(env, context) {
			return false
		}
		env.SliceDel()
	case 2:
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("ic")
	}
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p2: 0,
		i_p1: 0,
	}
	_ = context
	r_mark_regions(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
	r_attached_pronoun(env, context)
	env.Cursor = env.Limit - v_1
	var v_2 = env.Limit - env.Cursor
lab0:
	for {
	lab1:
		for {
			var v_3 = env.Limit - env.Cursor
		lab2:
			for {
				if !r_standard_suffix(env, context) {
					break lab2
				}
				break lab1
			}
			env.Cursor = env.Limit - v_3
			if !r_verb_suffix(env, context) {
				break lab0
			}
			break lab1
		}
		break lab0
	}
	env.Cursor = env.Limit - v_2
	var v_4 = env.Limit - env.Cursor
	r_residual_suffix(env, context)
	env.Cursor = env.Limit - v_4
	env.Cursor = env.LimitBackward
	var v_5 = env.Cursor
	r_cleaning(env, context)
	env.Cursor = v_5
	return true
}
