//! Generated from basque.sbl by Snowball 3.1.1 - https://snowballstem.org/

package basque

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "idea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "bidea", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kidea", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pidea", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kundea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "galea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tailea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzailea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gunea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kunea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzaga", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gaia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aldia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "taldia", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "karia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "garria", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "karria", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ka", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzaka", A: 17, B: 1, F: nil},
	&snowballRuntime.Among{Str: "la", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mena", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pena", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kina", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ezina", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tezina", A: 23, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kuna", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tuna", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kizuna", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "era", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "bera", A: 28, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arabera", A: 29, B: -1, F: nil},
	&snowballRuntime.Among{Str: "kera", A: 28, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pera", A: 28, B: 1, F: nil},
	&snowballRuntime.Among{Str: "orra", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "korra", A: 33, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dura", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gura", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kura", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tura", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eta", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "keta", A: 39, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gailua", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eza", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erreza", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tza", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "gaitza", A: 44, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kaitza", A: 44, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kuntza", A: 44, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ide", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "bide", A: 48, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kide", A: 48, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pide", A: 48, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kunde", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzake", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzeke", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "le", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gale", A: 55, B: 1, F: nil},
	&snowballRuntime.Among{Str: "taile", A: 55, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzaile", A: 55, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gune", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kune", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tze", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atze", A: 61, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gai", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aldi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "taldi", A: 64, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ki", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ari", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kari", A: 67, B: 1, F: nil},
	&snowballRuntime.Among{Str: "lari", A: 67, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tari", A: 67, B: 1, F: nil},
	&snowballRuntime.Among{Str: "etari", A: 70, B: 1, F: nil},
	&snowballRuntime.Among{Str: "garri", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "karri", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arazi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tarazi", A: 74, B: 1, F: nil},
	&snowballRuntime.Among{Str: "an", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ean", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "rean", A: 77, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kan", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "etan", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atseden", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "men", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pen", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kin", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "rekin", A: 84, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ezin", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tezin", A: 86, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tun", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kizun", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "go", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ago", A: 90, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tio", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dako", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "or", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kor", A: 94, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzat", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "du", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gailu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atu", A: 99, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aldatu", A: 100, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tatu", A: 100, B: 1, F: nil},
	&snowballRuntime.Among{Str: "baditu", A: 99, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ez", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "errez", A: 104, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzez", A: 104, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gaitz", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kaitz", A: -1, B: 1, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ada", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kada", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "anda", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "denda", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gabea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kabea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aldea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kaldea", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "taldea", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ordea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zalea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzalea", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gilea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "emea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kumea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enea", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zionea", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "unea", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gunea", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aurrea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kotea", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "artea", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ostea", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "etxea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ga", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "anga", A: 27, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gaia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aldia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "taldia", A: 30, B: 1, F: nil},
	&snowballRuntime.Among{Str: "handia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mendia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "geia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "egia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "degia", A: 35, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tegia", A: 35, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nahia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ohia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tokia", A: 40, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "koia", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aria", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "karia", A: 44, B: 1, F: nil},
	&snowballRuntime.Among{Str: "laria", A: 44, B: 1, F: nil},
	&snowballRuntime.Among{Str: "taria", A: 44, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eria", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "keria", A: 48, B: 1, F: nil},
	&snowballRuntime.Among{Str: "teria", A: 48, B: 1, F: nil},
	&snowballRuntime.Among{Str: "garria", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "larria", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kirria", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "duria", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ezia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "bizia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ontzia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ka", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "joka", A: 60, B: 3, F: nil},
	&snowballRuntime.Among{Str: "aurka", A: 60, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ska", A: 60, B: 1, F: nil},
	&snowballRuntime.Among{Str: "xka", A: 60, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zka", A: 60, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gibela", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gela", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kaila", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "skila", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tila", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ola", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "na", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kana", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ena", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "garrena", A: 74, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gerrena", A: 74, B: 1, F: nil},
	&snowballRuntime.Among{Str: "urrena", A: 74, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zaina", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzaina", A: 78, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kina", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mina", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "garna", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "una", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "duna", A: 83, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asuna", A: 83, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tasuna", A: 85, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ondoa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kondoa", A: 87, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ngoa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zioa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "koa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "takoa", A: 91, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zkoa", A: 91, B: 1, F: nil},
	&snowballRuntime.Among{Str: "noa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zinoa", A: 94, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aroa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "taroa", A: 96, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zaroa", A: 96, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eroa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oroa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "osoa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "toa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ttoa", A: 102, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ztoa", A: 102, B: 1, F: nil},
	&snowballRuntime.Among{Str: "txoa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzoa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ñoa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ra", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ara", A: 108, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dara", A: 109, B: 1, F: nil},
	&snowballRuntime.Among{Str: "liara", A: 109, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tiara", A: 109, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tara", A: 109, B: 1, F: nil},
	&snowballRuntime.Among{Str: "etara", A: 113, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzara", A: 109, B: 1, F: nil},
	&snowballRuntime.Among{Str: "bera", A: 108, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kera", A: 108, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pera", A: 108, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ora", A: 108, B: 2, F: nil},
	&snowballRuntime.Among{Str: "tzarra", A: 108, B: 1, F: nil},
	&snowballRuntime.Among{Str: "korra", A: 108, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tra", A: 108, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "osa", A: 123, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ta", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eta", A: 125, B: 1, F: nil},
	&snowballRuntime.Among{Str: "keta", A: 126, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sta", A: 125, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dua", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mendua", A: 129, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ordua", A: 129, B: 1, F: nil},
	&snowballRuntime.Among{Str: "lekua", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "burua", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "durua", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tsua", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tua", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mentua", A: 136, B: 1, F: nil},
	&snowballRuntime.Among{Str: "estua", A: 136, B: 1, F: nil},
	&snowballRuntime.Among{Str: "txua", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zua", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzua", A: 140, B: 1, F: nil},
	&snowballRuntime.Among{Str: "za", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eza", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eroza", A: 142, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tza", A: 142, B: 2, F: nil},
	&snowballRuntime.Among{Str: "koitza", A: 145, B: 1, F: nil},
	&snowballRuntime.Among{Str: "antza", A: 145, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gintza", A: 145, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kintza", A: 145, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kuntza", A: 145, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gabe", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kabe", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kide", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "alde", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kalde", A: 154, B: 1, F: nil},
	&snowballRuntime.Among{Str: "talde", A: 154, B: 1, F: nil},
	&snowballRuntime.Among{Str: "orde", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ge", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zale", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzale", A: 159, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gile", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eme", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kume", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ne", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zione", A: 164, B: 1, F: nil},
	&snowballRuntime.Among{Str: "une", A: 164, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gune", A: 166, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pe", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aurre", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "te", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kote", A: 170, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arte", A: 170, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oste", A: 170, B: 1, F: nil},
	&snowballRuntime.Among{Str: "etxe", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gai", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "di", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aldi", A: 176, B: 1, F: nil},
	&snowballRuntime.Among{Str: "taldi", A: 177, B: 1, F: nil},
	&snowballRuntime.Among{Str: "geldi", A: 176, B: -1, F: nil},
	&snowballRuntime.Among{Str: "handi", A: 176, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mendi", A: 176, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gei", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "egi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "degi", A: 183, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tegi", A: 183, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nahi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ohi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ki", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "toki", A: 188, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "goi", A: 190, B: 1, F: nil},
	&snowballRuntime.Among{Str: "koi", A: 190, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ari", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kari", A: 193, B: 1, F: nil},
	&snowballRuntime.Among{Str: "lari", A: 193, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tari", A: 193, B: 1, F: nil},
	&snowballRuntime.Among{Str: "garri", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "larri", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kirri", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "duri", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ti", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ontzi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ñi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ak", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ek", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tarik", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gibel", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ail", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kail", A: 209, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kan", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tan", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "etan", A: 212, B: 1, F: nil},
	&snowballRuntime.Among{Str: "en", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ren", A: 214, B: 2, F: nil},
	&snowballRuntime.Among{Str: "garren", A: 215, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gerren", A: 215, B: 1, F: nil},
	&snowballRuntime.Among{Str: "urren", A: 215, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ten", A: 214, B: 4, F: nil},
	&snowballRuntime.Among{Str: "tzen", A: 214, B: 4, F: nil},
	&snowballRuntime.Among{Str: "zain", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzain", A: 221, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kin", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "min", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dun", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asun", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tasun", A: 226, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aizun", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ondo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kondo", A: 229, B: 1, F: nil},
	&snowballRuntime.Among{Str: "go", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ngo", A: 231, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zio", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ko", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "trako", A: 234, B: 5, F: nil},
	&snowballRuntime.Among{Str: "tako", A: 234, B: 1, F: nil},
	&snowballRuntime.Among{Str: "etako", A: 236, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eko", A: 234, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tariko", A: 234, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sko", A: 234, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tuko", A: 234, B: 1, F: nil},
	&snowballRuntime.Among{Str: "minutuko", A: 241, B: 6, F: nil},
	&snowballRuntime.Among{Str: "zko", A: 234, B: 1, F: nil},
	&snowballRuntime.Among{Str: "no", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zino", A: 244, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ro", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aro", A: 246, B: 1, F: nil},
	&snowballRuntime.Among{Str: "igaro", A: 247, B: -1, F: nil},
	&snowballRuntime.Among{Str: "taro", A: 247, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zaro", A: 247, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ero", A: 246, B: 1, F: nil},
	&snowballRuntime.Among{Str: "giro", A: 246, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oro", A: 246, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oso", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "to", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tto", A: 255, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zto", A: 255, B: 1, F: nil},
	&snowballRuntime.Among{Str: "txo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gintzo", A: 259, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ño", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zp", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ar", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dar", A: 263, B: 1, F: nil},
	&snowballRuntime.Among{Str: "behar", A: 263, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zehar", A: 263, B: -1, F: nil},
	&snowballRuntime.Among{Str: "liar", A: 263, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tiar", A: 263, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tar", A: 263, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzar", A: 263, B: 1, F: nil},
	&snowballRuntime.Among{Str: "or", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "kor", A: 271, B: 1, F: nil},
	&snowballRuntime.Among{Str: "os", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ket", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "du", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mendu", A: 275, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ordu", A: 275, B: 1, F: nil},
	&snowballRuntime.Among{Str: "leku", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "buru", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "duru", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tsu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tatu", A: 282, B: 4, F: nil},
	&snowballRuntime.Among{Str: "mentu", A: 282, B: 1, F: nil},
	&snowballRuntime.Among{Str: "estu", A: 282, B: 1, F: nil},
	&snowballRuntime.Among{Str: "txu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "zu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tzu", A: 287, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gintzu", A: 288, B: 1, F: nil},
	&snowballRuntime.Among{Str: "z", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ez", A: 290, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eroz", A: 290, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tz", A: 290, B: 1, F: nil},
	&snowballRuntime.Among{Str: "koitz", A: 293, B: 1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "zlea", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "keria", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "la", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "era", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "dade", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tade", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "date", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tate", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ki", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ik", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "lanik", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "rik", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "larik", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ztik", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "go", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ro", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ero", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "to", A: -1, B: 1, F: nil},
}

var G_v = []byte{17, 65, 16}

type Context struct {
	i_p2 int
	i_p1 int
	i_pV int
}

func r_mark_regions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	context.i_pV = env.Limit
	context.i_p1 = env.Limit
	context.i_p2 = env.Limit
	var v_1 = env.Cursor
lab0:
	for {
	lab1:
		for {
			var v_2 = env.Cursor
		lab2:
			for {
				if !env.InGrouping(G_v, 97, 117) {
					break lab2
				}
			lab3:
				for {
					var v_3 = env.Cursor
				lab4:
					for {
						if !env.OutGrouping(G_v, 97, 117) {
							break lab4
						}
						if !env.GoOutGrouping(G_v, 97, 117) {
							break lab4
						}
						env.NextChar()
						break lab3
					}
					env.Cursor = v_3
					if !env.InGrouping(G_v, 97, 117) {
						break lab2
					}
					if !env.GoInGrouping(G_v, 97, 117) {
						break lab2
					}
					env.NextChar()
					break lab3
				}
				break lab1
			}
			env.Cursor = v_2
			if !env.OutGrouping(G_v, 97, 117) {
				break lab0
			}
		lab5:
			for {
				var v_4 = env.Cursor
			lab6:
				for {
					if !env.OutGrouping(G_v, 97, 117) {
						break lab6
					}
					if !env.GoOutGrouping(G_v, 97, 117) {
						break lab6
					}
					env.NextChar()
					break lab5
				}
				env.Cursor = v_4
				if !env.InGrouping(G_v, 97, 117) {
					break lab0
				}
				if env.Cursor >= env.Limit {
					break lab0
				}
				env.NextChar()
				break lab5
			}
			break lab1
		}
		context.i_pV = env.Cursor
		break lab0
	}
	env.Cursor = v_1
	var v_5 = env.Cursor
lab7:
	for {
		if !env.GoOutGrouping(G_v, 97, 117) {
			break lab7
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 117) {
			break lab7
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		if !env.GoOutGrouping(G_v, 97, 117) {
			break lab7
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 117) {
			break lab7
		}
		env.NextChar()
		context.i_p2 = env.Cursor
		break lab7
	}
	env.Cursor = v_5
	return true
}

func r_RV(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_pV <= env.Cursor
}

func r_R2(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_p2 <= env.Cursor
}

func r_aditzak(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_0, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		if !r_RV(env, context) {
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

func r_izenak(env *snowballRuntime.Env, ctx interface{}) bool {
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
		if !r_RV(env, context) {
			return false
		}
		env.SliceDel()
	case 2:
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
	case 3:
		env.SliceFrom("jok")
	case 4:
		if context.i_p1 > env.Cursor {
			return false
		}
		env.SliceDel()
	case 5:
		env.SliceFrom("tra")
	case 6:
		env.SliceFrom("minutu")
	}
	return true
}

func r_adjetiboak(env *snowballRuntime.Env, ctx interface{}) bool {
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
		if !r_RV(env, context) {
			return false
		}
		env.SliceDel()
	case 2:
		env.SliceFrom("z")
	}
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p2: 0,
		i_p1: 0,
		i_pV: 0,
	}
	_ = context
	r_mark_regions(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
replab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for range [2]struct{}{} {
			if !r_aditzak(env, context) {
				break lab1
			}
			continue replab0
		}
		env.Cursor = env.Limit - v_1
		break replab0
	}
replab2:
	for {
		var v_2 = env.Limit - env.Cursor
	lab3:
		for range [2]struct{}{} {
			if !r_izenak(env, context) {
				break lab3
			}
			continue replab2
		}
		env.Cursor = env.Limit - v_2
		break replab2
	}
	var v_3 = env.Limit - env.Cursor
	r_adjetiboak(env, context)
	env.Cursor = env.Limit - v_3
	env.Cursor = env.LimitBackward
	return true
}
