//! Generated from serbian.sbl by Snowball 3.1.1 - https://snowballstem.org/

package serbian

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "а", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "б", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "в", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "г", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "д", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "е", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ж", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "з", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "и", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "к", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "л", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "м", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "н", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "о", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "п", A: -1, B: 19, F: nil},
	&snowballRuntime.Among{Str: "р", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "с", A: -1, B: 21, F: nil},
	&snowballRuntime.Among{Str: "т", A: -1, B: 22, F: nil},
	&snowballRuntime.Among{Str: "у", A: -1, B: 24, F: nil},
	&snowballRuntime.Among{Str: "ф", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "х", A: -1, B: 26, F: nil},
	&snowballRuntime.Among{Str: "ц", A: -1, B: 27, F: nil},
	&snowballRuntime.Among{Str: "ч", A: -1, B: 28, F: nil},
	&snowballRuntime.Among{Str: "ш", A: -1, B: 30, F: nil},
	&snowballRuntime.Among{Str: "ђ", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ј", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "љ", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "њ", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "ћ", A: -1, B: 23, F: nil},
	&snowballRuntime.Among{Str: "џ", A: -1, B: 29, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "daba", A: -1, B: 73, F: nil},
	&snowballRuntime.Among{Str: "ajaca", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "ejaca", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ljaca", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "njaca", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "ojaca", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "alaca", A: -1, B: 82, F: nil},
	&snowballRuntime.Among{Str: "elaca", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "olaca", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "maca", A: -1, B: 75, F: nil},
	&snowballRuntime.Among{Str: "naca", A: -1, B: 76, F: nil},
	&snowballRuntime.Among{Str: "raca", A: -1, B: 81, F: nil},
	&snowballRuntime.Among{Str: "saca", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "vaca", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "šaca", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "aoca", A: -1, B: 82, F: nil},
	&snowballRuntime.Among{Str: "acaka", A: -1, B: 55, F: nil},
	&snowballRuntime.Among{Str: "ajaka", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ojaka", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "anaka", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ataka", A: -1, B: 58, F: nil},
	&snowballRuntime.Among{Str: "etaka", A: -1, B: 59, F: nil},
	&snowballRuntime.Among{Str: "itaka", A: -1, B: 60, F: nil},
	&snowballRuntime.Among{Str: "otaka", A: -1, B: 61, F: nil},
	&snowballRuntime.Among{Str: "utaka", A: -1, B: 62, F: nil},
	&snowballRuntime.Among{Str: "ačaka", A: -1, B: 54, F: nil},
	&snowballRuntime.Among{Str: "esama", A: -1, B: 67, F: nil},
	&snowballRuntime.Among{Str: "izama", A: -1, B: 87, F: nil},
	&snowballRuntime.Among{Str: "jacima", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "nicima", A: -1, B: 23, F: nil},
	&snowballRuntime.Among{Str: "ticima", A: -1, B: 24, F: nil},
	&snowballRuntime.Among{Str: "teticima", A: 30, B: 21, F: nil},
	&snowballRuntime.Among{Str: "zicima", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "atcima", A: -1, B: 58, F: nil},
	&snowballRuntime.Among{Str: "utcima", A: -1, B: 62, F: nil},
	&snowballRuntime.Among{Str: "čcima", A: -1, B: 74, F: nil},
	&snowballRuntime.Among{Str: "pesima", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "inzima", A: -1, B: 19, F: nil},
	&snowballRuntime.Among{Str: "lozima", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "metara", A: -1, B: 68, F: nil},
	&snowballRuntime.Among{Str: "centara", A: -1, B: 69, F: nil},
	&snowballRuntime.Among{Str: "istara", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "ekata", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "anata", A: -1, B: 53, F: nil},
	&snowballRuntime.Among{Str: "nstava", A: -1, B: 22, F: nil},
	&snowballRuntime.Among{Str: "kustava", A: -1, B: 29, F: nil},
	&snowballRuntime.Among{Str: "ajac", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "ejac", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ljac", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "njac", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "anjac", A: 49, B: 11, F: nil},
	&snowballRuntime.Among{Str: "ojac", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "alac", A: -1, B: 82, F: nil},
	&snowballRuntime.Among{Str: "elac", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "olac", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "mac", A: -1, B: 75, F: nil},
	&snowballRuntime.Among{Str: "nac", A: -1, B: 76, F: nil},
	&snowballRuntime.Among{Str: "rac", A: -1, B: 81, F: nil},
	&snowballRuntime.Among{Str: "sac", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "vac", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "šac", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "jebe", A: -1, B: 88, F: nil},
	&snowballRuntime.Among{Str: "olce", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "kuse", A: -1, B: 27, F: nil},
	&snowballRuntime.Among{Str: "rave", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "save", A: -1, B: 52, F: nil},
	&snowballRuntime.Among{Str: "šave", A: -1, B: 51, F: nil},
	&snowballRuntime.Among{Str: "baci", A: -1, B: 89, F: nil},
	&snowballRuntime.Among{Str: "jaci", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "tvenici", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "snici", A: -1, B: 26, F: nil},
	&snowballRuntime.Among{Str: "tetici", A: -1, B: 21, F: nil},
	&snowballRuntime.Among{Str: "bojci", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "vojci", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ojsci", A: -1, B: 66, F: nil},
	&snowballRuntime.Among{Str: "atci", A: -1, B: 58, F: nil},
	&snowballRuntime.Among{Str: "itci", A: -1, B: 60, F: nil},
	&snowballRuntime.Among{Str: "utci", A: -1, B: 62, F: nil},
	&snowballRuntime.Among{Str: "čci", A: -1, B: 74, F: nil},
	&snowballRuntime.Among{Str: "pesi", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "inzi", A: -1, B: 19, F: nil},
	&snowballRuntime.Among{Str: "lozi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "acak", A: -1, B: 55, F: nil},
	&snowballRuntime.Among{Str: "usak", A: -1, B: 57, F: nil},
	&snowballRuntime.Among{Str: "atak", A: -1, B: 58, F: nil},
	&snowballRuntime.Among{Str: "etak", A: -1, B: 59, F: nil},
	&snowballRuntime.Among{Str: "itak", A: -1, B: 60, F: nil},
	&snowballRuntime.Among{Str: "otak", A: -1, B: 61, F: nil},
	&snowballRuntime.Among{Str: "utak", A: -1, B: 62, F: nil},
	&snowballRuntime.Among{Str: "ačak", A: -1, B: 54, F: nil},
	&snowballRuntime.Among{Str: "ušak", A: -1, B: 56, F: nil},
	&snowballRuntime.Among{Str: "izam", A: -1, B: 87, F: nil},
	&snowballRuntime.Among{Str: "tican", A: -1, B: 65, F: nil},
	&snowballRuntime.Among{Str: "cajan", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "čajan", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "voljan", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "eskan", A: -1, B: 63, F: nil},
	&snowballRuntime.Among{Str: "alan", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "bilan", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "gilan", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "nilan", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "rilan", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "silan", A: -1, B: 36, F: nil},
	&snowballRuntime.Among{Str: "tilan", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "avilan", A: -1, B: 35, F: nil},
	&snowballRuntime.Among{Str: "laran", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "eran", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "asan", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "esan", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "dusan", A: -1, B: 31, F: nil},
	&snowballRuntime.Among{Str: "kusan", A: -1, B: 28, F: nil},
	&snowballRuntime.Among{Str: "atan", A: -1, B: 47, F: nil},
	&snowballRuntime.Among{Str: "pletan", A: -1, B: 50, F: nil},
	&snowballRuntime.Among{Str: "tetan", A: -1, B: 49, F: nil},
	&snowballRuntime.Among{Str: "antan", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "pravan", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "stavan", A: -1, B: 43, F: nil},
	&snowballRuntime.Among{Str: "sivan", A: -1, B: 46, F: nil},
	&snowballRuntime.Among{Str: "tivan", A: -1, B: 45, F: nil},
	&snowballRuntime.Among{Str: "ozan", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "tičan", A: -1, B: 64, F: nil},
	&snowballRuntime.Among{Str: "ašan", A: -1, B: 90, F: nil},
	&snowballRuntime.Among{Str: "dušan", A: -1, B: 30, F: nil},
	&snowballRuntime.Among{Str: "metar", A: -1, B: 68, F: nil},
	&snowballRuntime.Among{Str: "centar", A: -1, B: 69, F: nil},
	&snowballRuntime.Among{Str: "istar", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "ekat", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "enat", A: -1, B: 48, F: nil},
	&snowballRuntime.Among{Str: "oscu", A: -1, B: 72, F: nil},
	&snowballRuntime.Among{Str: "ošću", A: -1, B: 71, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "aca", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "eca", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "uca", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "ga", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "acega", A: 3, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecega", A: 3, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucega", A: 3, B: 126, F: nil},
	&snowballRuntime.Among{Str: "anjijega", A: 3, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjijega", A: 3, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjijega", A: 3, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjijega", A: 3, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kijega", A: 3, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skijega", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škijega", A: 11, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elijega", A: 3, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nijega", A: 3, B: 13, F: nil},
	&snowballRuntime.Among{Str: "osijega", A: 3, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atijega", A: 3, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitijega", A: 3, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitijega", A: 3, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astijega", A: 3, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avijega", A: 3, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evijega", A: 3, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivijega", A: 3, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovijega", A: 3, B: 80, F: nil},
	&snowballRuntime.Among{Str: "ošijega", A: 3, B: 91, F: nil},
	&snowballRuntime.Among{Str: "anjega", A: 3, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjega", A: 3, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjega", A: 3, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjega", A: 3, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kega", A: 3, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skega", A: 30, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škega", A: 30, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elega", A: 3, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nega", A: 3, B: 13, F: nil},
	&snowballRuntime.Among{Str: "anega", A: 34, B: 10, F: nil},
	&snowballRuntime.Among{Str: "enega", A: 34, B: 87, F: nil},
	&snowballRuntime.Among{Str: "snega", A: 34, B: 159, F: nil},
	&snowballRuntime.Among{Str: "šnega", A: 34, B: 88, F: nil},
	&snowballRuntime.Among{Str: "osega", A: 3, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atega", A: 3, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitega", A: 3, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitega", A: 3, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astega", A: 3, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avega", A: 3, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evega", A: 3, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivega", A: 3, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovega", A: 3, B: 80, F: nil},
	&snowballRuntime.Among{Str: "aćega", A: 3, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećega", A: 3, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućega", A: 3, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ošega", A: 3, B: 91, F: nil},
	&snowballRuntime.Among{Str: "acoga", A: 3, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecoga", A: 3, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucoga", A: 3, B: 126, F: nil},
	&snowballRuntime.Among{Str: "anjoga", A: 3, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjoga", A: 3, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjoga", A: 3, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjoga", A: 3, B: 86, F: nil},
	&snowballRuntime.Among{Str: "koga", A: 3, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skoga", A: 59, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škoga", A: 59, B: 2, F: nil},
	&snowballRuntime.Among{Str: "loga", A: 3, B: 19, F: nil},
	&snowballRuntime.Among{Str: "eloga", A: 62, B: 83, F: nil},
	&snowballRuntime.Among{Str: "noga", A: 3, B: 13, F: nil},
	&snowballRuntime.Among{Str: "cinoga", A: 64, B: 137, F: nil},
	&snowballRuntime.Among{Str: "činoga", A: 64, B: 89, F: nil},
	&snowballRuntime.Among{Str: "osoga", A: 3, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atoga", A: 3, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitoga", A: 3, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitoga", A: 3, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astoga", A: 3, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avoga", A: 3, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evoga", A: 3, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivoga", A: 3, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovoga", A: 3, B: 80, F: nil},
	&snowballRuntime.Among{Str: "aćoga", A: 3, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećoga", A: 3, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućoga", A: 3, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ošoga", A: 3, B: 91, F: nil},
	&snowballRuntime.Among{Str: "uga", A: 3, B: 18, F: nil},
	&snowballRuntime.Among{Str: "aja", A: -1, B: 109, F: nil},
	&snowballRuntime.Among{Str: "caja", A: 81, B: 26, F: nil},
	&snowballRuntime.Among{Str: "laja", A: 81, B: 30, F: nil},
	&snowballRuntime.Among{Str: "raja", A: 81, B: 31, F: nil},
	&snowballRuntime.Among{Str: "ćaja", A: 81, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čaja", A: 81, B: 27, F: nil},
	&snowballRuntime.Among{Str: "đaja", A: 81, B: 29, F: nil},
	&snowballRuntime.Among{Str: "bija", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "cija", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "dija", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "fija", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "gija", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "anjija", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjija", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjija", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjija", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kija", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skija", A: 97, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škija", A: 97, B: 2, F: nil},
	&snowballRuntime.Among{Str: "lija", A: -1, B: 24, F: nil},
	&snowballRuntime.Among{Str: "elija", A: 100, B: 83, F: nil},
	&snowballRuntime.Among{Str: "mija", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "nija", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "ganija", A: 103, B: 9, F: nil},
	&snowballRuntime.Among{Str: "manija", A: 103, B: 6, F: nil},
	&snowballRuntime.Among{Str: "panija", A: 103, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ranija", A: 103, B: 8, F: nil},
	&snowballRuntime.Among{Str: "tanija", A: 103, B: 5, F: nil},
	&snowballRuntime.Among{Str: "pija", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "rija", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "rarija", A: 110, B: 21, F: nil},
	&snowballRuntime.Among{Str: "sija", A: -1, B: 23, F: nil},
	&snowballRuntime.Among{Str: "osija", A: 112, B: 123, F: nil},
	&snowballRuntime.Among{Str: "tija", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "atija", A: 114, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitija", A: 114, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitija", A: 114, B: 93, F: nil},
	&snowballRuntime.Among{Str: "otija", A: 114, B: 22, F: nil},
	&snowballRuntime.Among{Str: "astija", A: 114, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avija", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evija", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivija", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovija", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "zija", A: -1, B: 45, F: nil},
	&snowballRuntime.Among{Str: "ošija", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "žija", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "anja", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enja", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snja", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnja", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "ka", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "ska", A: 131, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ška", A: 131, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ala", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acala", A: 134, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajala", A: 134, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajala", A: 134, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajala", A: 134, B: 108, F: nil},
	&snowballRuntime.Among{Str: "ijala", A: 134, B: 47, F: nil},
	&snowballRuntime.Among{Str: "injala", A: 134, B: 114, F: nil},
	&snowballRuntime.Among{Str: "nala", A: 134, B: 46, F: nil},
	&snowballRuntime.Among{Str: "irala", A: 134, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urala", A: 134, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tala", A: 134, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astala", A: 144, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istala", A: 144, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostala", A: 144, B: 112, F: nil},
	&snowballRuntime.Among{Str: "avala", A: 134, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evala", A: 134, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivala", A: 134, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovala", A: 134, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvala", A: 134, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačala", A: 134, B: 102, F: nil},
	&snowballRuntime.Among{Str: "ela", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "ila", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acila", A: 155, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucila", A: 155, B: 121, F: nil},
	&snowballRuntime.Among{Str: "nila", A: 155, B: 103, F: nil},
	&snowballRuntime.Among{Str: "astanila", A: 158, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istanila", A: 158, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostanila", A: 158, B: 112, F: nil},
	&snowballRuntime.Among{Str: "rosila", A: 155, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetila", A: 155, B: 118, F: nil},
	&snowballRuntime.Among{Str: "ozila", A: 155, B: 48, F: nil},
	&snowballRuntime.Among{Str: "ačila", A: 155, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučila", A: 155, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošila", A: 155, B: 90, F: nil},
	&snowballRuntime.Among{Str: "ola", A: -1, B: 50, F: nil},
	&snowballRuntime.Among{Str: "asla", A: -1, B: 115, F: nil},
	&snowballRuntime.Among{Str: "nula", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "gama", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "logama", A: 171, B: 19, F: nil},
	&snowballRuntime.Among{Str: "ugama", A: 171, B: 18, F: nil},
	&snowballRuntime.Among{Str: "ajama", A: -1, B: 109, F: nil},
	&snowballRuntime.Among{Str: "cajama", A: 174, B: 26, F: nil},
	&snowballRuntime.Among{Str: "lajama", A: 174, B: 30, F: nil},
	&snowballRuntime.Among{Str: "rajama", A: 174, B: 31, F: nil},
	&snowballRuntime.Among{Str: "ćajama", A: 174, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čajama", A: 174, B: 27, F: nil},
	&snowballRuntime.Among{Str: "đajama", A: 174, B: 29, F: nil},
	&snowballRuntime.Among{Str: "bijama", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "cijama", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "dijama", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "fijama", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "gijama", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "lijama", A: -1, B: 35, F: nil},
	&snowballRuntime.Among{Str: "mijama", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "nijama", A: -1, B: 36, F: nil},
	&snowballRuntime.Among{Str: "ganijama", A: 188, B: 9, F: nil},
	&snowballRuntime.Among{Str: "manijama", A: 188, B: 6, F: nil},
	&snowballRuntime.Among{Str: "panijama", A: 188, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ranijama", A: 188, B: 8, F: nil},
	&snowballRuntime.Among{Str: "tanijama", A: 188, B: 5, F: nil},
	&snowballRuntime.Among{Str: "pijama", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "rijama", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "sijama", A: -1, B: 43, F: nil},
	&snowballRuntime.Among{Str: "tijama", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "zijama", A: -1, B: 45, F: nil},
	&snowballRuntime.Among{Str: "žijama", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "alama", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "ijalama", A: 200, B: 47, F: nil},
	&snowballRuntime.Among{Str: "nalama", A: 200, B: 46, F: nil},
	&snowballRuntime.Among{Str: "elama", A: -1, B: 119, F: nil},
	&snowballRuntime.Among{Str: "ilama", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "ramama", A: -1, B: 52, F: nil},
	&snowballRuntime.Among{Str: "lemama", A: -1, B: 51, F: nil},
	&snowballRuntime.Among{Str: "inama", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "cinama", A: 207, B: 137, F: nil},
	&snowballRuntime.Among{Str: "činama", A: 207, B: 89, F: nil},
	&snowballRuntime.Among{Str: "rama", A: -1, B: 52, F: nil},
	&snowballRuntime.Among{Str: "arama", A: 210, B: 53, F: nil},
	&snowballRuntime.Among{Str: "drama", A: 210, B: 54, F: nil},
	&snowballRuntime.Among{Str: "erama", A: 210, B: 55, F: nil},
	&snowballRuntime.Among{Str: "orama", A: 210, B: 56, F: nil},
	&snowballRuntime.Among{Str: "basama", A: -1, B: 135, F: nil},
	&snowballRuntime.Among{Str: "gasama", A: -1, B: 131, F: nil},
	&snowballRuntime.Among{Str: "jasama", A: -1, B: 129, F: nil},
	&snowballRuntime.Among{Str: "kasama", A: -1, B: 133, F: nil},
	&snowballRuntime.Among{Str: "nasama", A: -1, B: 132, F: nil},
	&snowballRuntime.Among{Str: "tasama", A: -1, B: 130, F: nil},
	&snowballRuntime.Among{Str: "vasama", A: -1, B: 134, F: nil},
	&snowballRuntime.Among{Str: "esama", A: -1, B: 152, F: nil},
	&snowballRuntime.Among{Str: "isama", A: -1, B: 154, F: nil},
	&snowballRuntime.Among{Str: "etama", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "estama", A: -1, B: 71, F: nil},
	&snowballRuntime.Among{Str: "istama", A: -1, B: 72, F: nil},
	&snowballRuntime.Among{Str: "kstama", A: -1, B: 73, F: nil},
	&snowballRuntime.Among{Str: "ostama", A: -1, B: 74, F: nil},
	&snowballRuntime.Among{Str: "avama", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evama", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivama", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "bašama", A: -1, B: 63, F: nil},
	&snowballRuntime.Among{Str: "gašama", A: -1, B: 64, F: nil},
	&snowballRuntime.Among{Str: "jašama", A: -1, B: 61, F: nil},
	&snowballRuntime.Among{Str: "kašama", A: -1, B: 62, F: nil},
	&snowballRuntime.Among{Str: "našama", A: -1, B: 60, F: nil},
	&snowballRuntime.Among{Str: "tašama", A: -1, B: 59, F: nil},
	&snowballRuntime.Among{Str: "vašama", A: -1, B: 65, F: nil},
	&snowballRuntime.Among{Str: "ešama", A: -1, B: 66, F: nil},
	&snowballRuntime.Among{Str: "išama", A: -1, B: 67, F: nil},
	&snowballRuntime.Among{Str: "lema", A: -1, B: 51, F: nil},
	&snowballRuntime.Among{Str: "acima", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecima", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucima", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "ajima", A: -1, B: 109, F: nil},
	&snowballRuntime.Among{Str: "cajima", A: 245, B: 26, F: nil},
	&snowballRuntime.Among{Str: "lajima", A: 245, B: 30, F: nil},
	&snowballRuntime.Among{Str: "rajima", A: 245, B: 31, F: nil},
	&snowballRuntime.Among{Str: "ćajima", A: 245, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čajima", A: 245, B: 27, F: nil},
	&snowballRuntime.Among{Str: "đajima", A: 245, B: 29, F: nil},
	&snowballRuntime.Among{Str: "bijima", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "cijima", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "dijima", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "fijima", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "gijima", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "anjijima", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjijima", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjijima", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjijima", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kijima", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skijima", A: 261, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škijima", A: 261, B: 2, F: nil},
	&snowballRuntime.Among{Str: "lijima", A: -1, B: 35, F: nil},
	&snowballRuntime.Among{Str: "elijima", A: 264, B: 83, F: nil},
	&snowballRuntime.Among{Str: "mijima", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "nijima", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "ganijima", A: 267, B: 9, F: nil},
	&snowballRuntime.Among{Str: "manijima", A: 267, B: 6, F: nil},
	&snowballRuntime.Among{Str: "panijima", A: 267, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ranijima", A: 267, B: 8, F: nil},
	&snowballRuntime.Among{Str: "tanijima", A: 267, B: 5, F: nil},
	&snowballRuntime.Among{Str: "pijima", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "rijima", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "sijima", A: -1, B: 43, F: nil},
	&snowballRuntime.Among{Str: "osijima", A: 275, B: 123, F: nil},
	&snowballRuntime.Among{Str: "tijima", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "atijima", A: 277, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitijima", A: 277, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitijima", A: 277, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astijima", A: 277, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avijima", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evijima", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivijima", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovijima", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "zijima", A: -1, B: 45, F: nil},
	&snowballRuntime.Among{Str: "ošijima", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "žijima", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "anjima", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjima", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjima", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjima", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kima", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skima", A: 293, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škima", A: 293, B: 2, F: nil},
	&snowballRuntime.Among{Str: "alima", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "ijalima", A: 296, B: 47, F: nil},
	&snowballRuntime.Among{Str: "nalima", A: 296, B: 46, F: nil},
	&snowballRuntime.Among{Str: "elima", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "ilima", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "ozilima", A: 300, B: 48, F: nil},
	&snowballRuntime.Among{Str: "olima", A: -1, B: 50, F: nil},
	&snowballRuntime.Among{Str: "lemima", A: -1, B: 51, F: nil},
	&snowballRuntime.Among{Str: "nima", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "anima", A: 304, B: 10, F: nil},
	&snowballRuntime.Among{Str: "inima", A: 304, B: 11, F: nil},
	&snowballRuntime.Among{Str: "cinima", A: 306, B: 137, F: nil},
	&snowballRuntime.Among{Str: "činima", A: 306, B: 89, F: nil},
	&snowballRuntime.Among{Str: "onima", A: 304, B: 12, F: nil},
	&snowballRuntime.Among{Str: "arima", A: -1, B: 53, F: nil},
	&snowballRuntime.Among{Str: "drima", A: -1, B: 54, F: nil},
	&snowballRuntime.Among{Str: "erima", A: -1, B: 55, F: nil},
	&snowballRuntime.Among{Str: "orima", A: -1, B: 56, F: nil},
	&snowballRuntime.Among{Str: "basima", A: -1, B: 135, F: nil},
	&snowballRuntime.Among{Str: "gasima", A: -1, B: 131, F: nil},
	&snowballRuntime.Among{Str: "jasima", A: -1, B: 129, F: nil},
	&snowballRuntime.Among{Str: "kasima", A: -1, B: 133, F: nil},
	&snowballRuntime.Among{Str: "nasima", A: -1, B: 132, F: nil},
	&snowballRuntime.Among{Str: "tasima", A: -1, B: 130, F: nil},
	&snowballRuntime.Among{Str: "vasima", A: -1, B: 134, F: nil},
	&snowballRuntime.Among{Str: "esima", A: -1, B: 57, F: nil},
	&snowballRuntime.Among{Str: "isima", A: -1, B: 58, F: nil},
	&snowballRuntime.Among{Str: "osima", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atima", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "ikatima", A: 324, B: 68, F: nil},
	&snowballRuntime.Among{Str: "latima", A: 324, B: 69, F: nil},
	&snowballRuntime.Among{Str: "etima", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "evitima", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitima", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astima", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "estima", A: -1, B: 71, F: nil},
	&snowballRuntime.Among{Str: "istima", A: -1, B: 72, F: nil},
	&snowballRuntime.Among{Str: "kstima", A: -1, B: 73, F: nil},
	&snowballRuntime.Among{Str: "ostima", A: -1, B: 74, F: nil},
	&snowballRuntime.Among{Str: "ištima", A: -1, B: 75, F: nil},
	&snowballRuntime.Among{Str: "avima", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evima", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ajevima", A: 337, B: 109, F: nil},
	&snowballRuntime.Among{Str: "cajevima", A: 338, B: 26, F: nil},
	&snowballRuntime.Among{Str: "lajevima", A: 338, B: 30, F: nil},
	&snowballRuntime.Among{Str: "rajevima", A: 338, B: 31, F: nil},
	&snowballRuntime.Among{Str: "ćajevima", A: 338, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čajevima", A: 338, B: 27, F: nil},
	&snowballRuntime.Among{Str: "đajevima", A: 338, B: 29, F: nil},
	&snowballRuntime.Among{Str: "ivima", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovima", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "govima", A: 346, B: 20, F: nil},
	&snowballRuntime.Among{Str: "ugovima", A: 347, B: 17, F: nil},
	&snowballRuntime.Among{Str: "lovima", A: 346, B: 82, F: nil},
	&snowballRuntime.Among{Str: "olovima", A: 349, B: 49, F: nil},
	&snowballRuntime.Among{Str: "movima", A: 346, B: 81, F: nil},
	&snowballRuntime.Among{Str: "onovima", A: 346, B: 12, F: nil},
	&snowballRuntime.Among{Str: "stvima", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "štvima", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "aćima", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećima", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućima", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "bašima", A: -1, B: 63, F: nil},
	&snowballRuntime.Among{Str: "gašima", A: -1, B: 64, F: nil},
	&snowballRuntime.Among{Str: "jašima", A: -1, B: 61, F: nil},
	&snowballRuntime.Among{Str: "kašima", A: -1, B: 62, F: nil},
	&snowballRuntime.Among{Str: "našima", A: -1, B: 60, F: nil},
	&snowballRuntime.Among{Str: "tašima", A: -1, B: 59, F: nil},
	&snowballRuntime.Among{Str: "vašima", A: -1, B: 65, F: nil},
	&snowballRuntime.Among{Str: "ešima", A: -1, B: 66, F: nil},
	&snowballRuntime.Among{Str: "išima", A: -1, B: 67, F: nil},
	&snowballRuntime.Among{Str: "ošima", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "na", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "ana", A: 368, B: 10, F: nil},
	&snowballRuntime.Among{Str: "acana", A: 369, B: 128, F: nil},
	&snowballRuntime.Among{Str: "urana", A: 369, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tana", A: 369, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avana", A: 369, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evana", A: 369, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivana", A: 369, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvana", A: 369, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačana", A: 369, B: 102, F: nil},
	&snowballRuntime.Among{Str: "acena", A: 368, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucena", A: 368, B: 121, F: nil},
	&snowballRuntime.Among{Str: "ačena", A: 368, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučena", A: 368, B: 117, F: nil},
	&snowballRuntime.Among{Str: "ina", A: 368, B: 11, F: nil},
	&snowballRuntime.Among{Str: "cina", A: 382, B: 137, F: nil},
	&snowballRuntime.Among{Str: "anina", A: 382, B: 10, F: nil},
	&snowballRuntime.Among{Str: "čina", A: 382, B: 89, F: nil},
	&snowballRuntime.Among{Str: "ona", A: 368, B: 12, F: nil},
	&snowballRuntime.Among{Str: "ara", A: -1, B: 53, F: nil},
	&snowballRuntime.Among{Str: "dra", A: -1, B: 54, F: nil},
	&snowballRuntime.Among{Str: "era", A: -1, B: 55, F: nil},
	&snowballRuntime.Among{Str: "ora", A: -1, B: 56, F: nil},
	&snowballRuntime.Among{Str: "basa", A: -1, B: 135, F: nil},
	&snowballRuntime.Among{Str: "gasa", A: -1, B: 131, F: nil},
	&snowballRuntime.Among{Str: "jasa", A: -1, B: 129, F: nil},
	&snowballRuntime.Among{Str: "kasa", A: -1, B: 133, F: nil},
	&snowballRuntime.Among{Str: "nasa", A: -1, B: 132, F: nil},
	&snowballRuntime.Among{Str: "tasa", A: -1, B: 130, F: nil},
	&snowballRuntime.Among{Str: "vasa", A: -1, B: 134, F: nil},
	&snowballRuntime.Among{Str: "esa", A: -1, B: 57, F: nil},
	&snowballRuntime.Among{Str: "isa", A: -1, B: 58, F: nil},
	&snowballRuntime.Among{Str: "osa", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "ata", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "ikata", A: 401, B: 68, F: nil},
	&snowballRuntime.Among{Str: "lata", A: 401, B: 69, F: nil},
	&snowballRuntime.Among{Str: "eta", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "evita", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovita", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "asta", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "esta", A: -1, B: 71, F: nil},
	&snowballRuntime.Among{Str: "ista", A: -1, B: 72, F: nil},
	&snowballRuntime.Among{Str: "ksta", A: -1, B: 73, F: nil},
	&snowballRuntime.Among{Str: "osta", A: -1, B: 74, F: nil},
	&snowballRuntime.Among{Str: "nuta", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "išta", A: -1, B: 75, F: nil},
	&snowballRuntime.Among{Str: "ava", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "eva", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ajeva", A: 415, B: 109, F: nil},
	&snowballRuntime.Among{Str: "cajeva", A: 416, B: 26, F: nil},
	&snowballRuntime.Among{Str: "lajeva", A: 416, B: 30, F: nil},
	&snowballRuntime.Among{Str: "rajeva", A: 416, B: 31, F: nil},
	&snowballRuntime.Among{Str: "ćajeva", A: 416, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čajeva", A: 416, B: 27, F: nil},
	&snowballRuntime.Among{Str: "đajeva", A: 416, B: 29, F: nil},
	&snowballRuntime.Among{Str: "iva", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ova", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "gova", A: 424, B: 20, F: nil},
	&snowballRuntime.Among{Str: "ugova", A: 425, B: 17, F: nil},
	&snowballRuntime.Among{Str: "lova", A: 424, B: 82, F: nil},
	&snowballRuntime.Among{Str: "olova", A: 427, B: 49, F: nil},
	&snowballRuntime.Among{Str: "mova", A: 424, B: 81, F: nil},
	&snowballRuntime.Among{Str: "onova", A: 424, B: 12, F: nil},
	&snowballRuntime.Among{Str: "stva", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "štva", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "aća", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "eća", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "uća", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "baša", A: -1, B: 63, F: nil},
	&snowballRuntime.Among{Str: "gaša", A: -1, B: 64, F: nil},
	&snowballRuntime.Among{Str: "jaša", A: -1, B: 61, F: nil},
	&snowballRuntime.Among{Str: "kaša", A: -1, B: 62, F: nil},
	&snowballRuntime.Among{Str: "naša", A: -1, B: 60, F: nil},
	&snowballRuntime.Among{Str: "taša", A: -1, B: 59, F: nil},
	&snowballRuntime.Among{Str: "vaša", A: -1, B: 65, F: nil},
	&snowballRuntime.Among{Str: "eša", A: -1, B: 66, F: nil},
	&snowballRuntime.Among{Str: "iša", A: -1, B: 67, F: nil},
	&snowballRuntime.Among{Str: "oša", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "ace", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ece", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "uce", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "luce", A: 448, B: 121, F: nil},
	&snowballRuntime.Among{Str: "astade", A: -1, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istade", A: -1, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostade", A: -1, B: 112, F: nil},
	&snowballRuntime.Among{Str: "ge", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "loge", A: 453, B: 19, F: nil},
	&snowballRuntime.Among{Str: "uge", A: 453, B: 18, F: nil},
	&snowballRuntime.Among{Str: "aje", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "caje", A: 456, B: 26, F: nil},
	&snowballRuntime.Among{Str: "laje", A: 456, B: 30, F: nil},
	&snowballRuntime.Among{Str: "raje", A: 456, B: 31, F: nil},
	&snowballRuntime.Among{Str: "astaje", A: 456, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istaje", A: 456, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostaje", A: 456, B: 108, F: nil},
	&snowballRuntime.Among{Str: "ćaje", A: 456, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čaje", A: 456, B: 27, F: nil},
	&snowballRuntime.Among{Str: "đaje", A: 456, B: 29, F: nil},
	&snowballRuntime.Among{Str: "ije", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "bije", A: 466, B: 32, F: nil},
	&snowballRuntime.Among{Str: "cije", A: 466, B: 33, F: nil},
	&snowballRuntime.Among{Str: "dije", A: 466, B: 34, F: nil},
	&snowballRuntime.Among{Str: "fije", A: 466, B: 40, F: nil},
	&snowballRuntime.Among{Str: "gije", A: 466, B: 39, F: nil},
	&snowballRuntime.Among{Str: "anjije", A: 466, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjije", A: 466, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjije", A: 466, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjije", A: 466, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kije", A: 466, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skije", A: 476, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škije", A: 476, B: 2, F: nil},
	&snowballRuntime.Among{Str: "lije", A: 466, B: 35, F: nil},
	&snowballRuntime.Among{Str: "elije", A: 479, B: 83, F: nil},
	&snowballRuntime.Among{Str: "mije", A: 466, B: 37, F: nil},
	&snowballRuntime.Among{Str: "nije", A: 466, B: 13, F: nil},
	&snowballRuntime.Among{Str: "ganije", A: 482, B: 9, F: nil},
	&snowballRuntime.Among{Str: "manije", A: 482, B: 6, F: nil},
	&snowballRuntime.Among{Str: "panije", A: 482, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ranije", A: 482, B: 8, F: nil},
	&snowballRuntime.Among{Str: "tanije", A: 482, B: 5, F: nil},
	&snowballRuntime.Among{Str: "pije", A: 466, B: 41, F: nil},
	&snowballRuntime.Among{Str: "rije", A: 466, B: 42, F: nil},
	&snowballRuntime.Among{Str: "sije", A: 466, B: 43, F: nil},
	&snowballRuntime.Among{Str: "osije", A: 490, B: 123, F: nil},
	&snowballRuntime.Among{Str: "tije", A: 466, B: 44, F: nil},
	&snowballRuntime.Among{Str: "atije", A: 492, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitije", A: 492, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitije", A: 492, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astije", A: 492, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avije", A: 466, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evije", A: 466, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivije", A: 466, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovije", A: 466, B: 80, F: nil},
	&snowballRuntime.Among{Str: "zije", A: 466, B: 45, F: nil},
	&snowballRuntime.Among{Str: "ošije", A: 466, B: 91, F: nil},
	&snowballRuntime.Among{Str: "žije", A: 466, B: 38, F: nil},
	&snowballRuntime.Among{Str: "anje", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enje", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snje", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnje", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "uje", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "lucuje", A: 508, B: 121, F: nil},
	&snowballRuntime.Among{Str: "iruje", A: 508, B: 100, F: nil},
	&snowballRuntime.Among{Str: "lučuje", A: 508, B: 117, F: nil},
	&snowballRuntime.Among{Str: "ke", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "ske", A: 512, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ške", A: 512, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ale", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acale", A: 515, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajale", A: 515, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajale", A: 515, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajale", A: 515, B: 108, F: nil},
	&snowballRuntime.Among{Str: "ijale", A: 515, B: 47, F: nil},
	&snowballRuntime.Among{Str: "injale", A: 515, B: 114, F: nil},
	&snowballRuntime.Among{Str: "nale", A: 515, B: 46, F: nil},
	&snowballRuntime.Among{Str: "irale", A: 515, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urale", A: 515, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tale", A: 515, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astale", A: 525, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istale", A: 525, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostale", A: 525, B: 112, F: nil},
	&snowballRuntime.Among{Str: "avale", A: 515, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evale", A: 515, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivale", A: 515, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovale", A: 515, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvale", A: 515, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačale", A: 515, B: 102, F: nil},
	&snowballRuntime.Among{Str: "ele", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "ile", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acile", A: 536, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucile", A: 536, B: 121, F: nil},
	&snowballRuntime.Among{Str: "nile", A: 536, B: 103, F: nil},
	&snowballRuntime.Among{Str: "rosile", A: 536, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetile", A: 536, B: 118, F: nil},
	&snowballRuntime.Among{Str: "ozile", A: 536, B: 48, F: nil},
	&snowballRuntime.Among{Str: "ačile", A: 536, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučile", A: 536, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošile", A: 536, B: 90, F: nil},
	&snowballRuntime.Among{Str: "ole", A: -1, B: 50, F: nil},
	&snowballRuntime.Among{Str: "asle", A: -1, B: 115, F: nil},
	&snowballRuntime.Among{Str: "nule", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "rame", A: -1, B: 52, F: nil},
	&snowballRuntime.Among{Str: "leme", A: -1, B: 51, F: nil},
	&snowballRuntime.Among{Str: "acome", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecome", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucome", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "anjome", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjome", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjome", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjome", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kome", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skome", A: 558, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škome", A: 558, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elome", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nome", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "cinome", A: 562, B: 137, F: nil},
	&snowballRuntime.Among{Str: "činome", A: 562, B: 89, F: nil},
	&snowballRuntime.Among{Str: "osome", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atome", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitome", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitome", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astome", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avome", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evome", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivome", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovome", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "aćome", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećome", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućome", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ošome", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "ne", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "ane", A: 578, B: 10, F: nil},
	&snowballRuntime.Among{Str: "acane", A: 579, B: 128, F: nil},
	&snowballRuntime.Among{Str: "urane", A: 579, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tane", A: 579, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astane", A: 582, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istane", A: 582, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostane", A: 582, B: 112, F: nil},
	&snowballRuntime.Among{Str: "avane", A: 579, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evane", A: 579, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivane", A: 579, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvane", A: 579, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačane", A: 579, B: 102, F: nil},
	&snowballRuntime.Among{Str: "acene", A: 578, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucene", A: 578, B: 121, F: nil},
	&snowballRuntime.Among{Str: "ačene", A: 578, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučene", A: 578, B: 117, F: nil},
	&snowballRuntime.Among{Str: "ine", A: 578, B: 11, F: nil},
	&snowballRuntime.Among{Str: "cine", A: 595, B: 137, F: nil},
	&snowballRuntime.Among{Str: "anine", A: 595, B: 10, F: nil},
	&snowballRuntime.Among{Str: "čine", A: 595, B: 89, F: nil},
	&snowballRuntime.Among{Str: "one", A: 578, B: 12, F: nil},
	&snowballRuntime.Among{Str: "are", A: -1, B: 53, F: nil},
	&snowballRuntime.Among{Str: "dre", A: -1, B: 54, F: nil},
	&snowballRuntime.Among{Str: "ere", A: -1, B: 55, F: nil},
	&snowballRuntime.Among{Str: "ore", A: -1, B: 56, F: nil},
	&snowballRuntime.Among{Str: "ase", A: -1, B: 161, F: nil},
	&snowballRuntime.Among{Str: "base", A: 604, B: 135, F: nil},
	&snowballRuntime.Among{Str: "acase", A: 604, B: 128, F: nil},
	&snowballRuntime.Among{Str: "gase", A: 604, B: 131, F: nil},
	&snowballRuntime.Among{Str: "jase", A: 604, B: 129, F: nil},
	&snowballRuntime.Among{Str: "astajase", A: 608, B: 138, F: nil},
	&snowballRuntime.Among{Str: "istajase", A: 608, B: 139, F: nil},
	&snowballRuntime.Among{Str: "ostajase", A: 608, B: 140, F: nil},
	&snowballRuntime.Among{Str: "injase", A: 608, B: 150, F: nil},
	&snowballRuntime.Among{Str: "kase", A: 604, B: 133, F: nil},
	&snowballRuntime.Among{Str: "nase", A: 604, B: 132, F: nil},
	&snowballRuntime.Among{Str: "irase", A: 604, B: 155, F: nil},
	&snowballRuntime.Among{Str: "urase", A: 604, B: 156, F: nil},
	&snowballRuntime.Among{Str: "tase", A: 604, B: 130, F: nil},
	&snowballRuntime.Among{Str: "vase", A: 604, B: 134, F: nil},
	&snowballRuntime.Among{Str: "avase", A: 618, B: 144, F: nil},
	&snowballRuntime.Among{Str: "evase", A: 618, B: 145, F: nil},
	&snowballRuntime.Among{Str: "ivase", A: 618, B: 146, F: nil},
	&snowballRuntime.Among{Str: "ovase", A: 618, B: 148, F: nil},
	&snowballRuntime.Among{Str: "uvase", A: 618, B: 147, F: nil},
	&snowballRuntime.Among{Str: "ese", A: -1, B: 57, F: nil},
	&snowballRuntime.Among{Str: "ise", A: -1, B: 58, F: nil},
	&snowballRuntime.Among{Str: "acise", A: 625, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucise", A: 625, B: 121, F: nil},
	&snowballRuntime.Among{Str: "rosise", A: 625, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetise", A: 625, B: 149, F: nil},
	&snowballRuntime.Among{Str: "ose", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "astadose", A: 630, B: 141, F: nil},
	&snowballRuntime.Among{Str: "istadose", A: 630, B: 142, F: nil},
	&snowballRuntime.Among{Str: "ostadose", A: 630, B: 143, F: nil},
	&snowballRuntime.Among{Str: "ate", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acate", A: 634, B: 128, F: nil},
	&snowballRuntime.Among{Str: "ikate", A: 634, B: 68, F: nil},
	&snowballRuntime.Among{Str: "late", A: 634, B: 69, F: nil},
	&snowballRuntime.Among{Str: "irate", A: 634, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urate", A: 634, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tate", A: 634, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avate", A: 634, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evate", A: 634, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivate", A: 634, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvate", A: 634, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačate", A: 634, B: 102, F: nil},
	&snowballRuntime.Among{Str: "ete", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "astadete", A: 646, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istadete", A: 646, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostadete", A: 646, B: 112, F: nil},
	&snowballRuntime.Among{Str: "astajete", A: 646, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajete", A: 646, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajete", A: 646, B: 108, F: nil},
	&snowballRuntime.Among{Str: "ijete", A: 646, B: 116, F: nil},
	&snowballRuntime.Among{Str: "injete", A: 646, B: 114, F: nil},
	&snowballRuntime.Among{Str: "ujete", A: 646, B: 25, F: nil},
	&snowballRuntime.Among{Str: "lucujete", A: 655, B: 121, F: nil},
	&snowballRuntime.Among{Str: "irujete", A: 655, B: 100, F: nil},
	&snowballRuntime.Among{Str: "lučujete", A: 655, B: 117, F: nil},
	&snowballRuntime.Among{Str: "nete", A: 646, B: 13, F: nil},
	&snowballRuntime.Among{Str: "astanete", A: 659, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istanete", A: 659, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostanete", A: 659, B: 112, F: nil},
	&snowballRuntime.Among{Str: "astete", A: 646, B: 115, F: nil},
	&snowballRuntime.Among{Str: "ite", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acite", A: 664, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucite", A: 664, B: 121, F: nil},
	&snowballRuntime.Among{Str: "nite", A: 664, B: 13, F: nil},
	&snowballRuntime.Among{Str: "astanite", A: 667, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istanite", A: 667, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostanite", A: 667, B: 112, F: nil},
	&snowballRuntime.Among{Str: "rosite", A: 664, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetite", A: 664, B: 118, F: nil},
	&snowballRuntime.Among{Str: "astite", A: 664, B: 115, F: nil},
	&snowballRuntime.Among{Str: "evite", A: 664, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovite", A: 664, B: 93, F: nil},
	&snowballRuntime.Among{Str: "ačite", A: 664, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučite", A: 664, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošite", A: 664, B: 90, F: nil},
	&snowballRuntime.Among{Str: "ajte", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "urajte", A: 679, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tajte", A: 679, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astajte", A: 681, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajte", A: 681, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajte", A: 681, B: 108, F: nil},
	&snowballRuntime.Among{Str: "avajte", A: 679, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evajte", A: 679, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivajte", A: 679, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvajte", A: 679, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ijte", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "lucujte", A: -1, B: 121, F: nil},
	&snowballRuntime.Among{Str: "irujte", A: -1, B: 100, F: nil},
	&snowballRuntime.Among{Str: "lučujte", A: -1, B: 117, F: nil},
	&snowballRuntime.Among{Str: "aste", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "acaste", A: 693, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajaste", A: 693, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajaste", A: 693, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajaste", A: 693, B: 108, F: nil},
	&snowballRuntime.Among{Str: "injaste", A: 693, B: 114, F: nil},
	&snowballRuntime.Among{Str: "iraste", A: 693, B: 100, F: nil},
	&snowballRuntime.Among{Str: "uraste", A: 693, B: 105, F: nil},
	&snowballRuntime.Among{Str: "taste", A: 693, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avaste", A: 693, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evaste", A: 693, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivaste", A: 693, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovaste", A: 693, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvaste", A: 693, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačaste", A: 693, B: 102, F: nil},
	&snowballRuntime.Among{Str: "este", A: -1, B: 71, F: nil},
	&snowballRuntime.Among{Str: "iste", A: -1, B: 72, F: nil},
	&snowballRuntime.Among{Str: "aciste", A: 709, B: 124, F: nil},
	&snowballRuntime.Among{Str: "luciste", A: 709, B: 121, F: nil},
	&snowballRuntime.Among{Str: "niste", A: 709, B: 103, F: nil},
	&snowballRuntime.Among{Str: "rosiste", A: 709, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetiste", A: 709, B: 118, F: nil},
	&snowballRuntime.Among{Str: "ačiste", A: 709, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučiste", A: 709, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošiste", A: 709, B: 90, F: nil},
	&snowballRuntime.Among{Str: "kste", A: -1, B: 73, F: nil},
	&snowballRuntime.Among{Str: "oste", A: -1, B: 74, F: nil},
	&snowballRuntime.Among{Str: "astadoste", A: 719, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istadoste", A: 719, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostadoste", A: 719, B: 112, F: nil},
	&snowballRuntime.Among{Str: "nuste", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "ište", A: -1, B: 75, F: nil},
	&snowballRuntime.Among{Str: "ave", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "eve", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ajeve", A: 726, B: 109, F: nil},
	&snowballRuntime.Among{Str: "cajeve", A: 727, B: 26, F: nil},
	&snowballRuntime.Among{Str: "lajeve", A: 727, B: 30, F: nil},
	&snowballRuntime.Among{Str: "rajeve", A: 727, B: 31, F: nil},
	&snowballRuntime.Among{Str: "ćajeve", A: 727, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čajeve", A: 727, B: 27, F: nil},
	&snowballRuntime.Among{Str: "đajeve", A: 727, B: 29, F: nil},
	&snowballRuntime.Among{Str: "ive", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ove", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "gove", A: 735, B: 20, F: nil},
	&snowballRuntime.Among{Str: "ugove", A: 736, B: 17, F: nil},
	&snowballRuntime.Among{Str: "love", A: 735, B: 82, F: nil},
	&snowballRuntime.Among{Str: "olove", A: 738, B: 49, F: nil},
	&snowballRuntime.Among{Str: "move", A: 735, B: 81, F: nil},
	&snowballRuntime.Among{Str: "onove", A: 735, B: 12, F: nil},
	&snowballRuntime.Among{Str: "aće", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "eće", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "uće", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ače", A: -1, B: 101, F: nil},
	&snowballRuntime.Among{Str: "luče", A: -1, B: 117, F: nil},
	&snowballRuntime.Among{Str: "aše", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "baše", A: 747, B: 63, F: nil},
	&snowballRuntime.Among{Str: "gaše", A: 747, B: 64, F: nil},
	&snowballRuntime.Among{Str: "jaše", A: 747, B: 61, F: nil},
	&snowballRuntime.Among{Str: "astajaše", A: 750, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajaše", A: 750, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajaše", A: 750, B: 108, F: nil},
	&snowballRuntime.Among{Str: "injaše", A: 750, B: 114, F: nil},
	&snowballRuntime.Among{Str: "kaše", A: 747, B: 62, F: nil},
	&snowballRuntime.Among{Str: "naše", A: 747, B: 60, F: nil},
	&snowballRuntime.Among{Str: "iraše", A: 747, B: 100, F: nil},
	&snowballRuntime.Among{Str: "uraše", A: 747, B: 105, F: nil},
	&snowballRuntime.Among{Str: "taše", A: 747, B: 59, F: nil},
	&snowballRuntime.Among{Str: "vaše", A: 747, B: 65, F: nil},
	&snowballRuntime.Among{Str: "avaše", A: 760, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evaše", A: 760, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivaše", A: 760, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovaše", A: 760, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvaše", A: 760, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačaše", A: 747, B: 102, F: nil},
	&snowballRuntime.Among{Str: "eše", A: -1, B: 66, F: nil},
	&snowballRuntime.Among{Str: "iše", A: -1, B: 67, F: nil},
	&snowballRuntime.Among{Str: "jetiše", A: 768, B: 118, F: nil},
	&snowballRuntime.Among{Str: "ačiše", A: 768, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučiše", A: 768, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošiše", A: 768, B: 90, F: nil},
	&snowballRuntime.Among{Str: "oše", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "astadoše", A: 773, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istadoše", A: 773, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostadoše", A: 773, B: 112, F: nil},
	&snowballRuntime.Among{Str: "aceg", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "eceg", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "uceg", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "anjijeg", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjijeg", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjijeg", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjijeg", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kijeg", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skijeg", A: 784, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škijeg", A: 784, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elijeg", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nijeg", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "osijeg", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atijeg", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitijeg", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitijeg", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astijeg", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avijeg", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evijeg", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivijeg", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovijeg", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "ošijeg", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "anjeg", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjeg", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjeg", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjeg", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "keg", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "eleg", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "neg", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "aneg", A: 805, B: 10, F: nil},
	&snowballRuntime.Among{Str: "eneg", A: 805, B: 87, F: nil},
	&snowballRuntime.Among{Str: "sneg", A: 805, B: 159, F: nil},
	&snowballRuntime.Among{Str: "šneg", A: 805, B: 88, F: nil},
	&snowballRuntime.Among{Str: "oseg", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "ateg", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "aveg", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "eveg", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "iveg", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "oveg", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "aćeg", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećeg", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućeg", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ošeg", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "acog", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecog", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucog", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "anjog", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjog", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjog", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjog", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kog", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skog", A: 827, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škog", A: 827, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elog", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nog", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "cinog", A: 831, B: 137, F: nil},
	&snowballRuntime.Among{Str: "činog", A: 831, B: 89, F: nil},
	&snowballRuntime.Among{Str: "osog", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atog", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitog", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitog", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astog", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avog", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evog", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivog", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovog", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "aćog", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećog", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućog", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ošog", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "ah", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acah", A: 847, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajah", A: 847, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajah", A: 847, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajah", A: 847, B: 108, F: nil},
	&snowballRuntime.Among{Str: "injah", A: 847, B: 114, F: nil},
	&snowballRuntime.Among{Str: "irah", A: 847, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urah", A: 847, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tah", A: 847, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avah", A: 847, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evah", A: 847, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivah", A: 847, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovah", A: 847, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvah", A: 847, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačah", A: 847, B: 102, F: nil},
	&snowballRuntime.Among{Str: "ih", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acih", A: 862, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecih", A: 862, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucih", A: 862, B: 126, F: nil},
	&snowballRuntime.Among{Str: "lucih", A: 865, B: 121, F: nil},
	&snowballRuntime.Among{Str: "anjijih", A: 862, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjijih", A: 862, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjijih", A: 862, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjijih", A: 862, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kijih", A: 862, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skijih", A: 871, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škijih", A: 871, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elijih", A: 862, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nijih", A: 862, B: 13, F: nil},
	&snowballRuntime.Among{Str: "osijih", A: 862, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atijih", A: 862, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitijih", A: 862, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitijih", A: 862, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astijih", A: 862, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avijih", A: 862, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evijih", A: 862, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivijih", A: 862, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovijih", A: 862, B: 80, F: nil},
	&snowballRuntime.Among{Str: "ošijih", A: 862, B: 91, F: nil},
	&snowballRuntime.Among{Str: "anjih", A: 862, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjih", A: 862, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjih", A: 862, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjih", A: 862, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kih", A: 862, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skih", A: 890, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ških", A: 890, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elih", A: 862, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nih", A: 862, B: 13, F: nil},
	&snowballRuntime.Among{Str: "cinih", A: 894, B: 137, F: nil},
	&snowballRuntime.Among{Str: "činih", A: 894, B: 89, F: nil},
	&snowballRuntime.Among{Str: "osih", A: 862, B: 123, F: nil},
	&snowballRuntime.Among{Str: "rosih", A: 897, B: 127, F: nil},
	&snowballRuntime.Among{Str: "atih", A: 862, B: 120, F: nil},
	&snowballRuntime.Among{Str: "jetih", A: 862, B: 118, F: nil},
	&snowballRuntime.Among{Str: "evitih", A: 862, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitih", A: 862, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astih", A: 862, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avih", A: 862, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evih", A: 862, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivih", A: 862, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovih", A: 862, B: 80, F: nil},
	&snowballRuntime.Among{Str: "aćih", A: 862, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećih", A: 862, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućih", A: 862, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ačih", A: 862, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučih", A: 862, B: 117, F: nil},
	&snowballRuntime.Among{Str: "oših", A: 862, B: 91, F: nil},
	&snowballRuntime.Among{Str: "roših", A: 913, B: 90, F: nil},
	&snowballRuntime.Among{Str: "astadoh", A: -1, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istadoh", A: -1, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostadoh", A: -1, B: 112, F: nil},
	&snowballRuntime.Among{Str: "acuh", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecuh", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucuh", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "aćuh", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećuh", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućuh", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "aci", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "aceci", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ieci", A: -1, B: 162, F: nil},
	&snowballRuntime.Among{Str: "ajuci", A: -1, B: 161, F: nil},
	&snowballRuntime.Among{Str: "irajuci", A: 927, B: 155, F: nil},
	&snowballRuntime.Among{Str: "urajuci", A: 927, B: 156, F: nil},
	&snowballRuntime.Among{Str: "astajuci", A: 927, B: 138, F: nil},
	&snowballRuntime.Among{Str: "istajuci", A: 927, B: 139, F: nil},
	&snowballRuntime.Among{Str: "ostajuci", A: 927, B: 140, F: nil},
	&snowballRuntime.Among{Str: "avajuci", A: 927, B: 144, F: nil},
	&snowballRuntime.Among{Str: "evajuci", A: 927, B: 145, F: nil},
	&snowballRuntime.Among{Str: "ivajuci", A: 927, B: 146, F: nil},
	&snowballRuntime.Among{Str: "uvajuci", A: 927, B: 147, F: nil},
	&snowballRuntime.Among{Str: "ujuci", A: -1, B: 157, F: nil},
	&snowballRuntime.Among{Str: "lucujuci", A: 937, B: 121, F: nil},
	&snowballRuntime.Among{Str: "irujuci", A: 937, B: 155, F: nil},
	&snowballRuntime.Among{Str: "luci", A: -1, B: 121, F: nil},
	&snowballRuntime.Among{Str: "nuci", A: -1, B: 164, F: nil},
	&snowballRuntime.Among{Str: "etuci", A: -1, B: 153, F: nil},
	&snowballRuntime.Among{Str: "astuci", A: -1, B: 136, F: nil},
	&snowballRuntime.Among{Str: "gi", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "ugi", A: 944, B: 18, F: nil},
	&snowballRuntime.Among{Str: "aji", A: -1, B: 109, F: nil},
	&snowballRuntime.Among{Str: "caji", A: 946, B: 26, F: nil},
	&snowballRuntime.Among{Str: "laji", A: 946, B: 30, F: nil},
	&snowballRuntime.Among{Str: "raji", A: 946, B: 31, F: nil},
	&snowballRuntime.Among{Str: "ćaji", A: 946, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čaji", A: 946, B: 27, F: nil},
	&snowballRuntime.Among{Str: "đaji", A: 946, B: 29, F: nil},
	&snowballRuntime.Among{Str: "biji", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "ciji", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "diji", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "fiji", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "giji", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "anjiji", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjiji", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjiji", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjiji", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kiji", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skiji", A: 962, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škiji", A: 962, B: 2, F: nil},
	&snowballRuntime.Among{Str: "liji", A: -1, B: 35, F: nil},
	&snowballRuntime.Among{Str: "eliji", A: 965, B: 83, F: nil},
	&snowballRuntime.Among{Str: "miji", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "niji", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "ganiji", A: 968, B: 9, F: nil},
	&snowballRuntime.Among{Str: "maniji", A: 968, B: 6, F: nil},
	&snowballRuntime.Among{Str: "paniji", A: 968, B: 7, F: nil},
	&snowballRuntime.Among{Str: "raniji", A: 968, B: 8, F: nil},
	&snowballRuntime.Among{Str: "taniji", A: 968, B: 5, F: nil},
	&snowballRuntime.Among{Str: "piji", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "riji", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "siji", A: -1, B: 43, F: nil},
	&snowballRuntime.Among{Str: "osiji", A: 976, B: 123, F: nil},
	&snowballRuntime.Among{Str: "tiji", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "atiji", A: 978, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitiji", A: 978, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitiji", A: 978, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astiji", A: 978, B: 94, F: nil},
	&snowballRuntime.Among{Str: "aviji", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "eviji", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "iviji", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "oviji", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "ziji", A: -1, B: 45, F: nil},
	&snowballRuntime.Among{Str: "ošiji", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "žiji", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "anji", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enji", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snji", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnji", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "ki", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "ski", A: 994, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ški", A: 994, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ali", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acali", A: 997, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajali", A: 997, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajali", A: 997, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajali", A: 997, B: 108, F: nil},
	&snowballRuntime.Among{Str: "ijali", A: 997, B: 47, F: nil},
	&snowballRuntime.Among{Str: "injali", A: 997, B: 114, F: nil},
	&snowballRuntime.Among{Str: "nali", A: 997, B: 46, F: nil},
	&snowballRuntime.Among{Str: "irali", A: 997, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urali", A: 997, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tali", A: 997, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astali", A: 1007, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istali", A: 1007, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostali", A: 1007, B: 112, F: nil},
	&snowballRuntime.Among{Str: "avali", A: 997, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evali", A: 997, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivali", A: 997, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovali", A: 997, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvali", A: 997, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačali", A: 997, B: 102, F: nil},
	&snowballRuntime.Among{Str: "eli", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "ili", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acili", A: 1018, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucili", A: 1018, B: 121, F: nil},
	&snowballRuntime.Among{Str: "nili", A: 1018, B: 103, F: nil},
	&snowballRuntime.Among{Str: "rosili", A: 1018, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetili", A: 1018, B: 118, F: nil},
	&snowballRuntime.Among{Str: "ozili", A: 1018, B: 48, F: nil},
	&snowballRuntime.Among{Str: "ačili", A: 1018, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučili", A: 1018, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošili", A: 1018, B: 90, F: nil},
	&snowballRuntime.Among{Str: "oli", A: -1, B: 50, F: nil},
	&snowballRuntime.Among{Str: "asli", A: -1, B: 115, F: nil},
	&snowballRuntime.Among{Str: "nuli", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "rami", A: -1, B: 52, F: nil},
	&snowballRuntime.Among{Str: "lemi", A: -1, B: 51, F: nil},
	&snowballRuntime.Among{Str: "ni", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "ani", A: 1033, B: 10, F: nil},
	&snowballRuntime.Among{Str: "acani", A: 1034, B: 128, F: nil},
	&snowballRuntime.Among{Str: "urani", A: 1034, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tani", A: 1034, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avani", A: 1034, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evani", A: 1034, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivani", A: 1034, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvani", A: 1034, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačani", A: 1034, B: 102, F: nil},
	&snowballRuntime.Among{Str: "aceni", A: 1033, B: 124, F: nil},
	&snowballRuntime.Among{Str: "luceni", A: 1033, B: 121, F: nil},
	&snowballRuntime.Among{Str: "ačeni", A: 1033, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučeni", A: 1033, B: 117, F: nil},
	&snowballRuntime.Among{Str: "ini", A: 1033, B: 11, F: nil},
	&snowballRuntime.Among{Str: "cini", A: 1047, B: 137, F: nil},
	&snowballRuntime.Among{Str: "čini", A: 1047, B: 89, F: nil},
	&snowballRuntime.Among{Str: "oni", A: 1033, B: 12, F: nil},
	&snowballRuntime.Among{Str: "ari", A: -1, B: 53, F: nil},
	&snowballRuntime.Among{Str: "dri", A: -1, B: 54, F: nil},
	&snowballRuntime.Among{Str: "eri", A: -1, B: 55, F: nil},
	&snowballRuntime.Among{Str: "ori", A: -1, B: 56, F: nil},
	&snowballRuntime.Among{Str: "basi", A: -1, B: 135, F: nil},
	&snowballRuntime.Among{Str: "gasi", A: -1, B: 131, F: nil},
	&snowballRuntime.Among{Str: "jasi", A: -1, B: 129, F: nil},
	&snowballRuntime.Among{Str: "kasi", A: -1, B: 133, F: nil},
	&snowballRuntime.Among{Str: "nasi", A: -1, B: 132, F: nil},
	&snowballRuntime.Among{Str: "tasi", A: -1, B: 130, F: nil},
	&snowballRuntime.Among{Str: "vasi", A: -1, B: 134, F: nil},
	&snowballRuntime.Among{Str: "esi", A: -1, B: 152, F: nil},
	&snowballRuntime.Among{Str: "isi", A: -1, B: 154, F: nil},
	&snowballRuntime.Among{Str: "osi", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "avsi", A: -1, B: 161, F: nil},
	&snowballRuntime.Among{Str: "acavsi", A: 1065, B: 128, F: nil},
	&snowballRuntime.Among{Str: "iravsi", A: 1065, B: 155, F: nil},
	&snowballRuntime.Among{Str: "tavsi", A: 1065, B: 160, F: nil},
	&snowballRuntime.Among{Str: "etavsi", A: 1068, B: 153, F: nil},
	&snowballRuntime.Among{Str: "astavsi", A: 1068, B: 141, F: nil},
	&snowballRuntime.Among{Str: "istavsi", A: 1068, B: 142, F: nil},
	&snowballRuntime.Among{Str: "ostavsi", A: 1068, B: 143, F: nil},
	&snowballRuntime.Among{Str: "ivsi", A: -1, B: 162, F: nil},
	&snowballRuntime.Among{Str: "nivsi", A: 1073, B: 158, F: nil},
	&snowballRuntime.Among{Str: "rosivsi", A: 1073, B: 127, F: nil},
	&snowballRuntime.Among{Str: "nuvsi", A: -1, B: 164, F: nil},
	&snowballRuntime.Among{Str: "ati", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acati", A: 1077, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajati", A: 1077, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajati", A: 1077, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajati", A: 1077, B: 108, F: nil},
	&snowballRuntime.Among{Str: "injati", A: 1077, B: 114, F: nil},
	&snowballRuntime.Among{Str: "ikati", A: 1077, B: 68, F: nil},
	&snowballRuntime.Among{Str: "lati", A: 1077, B: 69, F: nil},
	&snowballRuntime.Among{Str: "irati", A: 1077, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urati", A: 1077, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tati", A: 1077, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astati", A: 1087, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istati", A: 1087, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostati", A: 1087, B: 112, F: nil},
	&snowballRuntime.Among{Str: "avati", A: 1077, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evati", A: 1077, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivati", A: 1077, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovati", A: 1077, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvati", A: 1077, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačati", A: 1077, B: 102, F: nil},
	&snowballRuntime.Among{Str: "eti", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "iti", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "aciti", A: 1098, B: 124, F: nil},
	&snowballRuntime.Among{Str: "luciti", A: 1098, B: 121, F: nil},
	&snowballRuntime.Among{Str: "niti", A: 1098, B: 103, F: nil},
	&snowballRuntime.Among{Str: "rositi", A: 1098, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetiti", A: 1098, B: 118, F: nil},
	&snowballRuntime.Among{Str: "eviti", A: 1098, B: 92, F: nil},
	&snowballRuntime.Among{Str: "oviti", A: 1098, B: 93, F: nil},
	&snowballRuntime.Among{Str: "ačiti", A: 1098, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučiti", A: 1098, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošiti", A: 1098, B: 90, F: nil},
	&snowballRuntime.Among{Str: "asti", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "esti", A: -1, B: 71, F: nil},
	&snowballRuntime.Among{Str: "isti", A: -1, B: 72, F: nil},
	&snowballRuntime.Among{Str: "ksti", A: -1, B: 73, F: nil},
	&snowballRuntime.Among{Str: "osti", A: -1, B: 74, F: nil},
	&snowballRuntime.Among{Str: "nuti", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "avi", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evi", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ajevi", A: 1116, B: 109, F: nil},
	&snowballRuntime.Among{Str: "cajevi", A: 1117, B: 26, F: nil},
	&snowballRuntime.Among{Str: "lajevi", A: 1117, B: 30, F: nil},
	&snowballRuntime.Among{Str: "rajevi", A: 1117, B: 31, F: nil},
	&snowballRuntime.Among{Str: "ćajevi", A: 1117, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čajevi", A: 1117, B: 27, F: nil},
	&snowballRuntime.Among{Str: "đajevi", A: 1117, B: 29, F: nil},
	&snowballRuntime.Among{Str: "ivi", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovi", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "govi", A: 1125, B: 20, F: nil},
	&snowballRuntime.Among{Str: "ugovi", A: 1126, B: 17, F: nil},
	&snowballRuntime.Among{Str: "lovi", A: 1125, B: 82, F: nil},
	&snowballRuntime.Among{Str: "olovi", A: 1128, B: 49, F: nil},
	&snowballRuntime.Among{Str: "movi", A: 1125, B: 81, F: nil},
	&snowballRuntime.Among{Str: "onovi", A: 1125, B: 12, F: nil},
	&snowballRuntime.Among{Str: "ieći", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "ačeći", A: -1, B: 101, F: nil},
	&snowballRuntime.Among{Str: "ajući", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "irajući", A: 1134, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urajući", A: 1134, B: 105, F: nil},
	&snowballRuntime.Among{Str: "astajući", A: 1134, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajući", A: 1134, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajući", A: 1134, B: 108, F: nil},
	&snowballRuntime.Among{Str: "avajući", A: 1134, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evajući", A: 1134, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivajući", A: 1134, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvajući", A: 1134, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ujući", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "irujući", A: 1144, B: 100, F: nil},
	&snowballRuntime.Among{Str: "lučujući", A: 1144, B: 117, F: nil},
	&snowballRuntime.Among{Str: "nući", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "etući", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "astući", A: -1, B: 115, F: nil},
	&snowballRuntime.Among{Str: "ači", A: -1, B: 101, F: nil},
	&snowballRuntime.Among{Str: "luči", A: -1, B: 117, F: nil},
	&snowballRuntime.Among{Str: "baši", A: -1, B: 63, F: nil},
	&snowballRuntime.Among{Str: "gaši", A: -1, B: 64, F: nil},
	&snowballRuntime.Among{Str: "jaši", A: -1, B: 61, F: nil},
	&snowballRuntime.Among{Str: "kaši", A: -1, B: 62, F: nil},
	&snowballRuntime.Among{Str: "naši", A: -1, B: 60, F: nil},
	&snowballRuntime.Among{Str: "taši", A: -1, B: 59, F: nil},
	&snowballRuntime.Among{Str: "vaši", A: -1, B: 65, F: nil},
	&snowballRuntime.Among{Str: "eši", A: -1, B: 66, F: nil},
	&snowballRuntime.Among{Str: "iši", A: -1, B: 67, F: nil},
	&snowballRuntime.Among{Str: "oši", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "avši", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "iravši", A: 1162, B: 100, F: nil},
	&snowballRuntime.Among{Str: "tavši", A: 1162, B: 113, F: nil},
	&snowballRuntime.Among{Str: "etavši", A: 1164, B: 70, F: nil},
	&snowballRuntime.Among{Str: "astavši", A: 1164, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istavši", A: 1164, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostavši", A: 1164, B: 112, F: nil},
	&snowballRuntime.Among{Str: "ačavši", A: 1162, B: 102, F: nil},
	&snowballRuntime.Among{Str: "ivši", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "nivši", A: 1170, B: 103, F: nil},
	&snowballRuntime.Among{Str: "rošivši", A: 1170, B: 90, F: nil},
	&snowballRuntime.Among{Str: "nuvši", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "aj", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "uraj", A: 1174, B: 105, F: nil},
	&snowballRuntime.Among{Str: "taj", A: 1174, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avaj", A: 1174, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evaj", A: 1174, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivaj", A: 1174, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvaj", A: 1174, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ij", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acoj", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecoj", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucoj", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "anjijoj", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjijoj", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjijoj", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjijoj", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kijoj", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skijoj", A: 1189, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škijoj", A: 1189, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elijoj", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nijoj", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "osijoj", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "evitijoj", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitijoj", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astijoj", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avijoj", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evijoj", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivijoj", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovijoj", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "ošijoj", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "anjoj", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjoj", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjoj", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjoj", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "koj", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skoj", A: 1207, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škoj", A: 1207, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aloj", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "eloj", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "noj", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "cinoj", A: 1212, B: 137, F: nil},
	&snowballRuntime.Among{Str: "činoj", A: 1212, B: 89, F: nil},
	&snowballRuntime.Among{Str: "osoj", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atoj", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitoj", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitoj", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astoj", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avoj", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evoj", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivoj", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovoj", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "aćoj", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećoj", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućoj", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ošoj", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "lucuj", A: -1, B: 121, F: nil},
	&snowballRuntime.Among{Str: "iruj", A: -1, B: 100, F: nil},
	&snowballRuntime.Among{Str: "lučuj", A: -1, B: 117, F: nil},
	&snowballRuntime.Among{Str: "al", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "iral", A: 1231, B: 100, F: nil},
	&snowballRuntime.Among{Str: "ural", A: 1231, B: 105, F: nil},
	&snowballRuntime.Among{Str: "el", A: -1, B: 119, F: nil},
	&snowballRuntime.Among{Str: "il", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "am", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acam", A: 1236, B: 128, F: nil},
	&snowballRuntime.Among{Str: "iram", A: 1236, B: 100, F: nil},
	&snowballRuntime.Among{Str: "uram", A: 1236, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tam", A: 1236, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avam", A: 1236, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evam", A: 1236, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivam", A: 1236, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvam", A: 1236, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačam", A: 1236, B: 102, F: nil},
	&snowballRuntime.Among{Str: "em", A: -1, B: 119, F: nil},
	&snowballRuntime.Among{Str: "acem", A: 1246, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecem", A: 1246, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucem", A: 1246, B: 126, F: nil},
	&snowballRuntime.Among{Str: "astadem", A: 1246, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istadem", A: 1246, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostadem", A: 1246, B: 112, F: nil},
	&snowballRuntime.Among{Str: "ajem", A: 1246, B: 104, F: nil},
	&snowballRuntime.Among{Str: "cajem", A: 1253, B: 26, F: nil},
	&snowballRuntime.Among{Str: "lajem", A: 1253, B: 30, F: nil},
	&snowballRuntime.Among{Str: "rajem", A: 1253, B: 31, F: nil},
	&snowballRuntime.Among{Str: "astajem", A: 1253, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajem", A: 1253, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajem", A: 1253, B: 108, F: nil},
	&snowballRuntime.Among{Str: "ćajem", A: 1253, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čajem", A: 1253, B: 27, F: nil},
	&snowballRuntime.Among{Str: "đajem", A: 1253, B: 29, F: nil},
	&snowballRuntime.Among{Str: "ijem", A: 1246, B: 116, F: nil},
	&snowballRuntime.Among{Str: "anjijem", A: 1263, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjijem", A: 1263, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjijem", A: 1263, B: 123, F: nil},
	&snowballRuntime.Among{Str: "šnjijem", A: 1263, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kijem", A: 1263, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skijem", A: 1268, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škijem", A: 1268, B: 2, F: nil},
	&snowballRuntime.Among{Str: "lijem", A: 1263, B: 24, F: nil},
	&snowballRuntime.Among{Str: "elijem", A: 1271, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nijem", A: 1263, B: 13, F: nil},
	&snowballRuntime.Among{Str: "rarijem", A: 1263, B: 21, F: nil},
	&snowballRuntime.Among{Str: "sijem", A: 1263, B: 23, F: nil},
	&snowballRuntime.Among{Str: "osijem", A: 1275, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atijem", A: 1263, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitijem", A: 1263, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitijem", A: 1263, B: 93, F: nil},
	&snowballRuntime.Among{Str: "otijem", A: 1263, B: 22, F: nil},
	&snowballRuntime.Among{Str: "astijem", A: 1263, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avijem", A: 1263, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evijem", A: 1263, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivijem", A: 1263, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovijem", A: 1263, B: 80, F: nil},
	&snowballRuntime.Among{Str: "ošijem", A: 1263, B: 91, F: nil},
	&snowballRuntime.Among{Str: "anjem", A: 1246, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjem", A: 1246, B: 85, F: nil},
	&snowballRuntime.Among{Str: "injem", A: 1246, B: 114, F: nil},
	&snowballRuntime.Among{Str: "snjem", A: 1246, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjem", A: 1246, B: 86, F: nil},
	&snowballRuntime.Among{Str: "ujem", A: 1246, B: 25, F: nil},
	&snowballRuntime.Among{Str: "lucujem", A: 1292, B: 121, F: nil},
	&snowballRuntime.Among{Str: "irujem", A: 1292, B: 100, F: nil},
	&snowballRuntime.Among{Str: "lučujem", A: 1292, B: 117, F: nil},
	&snowballRuntime.Among{Str: "kem", A: 1246, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skem", A: 1296, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škem", A: 1296, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elem", A: 1246, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nem", A: 1246, B: 13, F: nil},
	&snowballRuntime.Among{Str: "anem", A: 1300, B: 10, F: nil},
	&snowballRuntime.Among{Str: "astanem", A: 1301, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istanem", A: 1301, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostanem", A: 1301, B: 112, F: nil},
	&snowballRuntime.Among{Str: "enem", A: 1300, B: 87, F: nil},
	&snowballRuntime.Among{Str: "snem", A: 1300, B: 159, F: nil},
	&snowballRuntime.Among{Str: "šnem", A: 1300, B: 88, F: nil},
	&snowballRuntime.Among{Str: "basem", A: 1246, B: 135, F: nil},
	&snowballRuntime.Among{Str: "gasem", A: 1246, B: 131, F: nil},
	&snowballRuntime.Among{Str: "jasem", A: 1246, B: 129, F: nil},
	&snowballRuntime.Among{Str: "kasem", A: 1246, B: 133, F: nil},
	&snowballRuntime.Among{Str: "nasem", A: 1246, B: 132, F: nil},
	&snowballRuntime.Among{Str: "tasem", A: 1246, B: 130, F: nil},
	&snowballRuntime.Among{Str: "vasem", A: 1246, B: 134, F: nil},
	&snowballRuntime.Among{Str: "esem", A: 1246, B: 152, F: nil},
	&snowballRuntime.Among{Str: "isem", A: 1246, B: 154, F: nil},
	&snowballRuntime.Among{Str: "osem", A: 1246, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atem", A: 1246, B: 120, F: nil},
	&snowballRuntime.Among{Str: "etem", A: 1246, B: 70, F: nil},
	&snowballRuntime.Among{Str: "evitem", A: 1246, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitem", A: 1246, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astem", A: 1246, B: 94, F: nil},
	&snowballRuntime.Among{Str: "istem", A: 1246, B: 151, F: nil},
	&snowballRuntime.Among{Str: "ištem", A: 1246, B: 75, F: nil},
	&snowballRuntime.Among{Str: "avem", A: 1246, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evem", A: 1246, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivem", A: 1246, B: 79, F: nil},
	&snowballRuntime.Among{Str: "aćem", A: 1246, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećem", A: 1246, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućem", A: 1246, B: 16, F: nil},
	&snowballRuntime.Among{Str: "bašem", A: 1246, B: 63, F: nil},
	&snowballRuntime.Among{Str: "gašem", A: 1246, B: 64, F: nil},
	&snowballRuntime.Among{Str: "jašem", A: 1246, B: 61, F: nil},
	&snowballRuntime.Among{Str: "kašem", A: 1246, B: 62, F: nil},
	&snowballRuntime.Among{Str: "našem", A: 1246, B: 60, F: nil},
	&snowballRuntime.Among{Str: "tašem", A: 1246, B: 59, F: nil},
	&snowballRuntime.Among{Str: "vašem", A: 1246, B: 65, F: nil},
	&snowballRuntime.Among{Str: "ešem", A: 1246, B: 66, F: nil},
	&snowballRuntime.Among{Str: "išem", A: 1246, B: 67, F: nil},
	&snowballRuntime.Among{Str: "ošem", A: 1246, B: 91, F: nil},
	&snowballRuntime.Among{Str: "im", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acim", A: 1341, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecim", A: 1341, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucim", A: 1341, B: 126, F: nil},
	&snowballRuntime.Among{Str: "lucim", A: 1344, B: 121, F: nil},
	&snowballRuntime.Among{Str: "anjijim", A: 1341, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjijim", A: 1341, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjijim", A: 1341, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjijim", A: 1341, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kijim", A: 1341, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skijim", A: 1350, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škijim", A: 1350, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elijim", A: 1341, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nijim", A: 1341, B: 13, F: nil},
	&snowballRuntime.Among{Str: "osijim", A: 1341, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atijim", A: 1341, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitijim", A: 1341, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitijim", A: 1341, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astijim", A: 1341, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avijim", A: 1341, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evijim", A: 1341, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivijim", A: 1341, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovijim", A: 1341, B: 80, F: nil},
	&snowballRuntime.Among{Str: "ošijim", A: 1341, B: 91, F: nil},
	&snowballRuntime.Among{Str: "anjim", A: 1341, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjim", A: 1341, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjim", A: 1341, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjim", A: 1341, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kim", A: 1341, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skim", A: 1369, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škim", A: 1369, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elim", A: 1341, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nim", A: 1341, B: 13, F: nil},
	&snowballRuntime.Among{Str: "cinim", A: 1373, B: 137, F: nil},
	&snowballRuntime.Among{Str: "činim", A: 1373, B: 89, F: nil},
	&snowballRuntime.Among{Str: "osim", A: 1341, B: 123, F: nil},
	&snowballRuntime.Among{Str: "rosim", A: 1376, B: 127, F: nil},
	&snowballRuntime.Among{Str: "atim", A: 1341, B: 120, F: nil},
	&snowballRuntime.Among{Str: "jetim", A: 1341, B: 118, F: nil},
	&snowballRuntime.Among{Str: "evitim", A: 1341, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitim", A: 1341, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astim", A: 1341, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avim", A: 1341, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evim", A: 1341, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivim", A: 1341, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovim", A: 1341, B: 80, F: nil},
	&snowballRuntime.Among{Str: "aćim", A: 1341, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećim", A: 1341, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućim", A: 1341, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ačim", A: 1341, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučim", A: 1341, B: 117, F: nil},
	&snowballRuntime.Among{Str: "ošim", A: 1341, B: 91, F: nil},
	&snowballRuntime.Among{Str: "rošim", A: 1392, B: 90, F: nil},
	&snowballRuntime.Among{Str: "acom", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecom", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucom", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "gom", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "logom", A: 1397, B: 19, F: nil},
	&snowballRuntime.Among{Str: "ugom", A: 1397, B: 18, F: nil},
	&snowballRuntime.Among{Str: "bijom", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "cijom", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "dijom", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "fijom", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "gijom", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "lijom", A: -1, B: 35, F: nil},
	&snowballRuntime.Among{Str: "mijom", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "nijom", A: -1, B: 36, F: nil},
	&snowballRuntime.Among{Str: "ganijom", A: 1407, B: 9, F: nil},
	&snowballRuntime.Among{Str: "manijom", A: 1407, B: 6, F: nil},
	&snowballRuntime.Among{Str: "panijom", A: 1407, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ranijom", A: 1407, B: 8, F: nil},
	&snowballRuntime.Among{Str: "tanijom", A: 1407, B: 5, F: nil},
	&snowballRuntime.Among{Str: "pijom", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "rijom", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "sijom", A: -1, B: 43, F: nil},
	&snowballRuntime.Among{Str: "tijom", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "zijom", A: -1, B: 45, F: nil},
	&snowballRuntime.Among{Str: "žijom", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "anjom", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjom", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjom", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjom", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kom", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skom", A: 1423, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škom", A: 1423, B: 2, F: nil},
	&snowballRuntime.Among{Str: "alom", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "ijalom", A: 1426, B: 47, F: nil},
	&snowballRuntime.Among{Str: "nalom", A: 1426, B: 46, F: nil},
	&snowballRuntime.Among{Str: "elom", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "ilom", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "ozilom", A: 1430, B: 48, F: nil},
	&snowballRuntime.Among{Str: "olom", A: -1, B: 50, F: nil},
	&snowballRuntime.Among{Str: "ramom", A: -1, B: 52, F: nil},
	&snowballRuntime.Among{Str: "lemom", A: -1, B: 51, F: nil},
	&snowballRuntime.Among{Str: "nom", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "anom", A: 1435, B: 10, F: nil},
	&snowballRuntime.Among{Str: "inom", A: 1435, B: 11, F: nil},
	&snowballRuntime.Among{Str: "cinom", A: 1437, B: 137, F: nil},
	&snowballRuntime.Among{Str: "aninom", A: 1437, B: 10, F: nil},
	&snowballRuntime.Among{Str: "činom", A: 1437, B: 89, F: nil},
	&snowballRuntime.Among{Str: "onom", A: 1435, B: 12, F: nil},
	&snowballRuntime.Among{Str: "arom", A: -1, B: 53, F: nil},
	&snowballRuntime.Among{Str: "drom", A: -1, B: 54, F: nil},
	&snowballRuntime.Among{Str: "erom", A: -1, B: 55, F: nil},
	&snowballRuntime.Among{Str: "orom", A: -1, B: 56, F: nil},
	&snowballRuntime.Among{Str: "basom", A: -1, B: 135, F: nil},
	&snowballRuntime.Among{Str: "gasom", A: -1, B: 131, F: nil},
	&snowballRuntime.Among{Str: "jasom", A: -1, B: 129, F: nil},
	&snowballRuntime.Among{Str: "kasom", A: -1, B: 133, F: nil},
	&snowballRuntime.Among{Str: "nasom", A: -1, B: 132, F: nil},
	&snowballRuntime.Among{Str: "tasom", A: -1, B: 130, F: nil},
	&snowballRuntime.Among{Str: "vasom", A: -1, B: 134, F: nil},
	&snowballRuntime.Among{Str: "esom", A: -1, B: 57, F: nil},
	&snowballRuntime.Among{Str: "isom", A: -1, B: 58, F: nil},
	&snowballRuntime.Among{Str: "osom", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atom", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "ikatom", A: 1456, B: 68, F: nil},
	&snowballRuntime.Among{Str: "latom", A: 1456, B: 69, F: nil},
	&snowballRuntime.Among{Str: "etom", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "evitom", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitom", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astom", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "estom", A: -1, B: 71, F: nil},
	&snowballRuntime.Among{Str: "istom", A: -1, B: 72, F: nil},
	&snowballRuntime.Among{Str: "kstom", A: -1, B: 73, F: nil},
	&snowballRuntime.Among{Str: "ostom", A: -1, B: 74, F: nil},
	&snowballRuntime.Among{Str: "avom", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evom", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivom", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovom", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "lovom", A: 1470, B: 82, F: nil},
	&snowballRuntime.Among{Str: "movom", A: 1470, B: 81, F: nil},
	&snowballRuntime.Among{Str: "stvom", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "štvom", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "aćom", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećom", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućom", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "bašom", A: -1, B: 63, F: nil},
	&snowballRuntime.Among{Str: "gašom", A: -1, B: 64, F: nil},
	&snowballRuntime.Among{Str: "jašom", A: -1, B: 61, F: nil},
	&snowballRuntime.Among{Str: "kašom", A: -1, B: 62, F: nil},
	&snowballRuntime.Among{Str: "našom", A: -1, B: 60, F: nil},
	&snowballRuntime.Among{Str: "tašom", A: -1, B: 59, F: nil},
	&snowballRuntime.Among{Str: "vašom", A: -1, B: 65, F: nil},
	&snowballRuntime.Among{Str: "ešom", A: -1, B: 66, F: nil},
	&snowballRuntime.Among{Str: "išom", A: -1, B: 67, F: nil},
	&snowballRuntime.Among{Str: "ošom", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "an", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acan", A: 1488, B: 128, F: nil},
	&snowballRuntime.Among{Str: "iran", A: 1488, B: 100, F: nil},
	&snowballRuntime.Among{Str: "uran", A: 1488, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tan", A: 1488, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avan", A: 1488, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evan", A: 1488, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivan", A: 1488, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvan", A: 1488, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačan", A: 1488, B: 102, F: nil},
	&snowballRuntime.Among{Str: "acen", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucen", A: -1, B: 121, F: nil},
	&snowballRuntime.Among{Str: "ačen", A: -1, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučen", A: -1, B: 117, F: nil},
	&snowballRuntime.Among{Str: "anin", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "ao", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acao", A: 1503, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajao", A: 1503, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajao", A: 1503, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajao", A: 1503, B: 108, F: nil},
	&snowballRuntime.Among{Str: "injao", A: 1503, B: 114, F: nil},
	&snowballRuntime.Among{Str: "irao", A: 1503, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urao", A: 1503, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tao", A: 1503, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astao", A: 1511, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istao", A: 1511, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostao", A: 1511, B: 112, F: nil},
	&snowballRuntime.Among{Str: "avao", A: 1503, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evao", A: 1503, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivao", A: 1503, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovao", A: 1503, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvao", A: 1503, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačao", A: 1503, B: 102, F: nil},
	&snowballRuntime.Among{Str: "go", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "ugo", A: 1521, B: 18, F: nil},
	&snowballRuntime.Among{Str: "io", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acio", A: 1523, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucio", A: 1523, B: 121, F: nil},
	&snowballRuntime.Among{Str: "lio", A: 1523, B: 24, F: nil},
	&snowballRuntime.Among{Str: "nio", A: 1523, B: 103, F: nil},
	&snowballRuntime.Among{Str: "rario", A: 1523, B: 21, F: nil},
	&snowballRuntime.Among{Str: "sio", A: 1523, B: 23, F: nil},
	&snowballRuntime.Among{Str: "rosio", A: 1529, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetio", A: 1523, B: 118, F: nil},
	&snowballRuntime.Among{Str: "otio", A: 1523, B: 22, F: nil},
	&snowballRuntime.Among{Str: "ačio", A: 1523, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučio", A: 1523, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošio", A: 1523, B: 90, F: nil},
	&snowballRuntime.Among{Str: "bijo", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "cijo", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "dijo", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "fijo", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "gijo", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "lijo", A: -1, B: 35, F: nil},
	&snowballRuntime.Among{Str: "mijo", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "nijo", A: -1, B: 36, F: nil},
	&snowballRuntime.Among{Str: "pijo", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "rijo", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "sijo", A: -1, B: 43, F: nil},
	&snowballRuntime.Among{Str: "tijo", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "zijo", A: -1, B: 45, F: nil},
	&snowballRuntime.Among{Str: "žijo", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "anjo", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjo", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjo", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjo", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "ko", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "sko", A: 1554, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ško", A: 1554, B: 2, F: nil},
	&snowballRuntime.Among{Str: "alo", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acalo", A: 1557, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajalo", A: 1557, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajalo", A: 1557, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajalo", A: 1557, B: 108, F: nil},
	&snowballRuntime.Among{Str: "ijalo", A: 1557, B: 47, F: nil},
	&snowballRuntime.Among{Str: "injalo", A: 1557, B: 114, F: nil},
	&snowballRuntime.Among{Str: "nalo", A: 1557, B: 46, F: nil},
	&snowballRuntime.Among{Str: "iralo", A: 1557, B: 100, F: nil},
	&snowballRuntime.Among{Str: "uralo", A: 1557, B: 105, F: nil},
	&snowballRuntime.Among{Str: "talo", A: 1557, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astalo", A: 1567, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istalo", A: 1567, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostalo", A: 1567, B: 112, F: nil},
	&snowballRuntime.Among{Str: "avalo", A: 1557, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evalo", A: 1557, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivalo", A: 1557, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovalo", A: 1557, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvalo", A: 1557, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačalo", A: 1557, B: 102, F: nil},
	&snowballRuntime.Among{Str: "elo", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "ilo", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acilo", A: 1578, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucilo", A: 1578, B: 121, F: nil},
	&snowballRuntime.Among{Str: "nilo", A: 1578, B: 103, F: nil},
	&snowballRuntime.Among{Str: "rosilo", A: 1578, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetilo", A: 1578, B: 118, F: nil},
	&snowballRuntime.Among{Str: "ačilo", A: 1578, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučilo", A: 1578, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošilo", A: 1578, B: 90, F: nil},
	&snowballRuntime.Among{Str: "aslo", A: -1, B: 115, F: nil},
	&snowballRuntime.Among{Str: "nulo", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "amo", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acamo", A: 1589, B: 128, F: nil},
	&snowballRuntime.Among{Str: "ramo", A: 1589, B: 52, F: nil},
	&snowballRuntime.Among{Str: "iramo", A: 1591, B: 100, F: nil},
	&snowballRuntime.Among{Str: "uramo", A: 1591, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tamo", A: 1589, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avamo", A: 1589, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evamo", A: 1589, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivamo", A: 1589, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvamo", A: 1589, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačamo", A: 1589, B: 102, F: nil},
	&snowballRuntime.Among{Str: "emo", A: -1, B: 119, F: nil},
	&snowballRuntime.Among{Str: "astademo", A: 1600, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istademo", A: 1600, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostademo", A: 1600, B: 112, F: nil},
	&snowballRuntime.Among{Str: "astajemo", A: 1600, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajemo", A: 1600, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajemo", A: 1600, B: 108, F: nil},
	&snowballRuntime.Among{Str: "ijemo", A: 1600, B: 116, F: nil},
	&snowballRuntime.Among{Str: "injemo", A: 1600, B: 114, F: nil},
	&snowballRuntime.Among{Str: "ujemo", A: 1600, B: 25, F: nil},
	&snowballRuntime.Among{Str: "lucujemo", A: 1609, B: 121, F: nil},
	&snowballRuntime.Among{Str: "irujemo", A: 1609, B: 100, F: nil},
	&snowballRuntime.Among{Str: "lučujemo", A: 1609, B: 117, F: nil},
	&snowballRuntime.Among{Str: "lemo", A: 1600, B: 51, F: nil},
	&snowballRuntime.Among{Str: "nemo", A: 1600, B: 13, F: nil},
	&snowballRuntime.Among{Str: "astanemo", A: 1614, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istanemo", A: 1614, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostanemo", A: 1614, B: 112, F: nil},
	&snowballRuntime.Among{Str: "etemo", A: 1600, B: 70, F: nil},
	&snowballRuntime.Among{Str: "astemo", A: 1600, B: 115, F: nil},
	&snowballRuntime.Among{Str: "imo", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acimo", A: 1620, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucimo", A: 1620, B: 121, F: nil},
	&snowballRuntime.Among{Str: "nimo", A: 1620, B: 13, F: nil},
	&snowballRuntime.Among{Str: "astanimo", A: 1623, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istanimo", A: 1623, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostanimo", A: 1623, B: 112, F: nil},
	&snowballRuntime.Among{Str: "rosimo", A: 1620, B: 127, F: nil},
	&snowballRuntime.Among{Str: "etimo", A: 1620, B: 70, F: nil},
	&snowballRuntime.Among{Str: "jetimo", A: 1628, B: 118, F: nil},
	&snowballRuntime.Among{Str: "astimo", A: 1620, B: 115, F: nil},
	&snowballRuntime.Among{Str: "ačimo", A: 1620, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučimo", A: 1620, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošimo", A: 1620, B: 90, F: nil},
	&snowballRuntime.Among{Str: "ajmo", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "urajmo", A: 1634, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tajmo", A: 1634, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astajmo", A: 1636, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajmo", A: 1636, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajmo", A: 1636, B: 108, F: nil},
	&snowballRuntime.Among{Str: "avajmo", A: 1634, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evajmo", A: 1634, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivajmo", A: 1634, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvajmo", A: 1634, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ijmo", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "ujmo", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "lucujmo", A: 1645, B: 121, F: nil},
	&snowballRuntime.Among{Str: "irujmo", A: 1645, B: 100, F: nil},
	&snowballRuntime.Among{Str: "lučujmo", A: 1645, B: 117, F: nil},
	&snowballRuntime.Among{Str: "asmo", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acasmo", A: 1649, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajasmo", A: 1649, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajasmo", A: 1649, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajasmo", A: 1649, B: 108, F: nil},
	&snowballRuntime.Among{Str: "injasmo", A: 1649, B: 114, F: nil},
	&snowballRuntime.Among{Str: "irasmo", A: 1649, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urasmo", A: 1649, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tasmo", A: 1649, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avasmo", A: 1649, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evasmo", A: 1649, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivasmo", A: 1649, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovasmo", A: 1649, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvasmo", A: 1649, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačasmo", A: 1649, B: 102, F: nil},
	&snowballRuntime.Among{Str: "ismo", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acismo", A: 1664, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucismo", A: 1664, B: 121, F: nil},
	&snowballRuntime.Among{Str: "nismo", A: 1664, B: 103, F: nil},
	&snowballRuntime.Among{Str: "rosismo", A: 1664, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetismo", A: 1664, B: 118, F: nil},
	&snowballRuntime.Among{Str: "ačismo", A: 1664, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučismo", A: 1664, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošismo", A: 1664, B: 90, F: nil},
	&snowballRuntime.Among{Str: "astadosmo", A: -1, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istadosmo", A: -1, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostadosmo", A: -1, B: 112, F: nil},
	&snowballRuntime.Among{Str: "nusmo", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "no", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "ano", A: 1677, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acano", A: 1678, B: 128, F: nil},
	&snowballRuntime.Among{Str: "urano", A: 1678, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tano", A: 1678, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avano", A: 1678, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evano", A: 1678, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivano", A: 1678, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvano", A: 1678, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačano", A: 1678, B: 102, F: nil},
	&snowballRuntime.Among{Str: "aceno", A: 1677, B: 124, F: nil},
	&snowballRuntime.Among{Str: "luceno", A: 1677, B: 121, F: nil},
	&snowballRuntime.Among{Str: "ačeno", A: 1677, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučeno", A: 1677, B: 117, F: nil},
	&snowballRuntime.Among{Str: "ino", A: 1677, B: 11, F: nil},
	&snowballRuntime.Among{Str: "cino", A: 1691, B: 137, F: nil},
	&snowballRuntime.Among{Str: "čino", A: 1691, B: 89, F: nil},
	&snowballRuntime.Among{Str: "ato", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "ikato", A: 1694, B: 68, F: nil},
	&snowballRuntime.Among{Str: "lato", A: 1694, B: 69, F: nil},
	&snowballRuntime.Among{Str: "eto", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "evito", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovito", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "asto", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "esto", A: -1, B: 71, F: nil},
	&snowballRuntime.Among{Str: "isto", A: -1, B: 72, F: nil},
	&snowballRuntime.Among{Str: "ksto", A: -1, B: 73, F: nil},
	&snowballRuntime.Among{Str: "osto", A: -1, B: 74, F: nil},
	&snowballRuntime.Among{Str: "nuto", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "nuo", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "avo", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evo", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivo", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovo", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "stvo", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "štvo", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "as", A: -1, B: 161, F: nil},
	&snowballRuntime.Among{Str: "acas", A: 1713, B: 128, F: nil},
	&snowballRuntime.Among{Str: "iras", A: 1713, B: 155, F: nil},
	&snowballRuntime.Among{Str: "uras", A: 1713, B: 156, F: nil},
	&snowballRuntime.Among{Str: "tas", A: 1713, B: 160, F: nil},
	&snowballRuntime.Among{Str: "avas", A: 1713, B: 144, F: nil},
	&snowballRuntime.Among{Str: "evas", A: 1713, B: 145, F: nil},
	&snowballRuntime.Among{Str: "ivas", A: 1713, B: 146, F: nil},
	&snowballRuntime.Among{Str: "uvas", A: 1713, B: 147, F: nil},
	&snowballRuntime.Among{Str: "es", A: -1, B: 163, F: nil},
	&snowballRuntime.Among{Str: "astades", A: 1722, B: 141, F: nil},
	&snowballRuntime.Among{Str: "istades", A: 1722, B: 142, F: nil},
	&snowballRuntime.Among{Str: "ostades", A: 1722, B: 143, F: nil},
	&snowballRuntime.Among{Str: "astajes", A: 1722, B: 138, F: nil},
	&snowballRuntime.Among{Str: "istajes", A: 1722, B: 139, F: nil},
	&snowballRuntime.Among{Str: "ostajes", A: 1722, B: 140, F: nil},
	&snowballRuntime.Among{Str: "ijes", A: 1722, B: 162, F: nil},
	&snowballRuntime.Among{Str: "injes", A: 1722, B: 150, F: nil},
	&snowballRuntime.Among{Str: "ujes", A: 1722, B: 157, F: nil},
	&snowballRuntime.Among{Str: "lucujes", A: 1731, B: 121, F: nil},
	&snowballRuntime.Among{Str: "irujes", A: 1731, B: 155, F: nil},
	&snowballRuntime.Among{Str: "nes", A: 1722, B: 164, F: nil},
	&snowballRuntime.Among{Str: "astanes", A: 1734, B: 141, F: nil},
	&snowballRuntime.Among{Str: "istanes", A: 1734, B: 142, F: nil},
	&snowballRuntime.Among{Str: "ostanes", A: 1734, B: 143, F: nil},
	&snowballRuntime.Among{Str: "etes", A: 1722, B: 153, F: nil},
	&snowballRuntime.Among{Str: "astes", A: 1722, B: 136, F: nil},
	&snowballRuntime.Among{Str: "is", A: -1, B: 162, F: nil},
	&snowballRuntime.Among{Str: "acis", A: 1740, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucis", A: 1740, B: 121, F: nil},
	&snowballRuntime.Among{Str: "nis", A: 1740, B: 158, F: nil},
	&snowballRuntime.Among{Str: "rosis", A: 1740, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetis", A: 1740, B: 149, F: nil},
	&snowballRuntime.Among{Str: "at", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acat", A: 1746, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajat", A: 1746, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajat", A: 1746, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajat", A: 1746, B: 108, F: nil},
	&snowballRuntime.Among{Str: "injat", A: 1746, B: 114, F: nil},
	&snowballRuntime.Among{Str: "irat", A: 1746, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urat", A: 1746, B: 105, F: nil},
	&snowballRuntime.Among{Str: "tat", A: 1746, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astat", A: 1754, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istat", A: 1754, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostat", A: 1754, B: 112, F: nil},
	&snowballRuntime.Among{Str: "avat", A: 1746, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evat", A: 1746, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivat", A: 1746, B: 98, F: nil},
	&snowballRuntime.Among{Str: "irivat", A: 1760, B: 100, F: nil},
	&snowballRuntime.Among{Str: "ovat", A: 1746, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvat", A: 1746, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačat", A: 1746, B: 102, F: nil},
	&snowballRuntime.Among{Str: "it", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "acit", A: 1765, B: 124, F: nil},
	&snowballRuntime.Among{Str: "lucit", A: 1765, B: 121, F: nil},
	&snowballRuntime.Among{Str: "rosit", A: 1765, B: 127, F: nil},
	&snowballRuntime.Among{Str: "jetit", A: 1765, B: 118, F: nil},
	&snowballRuntime.Among{Str: "ačit", A: 1765, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučit", A: 1765, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošit", A: 1765, B: 90, F: nil},
	&snowballRuntime.Among{Str: "nut", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "astadu", A: -1, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istadu", A: -1, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostadu", A: -1, B: 112, F: nil},
	&snowballRuntime.Among{Str: "gu", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "logu", A: 1777, B: 19, F: nil},
	&snowballRuntime.Among{Str: "ugu", A: 1777, B: 18, F: nil},
	&snowballRuntime.Among{Str: "ahu", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "acahu", A: 1780, B: 128, F: nil},
	&snowballRuntime.Among{Str: "astajahu", A: 1780, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istajahu", A: 1780, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostajahu", A: 1780, B: 108, F: nil},
	&snowballRuntime.Among{Str: "injahu", A: 1780, B: 114, F: nil},
	&snowballRuntime.Among{Str: "irahu", A: 1780, B: 100, F: nil},
	&snowballRuntime.Among{Str: "urahu", A: 1780, B: 105, F: nil},
	&snowballRuntime.Among{Str: "avahu", A: 1780, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evahu", A: 1780, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivahu", A: 1780, B: 98, F: nil},
	&snowballRuntime.Among{Str: "ovahu", A: 1780, B: 76, F: nil},
	&snowballRuntime.Among{Str: "uvahu", A: 1780, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačahu", A: 1780, B: 102, F: nil},
	&snowballRuntime.Among{Str: "aju", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "caju", A: 1794, B: 26, F: nil},
	&snowballRuntime.Among{Str: "acaju", A: 1795, B: 128, F: nil},
	&snowballRuntime.Among{Str: "laju", A: 1794, B: 30, F: nil},
	&snowballRuntime.Among{Str: "raju", A: 1794, B: 31, F: nil},
	&snowballRuntime.Among{Str: "iraju", A: 1798, B: 100, F: nil},
	&snowballRuntime.Among{Str: "uraju", A: 1798, B: 105, F: nil},
	&snowballRuntime.Among{Str: "taju", A: 1794, B: 113, F: nil},
	&snowballRuntime.Among{Str: "astaju", A: 1801, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istaju", A: 1801, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostaju", A: 1801, B: 108, F: nil},
	&snowballRuntime.Among{Str: "avaju", A: 1794, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evaju", A: 1794, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivaju", A: 1794, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvaju", A: 1794, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ćaju", A: 1794, B: 28, F: nil},
	&snowballRuntime.Among{Str: "čaju", A: 1794, B: 27, F: nil},
	&snowballRuntime.Among{Str: "ačaju", A: 1810, B: 102, F: nil},
	&snowballRuntime.Among{Str: "đaju", A: 1794, B: 29, F: nil},
	&snowballRuntime.Among{Str: "iju", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "biju", A: 1813, B: 32, F: nil},
	&snowballRuntime.Among{Str: "ciju", A: 1813, B: 33, F: nil},
	&snowballRuntime.Among{Str: "diju", A: 1813, B: 34, F: nil},
	&snowballRuntime.Among{Str: "fiju", A: 1813, B: 40, F: nil},
	&snowballRuntime.Among{Str: "giju", A: 1813, B: 39, F: nil},
	&snowballRuntime.Among{Str: "anjiju", A: 1813, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjiju", A: 1813, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjiju", A: 1813, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjiju", A: 1813, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kiju", A: 1813, B: 95, F: nil},
	&snowballRuntime.Among{Str: "liju", A: 1813, B: 24, F: nil},
	&snowballRuntime.Among{Str: "eliju", A: 1824, B: 83, F: nil},
	&snowballRuntime.Among{Str: "miju", A: 1813, B: 37, F: nil},
	&snowballRuntime.Among{Str: "niju", A: 1813, B: 13, F: nil},
	&snowballRuntime.Among{Str: "ganiju", A: 1827, B: 9, F: nil},
	&snowballRuntime.Among{Str: "maniju", A: 1827, B: 6, F: nil},
	&snowballRuntime.Among{Str: "paniju", A: 1827, B: 7, F: nil},
	&snowballRuntime.Among{Str: "raniju", A: 1827, B: 8, F: nil},
	&snowballRuntime.Among{Str: "taniju", A: 1827, B: 5, F: nil},
	&snowballRuntime.Among{Str: "piju", A: 1813, B: 41, F: nil},
	&snowballRuntime.Among{Str: "riju", A: 1813, B: 42, F: nil},
	&snowballRuntime.Among{Str: "rariju", A: 1834, B: 21, F: nil},
	&snowballRuntime.Among{Str: "siju", A: 1813, B: 23, F: nil},
	&snowballRuntime.Among{Str: "osiju", A: 1836, B: 123, F: nil},
	&snowballRuntime.Among{Str: "tiju", A: 1813, B: 44, F: nil},
	&snowballRuntime.Among{Str: "atiju", A: 1838, B: 120, F: nil},
	&snowballRuntime.Among{Str: "otiju", A: 1838, B: 22, F: nil},
	&snowballRuntime.Among{Str: "aviju", A: 1813, B: 77, F: nil},
	&snowballRuntime.Among{Str: "eviju", A: 1813, B: 78, F: nil},
	&snowballRuntime.Among{Str: "iviju", A: 1813, B: 79, F: nil},
	&snowballRuntime.Among{Str: "oviju", A: 1813, B: 80, F: nil},
	&snowballRuntime.Among{Str: "ziju", A: 1813, B: 45, F: nil},
	&snowballRuntime.Among{Str: "ošiju", A: 1813, B: 91, F: nil},
	&snowballRuntime.Among{Str: "žiju", A: 1813, B: 38, F: nil},
	&snowballRuntime.Among{Str: "anju", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enju", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snju", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnju", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "uju", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "lucuju", A: 1852, B: 121, F: nil},
	&snowballRuntime.Among{Str: "iruju", A: 1852, B: 100, F: nil},
	&snowballRuntime.Among{Str: "lučuju", A: 1852, B: 117, F: nil},
	&snowballRuntime.Among{Str: "ku", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "sku", A: 1856, B: 1, F: nil},
	&snowballRuntime.Among{Str: "šku", A: 1856, B: 2, F: nil},
	&snowballRuntime.Among{Str: "alu", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "ijalu", A: 1859, B: 47, F: nil},
	&snowballRuntime.Among{Str: "nalu", A: 1859, B: 46, F: nil},
	&snowballRuntime.Among{Str: "elu", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "ilu", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "ozilu", A: 1863, B: 48, F: nil},
	&snowballRuntime.Among{Str: "olu", A: -1, B: 50, F: nil},
	&snowballRuntime.Among{Str: "ramu", A: -1, B: 52, F: nil},
	&snowballRuntime.Among{Str: "acemu", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecemu", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucemu", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "anjijemu", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjijemu", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjijemu", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjijemu", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kijemu", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skijemu", A: 1874, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škijemu", A: 1874, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elijemu", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nijemu", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "osijemu", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atijemu", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitijemu", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitijemu", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astijemu", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avijemu", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evijemu", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivijemu", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovijemu", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "ošijemu", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "anjemu", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjemu", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjemu", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjemu", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "kemu", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skemu", A: 1893, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škemu", A: 1893, B: 2, F: nil},
	&snowballRuntime.Among{Str: "lemu", A: -1, B: 51, F: nil},
	&snowballRuntime.Among{Str: "elemu", A: 1896, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nemu", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "anemu", A: 1898, B: 10, F: nil},
	&snowballRuntime.Among{Str: "enemu", A: 1898, B: 87, F: nil},
	&snowballRuntime.Among{Str: "snemu", A: 1898, B: 159, F: nil},
	&snowballRuntime.Among{Str: "šnemu", A: 1898, B: 88, F: nil},
	&snowballRuntime.Among{Str: "osemu", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atemu", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitemu", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitemu", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astemu", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avemu", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evemu", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivemu", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovemu", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "aćemu", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećemu", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućemu", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ošemu", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "acomu", A: -1, B: 124, F: nil},
	&snowballRuntime.Among{Str: "ecomu", A: -1, B: 125, F: nil},
	&snowballRuntime.Among{Str: "ucomu", A: -1, B: 126, F: nil},
	&snowballRuntime.Among{Str: "anjomu", A: -1, B: 84, F: nil},
	&snowballRuntime.Among{Str: "enjomu", A: -1, B: 85, F: nil},
	&snowballRuntime.Among{Str: "snjomu", A: -1, B: 122, F: nil},
	&snowballRuntime.Among{Str: "šnjomu", A: -1, B: 86, F: nil},
	&snowballRuntime.Among{Str: "komu", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "skomu", A: 1923, B: 1, F: nil},
	&snowballRuntime.Among{Str: "škomu", A: 1923, B: 2, F: nil},
	&snowballRuntime.Among{Str: "elomu", A: -1, B: 83, F: nil},
	&snowballRuntime.Among{Str: "nomu", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "cinomu", A: 1927, B: 137, F: nil},
	&snowballRuntime.Among{Str: "činomu", A: 1927, B: 89, F: nil},
	&snowballRuntime.Among{Str: "osomu", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atomu", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "evitomu", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitomu", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astomu", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "avomu", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evomu", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivomu", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovomu", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "aćomu", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ećomu", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ućomu", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "ošomu", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "nu", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "anu", A: 1943, B: 10, F: nil},
	&snowballRuntime.Among{Str: "astanu", A: 1944, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istanu", A: 1944, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostanu", A: 1944, B: 112, F: nil},
	&snowballRuntime.Among{Str: "inu", A: 1943, B: 11, F: nil},
	&snowballRuntime.Among{Str: "cinu", A: 1948, B: 137, F: nil},
	&snowballRuntime.Among{Str: "aninu", A: 1948, B: 10, F: nil},
	&snowballRuntime.Among{Str: "činu", A: 1948, B: 89, F: nil},
	&snowballRuntime.Among{Str: "onu", A: 1943, B: 12, F: nil},
	&snowballRuntime.Among{Str: "aru", A: -1, B: 53, F: nil},
	&snowballRuntime.Among{Str: "dru", A: -1, B: 54, F: nil},
	&snowballRuntime.Among{Str: "eru", A: -1, B: 55, F: nil},
	&snowballRuntime.Among{Str: "oru", A: -1, B: 56, F: nil},
	&snowballRuntime.Among{Str: "basu", A: -1, B: 135, F: nil},
	&snowballRuntime.Among{Str: "gasu", A: -1, B: 131, F: nil},
	&snowballRuntime.Among{Str: "jasu", A: -1, B: 129, F: nil},
	&snowballRuntime.Among{Str: "kasu", A: -1, B: 133, F: nil},
	&snowballRuntime.Among{Str: "nasu", A: -1, B: 132, F: nil},
	&snowballRuntime.Among{Str: "tasu", A: -1, B: 130, F: nil},
	&snowballRuntime.Among{Str: "vasu", A: -1, B: 134, F: nil},
	&snowballRuntime.Among{Str: "esu", A: -1, B: 57, F: nil},
	&snowballRuntime.Among{Str: "isu", A: -1, B: 58, F: nil},
	&snowballRuntime.Among{Str: "osu", A: -1, B: 123, F: nil},
	&snowballRuntime.Among{Str: "atu", A: -1, B: 120, F: nil},
	&snowballRuntime.Among{Str: "ikatu", A: 1967, B: 68, F: nil},
	&snowballRuntime.Among{Str: "latu", A: 1967, B: 69, F: nil},
	&snowballRuntime.Among{Str: "etu", A: -1, B: 70, F: nil},
	&snowballRuntime.Among{Str: "evitu", A: -1, B: 92, F: nil},
	&snowballRuntime.Among{Str: "ovitu", A: -1, B: 93, F: nil},
	&snowballRuntime.Among{Str: "astu", A: -1, B: 94, F: nil},
	&snowballRuntime.Among{Str: "estu", A: -1, B: 71, F: nil},
	&snowballRuntime.Among{Str: "istu", A: -1, B: 72, F: nil},
	&snowballRuntime.Among{Str: "kstu", A: -1, B: 73, F: nil},
	&snowballRuntime.Among{Str: "ostu", A: -1, B: 74, F: nil},
	&snowballRuntime.Among{Str: "ištu", A: -1, B: 75, F: nil},
	&snowballRuntime.Among{Str: "avu", A: -1, B: 77, F: nil},
	&snowballRuntime.Among{Str: "evu", A: -1, B: 78, F: nil},
	&snowballRuntime.Among{Str: "ivu", A: -1, B: 79, F: nil},
	&snowballRuntime.Among{Str: "ovu", A: -1, B: 80, F: nil},
	&snowballRuntime.Among{Str: "lovu", A: 1982, B: 82, F: nil},
	&snowballRuntime.Among{Str: "movu", A: 1982, B: 81, F: nil},
	&snowballRuntime.Among{Str: "stvu", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "štvu", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "bašu", A: -1, B: 63, F: nil},
	&snowballRuntime.Among{Str: "gašu", A: -1, B: 64, F: nil},
	&snowballRuntime.Among{Str: "jašu", A: -1, B: 61, F: nil},
	&snowballRuntime.Among{Str: "kašu", A: -1, B: 62, F: nil},
	&snowballRuntime.Among{Str: "našu", A: -1, B: 60, F: nil},
	&snowballRuntime.Among{Str: "tašu", A: -1, B: 59, F: nil},
	&snowballRuntime.Among{Str: "vašu", A: -1, B: 65, F: nil},
	&snowballRuntime.Among{Str: "ešu", A: -1, B: 66, F: nil},
	&snowballRuntime.Among{Str: "išu", A: -1, B: 67, F: nil},
	&snowballRuntime.Among{Str: "ošu", A: -1, B: 91, F: nil},
	&snowballRuntime.Among{Str: "avav", A: -1, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evav", A: -1, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivav", A: -1, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvav", A: -1, B: 99, F: nil},
	&snowballRuntime.Among{Str: "kov", A: -1, B: 95, F: nil},
	&snowballRuntime.Among{Str: "aš", A: -1, B: 104, F: nil},
	&snowballRuntime.Among{Str: "iraš", A: 2002, B: 100, F: nil},
	&snowballRuntime.Among{Str: "uraš", A: 2002, B: 105, F: nil},
	&snowballRuntime.Among{Str: "taš", A: 2002, B: 113, F: nil},
	&snowballRuntime.Among{Str: "avaš", A: 2002, B: 97, F: nil},
	&snowballRuntime.Among{Str: "evaš", A: 2002, B: 96, F: nil},
	&snowballRuntime.Among{Str: "ivaš", A: 2002, B: 98, F: nil},
	&snowballRuntime.Among{Str: "uvaš", A: 2002, B: 99, F: nil},
	&snowballRuntime.Among{Str: "ačaš", A: 2002, B: 102, F: nil},
	&snowballRuntime.Among{Str: "eš", A: -1, B: 119, F: nil},
	&snowballRuntime.Among{Str: "astadeš", A: 2011, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istadeš", A: 2011, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostadeš", A: 2011, B: 112, F: nil},
	&snowballRuntime.Among{Str: "astaješ", A: 2011, B: 106, F: nil},
	&snowballRuntime.Among{Str: "istaješ", A: 2011, B: 107, F: nil},
	&snowballRuntime.Among{Str: "ostaješ", A: 2011, B: 108, F: nil},
	&snowballRuntime.Among{Str: "iješ", A: 2011, B: 116, F: nil},
	&snowballRuntime.Among{Str: "inješ", A: 2011, B: 114, F: nil},
	&snowballRuntime.Among{Str: "uješ", A: 2011, B: 25, F: nil},
	&snowballRuntime.Among{Str: "iruješ", A: 2020, B: 100, F: nil},
	&snowballRuntime.Among{Str: "lučuješ", A: 2020, B: 117, F: nil},
	&snowballRuntime.Among{Str: "neš", A: 2011, B: 13, F: nil},
	&snowballRuntime.Among{Str: "astaneš", A: 2023, B: 110, F: nil},
	&snowballRuntime.Among{Str: "istaneš", A: 2023, B: 111, F: nil},
	&snowballRuntime.Among{Str: "ostaneš", A: 2023, B: 112, F: nil},
	&snowballRuntime.Among{Str: "eteš", A: 2011, B: 70, F: nil},
	&snowballRuntime.Among{Str: "asteš", A: 2011, B: 115, F: nil},
	&snowballRuntime.Among{Str: "iš", A: -1, B: 116, F: nil},
	&snowballRuntime.Among{Str: "niš", A: 2029, B: 103, F: nil},
	&snowballRuntime.Among{Str: "jetiš", A: 2029, B: 118, F: nil},
	&snowballRuntime.Among{Str: "ačiš", A: 2029, B: 101, F: nil},
	&snowballRuntime.Among{Str: "lučiš", A: 2029, B: 117, F: nil},
	&snowballRuntime.Among{Str: "rošiš", A: 2029, B: 90, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oga", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ama", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ima", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ena", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "e", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "og", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "anog", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enog", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "anih", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enih", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "i", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ani", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eni", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "anoj", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enoj", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "anim", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enim", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "om", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enom", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ano", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eno", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ost", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "u", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enu", A: 24, B: 1, F: nil},
}

var G_v = []byte{17, 65, 16}

var G_sa = []byte{65, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 128}

var G_ca = []byte{119, 95, 23, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 136, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 0, 0, 0, 16}

var G_rg = []byte{1}

type Context struct {
	i_p1            int
	b_no_diacritics bool
}

func r_cyr_to_lat(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	var v_1 = env.Cursor
lab0:
	for {
	replab1:
		for {
			var v_2 = env.Cursor
		lab2:
			for range [2]struct{}{} {
			golab3:
				for {
					var v_3 = env.Cursor
				lab4:
					for {
						env.Bra = env.Cursor
						among_var = env.FindAmong(A_0, context)
						if among_var == 0 {
							break lab4
						}
						env.Ket = env.Cursor
						switch among_var {
						case 1:
							env.SliceFrom("a")
						case 2:
							env.SliceFrom("b")
						case 3:
							env.SliceFrom("v")
						case 4:
							env.SliceFrom("g")
						case 5:
							env.SliceFrom("d")
						case 6:
							env.SliceFrom("đ")
						case 7:
							env.SliceFrom("e")
						case 8:
							env.SliceFrom("ž")
						case 9:
							env.SliceFrom("z")
						case 10:
							env.SliceFrom("i")
						case 11:
							env.SliceFrom("j")
						case 12:
							env.SliceFrom("k")
						case 13:
							env.SliceFrom("l")
						case 14:
							env.SliceFrom("lj")
						case 15:
							env.SliceFrom("m")
						case 16:
							env.SliceFrom("n")
						case 17:
							env.SliceFrom("nj")
						case 18:
							env.SliceFrom("o")
						case 19:
							env.SliceFrom("p")
						case 20:
							env.SliceFrom("r")
						case 21:
							env.SliceFrom("s")
						case 22:
							env.SliceFrom("t")
						case 23:
							env.SliceFrom("ć")
						case 24:
							env.SliceFrom("u")
						case 25:
							env.SliceFrom("f")
						case 26:
							env.SliceFrom("h")
						case 27:
							env.SliceFrom("c")
						case 28:
							env.SliceFrom("č")
						case 29:
							env.SliceFrom("dž")
						case 30:
							env.SliceFrom("š")
						}
						env.Cursor = v_3
						break golab3
					}
					env.Cursor = v_3
					if env.Cursor >= env.Limit {
						break lab2
					}
					env.NextChar()
				}
				continue replab1
			}
			env.Cursor = v_2
			break replab1
		}
		break lab0
	}
	env.Cursor = v_1
	return true
}

func r_prelude(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Cursor
lab0:
	for {
	replab1:
		for {
			var v_2 = env.Cursor
		lab2:
			for range [2]struct{}{} {
			golab3:
				for {
					var v_3 = env.Cursor
				lab4:
					for {
						if !env.InGrouping(G_ca, 98, 382) {
							break lab4
						}
						env.Bra = env.Cursor
						if !env.EqS("ije") {
							break lab4
						}
						env.Ket = env.Cursor
						if !env.InGrouping(G_ca, 98, 382) {
							break lab4
						}
						env.SliceFrom("e")
						env.Cursor = v_3
						break golab3
					}
					env.Cursor = v_3
					if env.Cursor >= env.Limit {
						break lab2
					}
					env.NextChar()
				}
				continue replab1
			}
			env.Cursor = v_2
			break replab1
		}
		break lab0
	}
	env.Cursor = v_1
	var v_4 = env.Cursor
lab5:
	for {
	replab6:
		for {
			var v_5 = env.Cursor
		lab7:
			for range [2]struct{}{} {
			golab8:
				for {
					var v_6 = env.Cursor
				lab9:
					for {
						if !env.InGrouping(G_ca, 98, 382) {
							break lab9
						}
						env.Bra = env.Cursor
						if !env.EqS("je") {
							break lab9
						}
						env.Ket = env.Cursor
						if !env.InGrouping(G_ca, 98, 382) {
							break lab9
						}
						env.SliceFrom("e")
						env.Cursor = v_6
						break golab8
					}
					env.Cursor = v_6
					if env.Cursor >= env.Limit {
						break lab7
					}
					env.NextChar()
				}
				continue replab6
			}
			env.Cursor = v_5
			break replab6
		}
		break lab5
	}
	env.Cursor = v_4
	var v_7 = env.Cursor
lab10:
	for {
	replab11:
		for {
			var v_8 = env.Cursor
		lab12:
			for range [2]struct{}{} {
			golab13:
				for {
					var v_9 = env.Cursor
				lab14:
					for {
						env.Bra = env.Cursor
						if !env.EqS("dj") {
							break lab14
						}
						env.Ket = env.Cursor
						env.SliceFrom("đ")
						env.Cursor = v_9
						break golab13
					}
					env.Cursor = v_9
					if env.Cursor >= env.Limit {
						break lab12
					}
					env.NextChar()
				}
				continue replab11
			}
			env.Cursor = v_8
			break replab11
		}
		break lab10
	}
	env.Cursor = v_7
	return true
}

func r_mark_regions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	context.b_no_diacritics = true
	var v_1 = env.Cursor
lab0:
	for {
		if !env.GoOutGrouping(G_sa, 263, 382) {
			break lab0
		}
		env.NextChar()
		context.b_no_diacritics = false
		break lab0
	}
	env.Cursor = v_1
	context.i_p1 = env.Limit
	var v_2 = env.Cursor
lab1:
	for {
		if !env.GoOutGrouping(G_v, 97, 117) {
			break lab1
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		if context.i_p1 >= 2 {
			break lab1
		}
		if !env.GoInGrouping(G_v, 97, 117) {
			break lab1
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		break lab1
	}
	env.Cursor = v_2
	var v_3 = env.Cursor
lab2:
	for {
	golab3:
		for {
		lab4:
			for {
				if !env.EqS("r") {
					break lab4
				}
				break golab3
			}
			if env.Cursor >= env.Limit {
				break lab2
			}
			env.NextChar()
		}
	lab5:
		for {
		lab6:
			for {
				if env.Cursor < 2 {
					break lab6
				}
				break lab5
			}
			if !env.GoInGrouping(G_rg, 114, 114) {
				break lab2
			}
			env.NextChar()
			break lab5
		}
		if (context.i_p1 - env.Cursor) <= 1 {
			break lab2
		}
		context.i_p1 = env.Cursor
		break lab2
	}
	env.Cursor = v_3
	return true
}

func r_R1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_p1 <= env.Cursor
}

func r_Step_1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_1, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		env.SliceFrom("loga")
	case 2:
		env.SliceFrom("peh")
	case 3:
		env.SliceFrom("vojka")
	case 4:
		env.SliceFrom("bojka")
	case 5:
		env.SliceFrom("jak")
	case 6:
		env.SliceFrom("čajni")
	case 7:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("cajni")
	case 8:
		env.SliceFrom("erni")
	case 9:
		env.SliceFrom("larni")
	case 10:
		env.SliceFrom("esni")
	case 11:
		env.SliceFrom("anjca")
	case 12:
		env.SliceFrom("ajca")
	case 13:
		env.SliceFrom("ljca")
	case 14:
		env.SliceFrom("ejca")
	case 15:
		env.SliceFrom("ojca")
	case 16:
		env.SliceFrom("ajka")
	case 17:
		env.SliceFrom("ojka")
	case 18:
		env.SliceFrom("šca")
	case 19:
		env.SliceFrom("ing")
	case 20:
		env.SliceFrom("tvenik")
	case 21:
		env.SliceFrom("tetika")
	case 22:
		env.SliceFrom("nstva")
	case 23:
		env.SliceFrom("nik")
	case 24:
		env.SliceFrom("tik")
	case 25:
		env.SliceFrom("zik")
	case 26:
		env.SliceFrom("snik")
	case 27:
		env.SliceFrom("kusi")
	case 28:
		env.SliceFrom("kusni")
	case 29:
		env.SliceFrom("kustva")
	case 30:
		env.SliceFrom("dušni")
	case 31:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("dusni")
	case 32:
		env.SliceFrom("antni")
	case 33:
		env.SliceFrom("bilni")
	case 34:
		env.SliceFrom("tilni")
	case 35:
		env.SliceFrom("avilni")
	case 36:
		env.SliceFrom("silni")
	case 37:
		env.SliceFrom("gilni")
	case 38:
		env.SliceFrom("rilni")
	case 39:
		env.SliceFrom("nilni")
	case 40:
		env.SliceFrom("alni")
	case 41:
		env.SliceFrom("ozni")
	case 42:
		env.SliceFrom("ravi")
	case 43:
		env.SliceFrom("stavni")
	case 44:
		env.SliceFrom("pravni")
	case 45:
		env.SliceFrom("tivni")
	case 46:
		env.SliceFrom("sivni")
	case 47:
		env.SliceFrom("atni")
	case 48:
		env.SliceFrom("enta")
	case 49:
		env.SliceFrom("tetni")
	case 50:
		env.SliceFrom("pletni")
	case 51:
		env.SliceFrom("šavi")
	case 52:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("savi")
	case 53:
		env.SliceFrom("anta")
	case 54:
		env.SliceFrom("ačka")
	case 55:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("acka")
	case 56:
		env.SliceFrom("uška")
	case 57:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("uska")
	case 58:
		env.SliceFrom("atka")
	case 59:
		env.SliceFrom("etka")
	case 60:
		env.SliceFrom("itka")
	case 61:
		env.SliceFrom("otka")
	case 62:
		env.SliceFrom("utka")
	case 63:
		env.SliceFrom("eskna")
	case 64:
		env.SliceFrom("tični")
	case 65:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ticni")
	case 66:
		env.SliceFrom("ojska")
	case 67:
		env.SliceFrom("esma")
	case 68:
		env.SliceFrom("metra")
	case 69:
		env.SliceFrom("centra")
	case 70:
		env.SliceFrom("istra")
	case 71:
		env.SliceFrom("osti")
	case 72:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("osti")
	case 73:
		env.SliceFrom("dba")
	case 74:
		env.SliceFrom("čka")
	case 75:
		env.SliceFrom("mca")
	case 76:
		env.SliceFrom("nca")
	case 77:
		env.SliceFrom("voljni")
	case 78:
		env.SliceFrom("anki")
	case 79:
		env.SliceFrom("vca")
	case 80:
		env.SliceFrom("sca")
	case 81:
		env.SliceFrom("rca")
	case 82:
		env.SliceFrom("alca")
	case 83:
		env.SliceFrom("elca")
	case 84:
		env.SliceFrom("olca")
	case 85:
		env.SliceFrom("njca")
	case 86:
		env.SliceFrom("ekta")
	case 87:
		env.SliceFrom("izma")
	case 88:
		env.SliceFrom("jebi")
	case 89:
		env.SliceFrom("baci")
	case 90:
		env.SliceFrom("ašni")
	case 91:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("asni")
	}
	return true
}

func r_Step_2(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_2, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.SliceFrom("sk")
	case 2:
		env.SliceFrom("šk")
	case 3:
		env.SliceFrom("stv")
	case 4:
		env.SliceFrom("štv")
	case 5:
		env.SliceFrom("tanij")
	case 6:
		env.SliceFrom("manij")
	case 7:
		env.SliceFrom("panij")
	case 8:
		env.SliceFrom("ranij")
	case 9:
		env.SliceFrom("ganij")
	case 10:
		env.SliceFrom("an")
	case 11:
		env.SliceFrom("in")
	case 12:
		env.SliceFrom("on")
	case 13:
		env.SliceFrom("n")
	case 14:
		env.SliceFrom("ać")
	case 15:
		env.SliceFrom("eć")
	case 16:
		env.SliceFrom("uć")
	case 17:
		env.SliceFrom("ugov")
	case 18:
		env.SliceFrom("ug")
	case 19:
		env.SliceFrom("log")
	case 20:
		env.SliceFrom("g")
	case 21:
		env.SliceFrom("rari")
	case 22:
		env.SliceFrom("oti")
	case 23:
		env.SliceFrom("si")
	case 24:
		env.SliceFrom("li")
	case 25:
		env.SliceFrom("uj")
	case 26:
		env.SliceFrom("caj")
	case 27:
		env.SliceFrom("čaj")
	case 28:
		env.SliceFrom("ćaj")
	case 29:
		env.SliceFrom("đaj")
	case 30:
		env.SliceFrom("laj")
	case 31:
		env.SliceFrom("raj")
	case 32:
		env.SliceFrom("bij")
	case 33:
		env.SliceFrom("cij")
	case 34:
		env.SliceFrom("dij")
	case 35:
		env.SliceFrom("lij")
	case 36:
		env.SliceFrom("nij")
	case 37:
		env.SliceFrom("mij")
	case 38:
		env.SliceFrom("žij")
	case 39:
		env.SliceFrom("gij")
	case 40:
		env.SliceFrom("fij")
	case 41:
		env.SliceFrom("pij")
	case 42:
		env.SliceFrom("rij")
	case 43:
		env.SliceFrom("sij")
	case 44:
		env.SliceFrom("tij")
	case 45:
		env.SliceFrom("zij")
	case 46:
		env.SliceFrom("nal")
	case 47:
		env.SliceFrom("ijal")
	case 48:
		env.SliceFrom("ozil")
	case 49:
		env.SliceFrom("olov")
	case 50:
		env.SliceFrom("ol")
	case 51:
		env.SliceFrom("lem")
	case 52:
		env.SliceFrom("ram")
	case 53:
		env.SliceFrom("ar")
	case 54:
		env.SliceFrom("dr")
	case 55:
		env.SliceFrom("er")
	case 56:
		env.SliceFrom("or")
	case 57:
		env.SliceFrom("es")
	case 58:
		env.SliceFrom("is")
	case 59:
		env.SliceFrom("taš")
	case 60:
		env.SliceFrom("naš")
	case 61:
		env.SliceFrom("jaš")
	case 62:
		env.SliceFrom("kaš")
	case 63:
		env.SliceFrom("baš")
	case 64:
		env.SliceFrom("gaš")
	case 65:
		env.SliceFrom("vaš")
	case 66:
		env.SliceFrom("eš")
	case 67:
		env.SliceFrom("iš")
	case 68:
		env.SliceFrom("ikat")
	case 69:
		env.SliceFrom("lat")
	case 70:
		env.SliceFrom("et")
	case 71:
		env.SliceFrom("est")
	case 72:
		env.SliceFrom("ist")
	case 73:
		env.SliceFrom("kst")
	case 74:
		env.SliceFrom("ost")
	case 75:
		env.SliceFrom("išt")
	case 76:
		env.SliceFrom("ova")
	case 77:
		env.SliceFrom("av")
	case 78:
		env.SliceFrom("ev")
	case 79:
		env.SliceFrom("iv")
	case 80:
		env.SliceFrom("ov")
	case 81:
		env.SliceFrom("mov")
	case 82:
		env.SliceFrom("lov")
	case 83:
		env.SliceFrom("el")
	case 84:
		env.SliceFrom("anj")
	case 85:
		env.SliceFrom("enj")
	case 86:
		env.SliceFrom("šnj")
	case 87:
		env.SliceFrom("en")
	case 88:
		env.SliceFrom("šn")
	case 89:
		env.SliceFrom("čin")
	case 90:
		env.SliceFrom("roši")
	case 91:
		env.SliceFrom("oš")
	case 92:
		env.SliceFrom("evit")
	case 93:
		env.SliceFrom("ovit")
	case 94:
		env.SliceFrom("ast")
	case 95:
		env.SliceFrom("k")
	case 96:
		env.SliceFrom("eva")
	case 97:
		env.SliceFrom("ava")
	case 98:
		env.SliceFrom("iva")
	case 99:
		env.SliceFrom("uva")
	case 100:
		env.SliceFrom("ir")
	case 101:
		env.SliceFrom("ač")
	case 102:
		env.SliceFrom("ača")
	case 103:
		env.SliceFrom("ni")
	case 104:
		env.SliceFrom("a")
	case 105:
		env.SliceFrom("ur")
	case 106:
		env.SliceFrom("astaj")
	case 107:
		env.SliceFrom("istaj")
	case 108:
		env.SliceFrom("ostaj")
	case 109:
		env.SliceFrom("aj")
	case 110:
		env.SliceFrom("asta")
	case 111:
		env.SliceFrom("ista")
	case 112:
		env.SliceFrom("osta")
	case 113:
		env.SliceFrom("ta")
	case 114:
		env.SliceFrom("inj")
	case 115:
		env.SliceFrom("as")
	case 116:
		env.SliceFrom("i")
	case 117:
		env.SliceFrom("luč")
	case 118:
		env.SliceFrom("jeti")
	case 119:
		env.SliceFrom("e")
	case 120:
		env.SliceFrom("at")
	case 121:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("luc")
	case 122:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("snj")
	case 123:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("os")
	case 124:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ac")
	case 125:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ec")
	case 126:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("uc")
	case 127:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("rosi")
	case 128:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("aca")
	case 129:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("jas")
	case 130:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("tas")
	case 131:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("gas")
	case 132:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("nas")
	case 133:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("kas")
	case 134:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("vas")
	case 135:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("bas")
	case 136:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("as")
	case 137:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("cin")
	case 138:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("astaj")
	case 139:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("istaj")
	case 140:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ostaj")
	case 141:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("asta")
	case 142:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ista")
	case 143:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("osta")
	case 144:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ava")
	case 145:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("eva")
	case 146:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("iva")
	case 147:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("uva")
	case 148:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ova")
	case 149:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("jeti")
	case 150:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("inj")
	case 151:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ist")
	case 152:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("es")
	case 153:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("et")
	case 154:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("is")
	case 155:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ir")
	case 156:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ur")
	case 157:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("uj")
	case 158:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ni")
	case 159:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("sn")
	case 160:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("ta")
	case 161:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("a")
	case 162:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("i")
	case 163:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("e")
	case 164:
		if !context.b_no_diacritics {
			return false
		}
		env.SliceFrom("n")
	}
	return true
}

func r_Step_3(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_3, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	env.SliceDel()
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p1:            0,
		b_no_diacritics: false,
	}
	_ = context
	r_cyr_to_lat(env, context)
	r_prelude(env, context)
	r_mark_regions(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
	r_Step_1(env, context)
	env.Cursor = env.Limit - v_1
	var v_2 = env.Limit - env.Cursor
lab0:
	for {
	lab1:
		for {
			var v_3 = env.Limit - env.Cursor
		lab2:
			for {
				if !r_Step_2(env, context) {
					break lab2
				}
				break lab1
			}
			env.Cursor = env.Limit - v_3
			if !r_Step_3(env, context) {
				break lab0
			}
			break lab1
		}
		break lab0
	}
	env.Cursor = env.Limit - v_2
	env.Cursor = env.LimitBackward
	return true
}
