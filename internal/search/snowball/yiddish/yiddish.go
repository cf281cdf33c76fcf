//! Generated from yiddish.sbl by Snowball 3.1.1 - https://snowballstem.org/

package yiddish

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u05D5\u05D5", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D5\u05D9", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05D9", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u05DA", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u05DD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u05DF", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "\u05E3", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "\u05E5", A: -1, B: 8, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u05D0\u05D3\u05D5\u05E8\u05DB", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05D4\u05D9\u05E0", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05D4\u05E2\u05E8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05D4\u05F2\u05DE", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05D5\u05DE", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05D5\u05E0\u05D8\u05E2\u05E8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05D9\u05D1\u05E2\u05E8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E0", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E0\u05D8", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E0\u05D8\u05E7\u05E2\u05D2\u05E0", A: 8, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E0\u05D9\u05D3\u05E2\u05E8", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E4", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E4\u05D9\u05E8", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E7\u05E2\u05D2\u05E0", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E8\u05D0\u05E4", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E8\u05D5\u05DE", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E8\u05D5\u05E0\u05D8\u05E2\u05E8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E8\u05D9\u05D1\u05E2\u05E8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E8\u05F1\u05E1", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E8\u05F1\u05E4", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05E8\u05F2\u05E0", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05F0\u05E2\u05E7", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05F1\u05E1", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05F1\u05E4", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D0\u05F2\u05E0", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D1\u05D0", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D1\u05F2", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D3\u05D5\u05E8\u05DB", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D3\u05E2\u05E8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05DE\u05D9\u05D8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E0\u05D0\u05DB", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E4\u05D0\u05E8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E4\u05D0\u05E8\u05D1\u05F2", A: 31, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E4\u05D0\u05E8\u05F1\u05E1", A: 31, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E4\u05D5\u05E0\u05D0\u05E0\u05D3\u05E2\u05E8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E6\u05D5", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E6\u05D5\u05D6\u05D0\u05DE\u05E2\u05E0", A: 35, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E6\u05D5\u05E0\u05F1\u05E4", A: 35, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E6\u05D5\u05E8\u05D9\u05E7", A: 35, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E6\u05E2", A: -1, B: 1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u05D3\u05D6\u05E9", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05D8\u05E8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05D8\u05E9", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05E4\u05E8", A: -1, B: -1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u05E7\u05DC\u05D9\u05D1", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "\u05E8\u05D9\u05D1", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E8\u05D9\u05D1", A: 1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05E8\u05D9\u05D1", A: 1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "\u05D4\u05F1\u05D1", A: -1, B: 23, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05F0\u05D9\u05D2", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "\u05D2\u05D0\u05E0\u05D2", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D6\u05D5\u05E0\u05D2", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05DC\u05D5\u05E0\u05D2", A: -1, B: 21, F: nil},
	&snowballRuntime.Among{Str: "\u05E6\u05F0\u05D5\u05E0\u05D2", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "\u05D1\u05F1\u05D2", A: -1, B: 22, F: nil},
	&snowballRuntime.Among{Str: "\u05D1\u05D5\u05E0\u05D3", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "\u05F0\u05D9\u05D6", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "\u05D1\u05D9\u05D8", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u05DC\u05D9\u05D8", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "\u05DE\u05D9\u05D8", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05E0\u05D9\u05D8", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "\u05E0\u05D5\u05DE", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05D8\u05D0\u05E0", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "\u05D1\u05D9\u05E1", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05DE\u05D9\u05E1", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "\u05E8\u05D9\u05E1", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E8\u05D5\u05E0\u05E7", A: -1, B: 19, F: nil},
	&snowballRuntime.Among{Str: "\u05E4\u05D0\u05E8\u05DC\u05F1\u05E8", A: -1, B: 24, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05F0\u05F1\u05E8", A: -1, B: 26, F: nil},
	&snowballRuntime.Among{Str: "\u05F0\u05D5\u05D8\u05E9", A: -1, B: 17, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u05D5\u05E0\u05D2", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E1\u05D8\u05D5", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D1\u05E8\u05D0\u05DB\u05D8", A: 2, B: 31, F: nil},
	&snowballRuntime.Among{Str: "\u05E1\u05D8", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05E1\u05D8", A: 4, B: 33, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05D8", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05D0\u05E4\u05D8", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D4\u05F2\u05D8", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E7\u05F2\u05D8", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05E7\u05F2\u05D8", A: 9, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05DC\u05E2\u05DB", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05DC\u05E2\u05DB", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05D6\u05DE", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05DE", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05DE", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05E0\u05E2\u05DE", A: 15, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E2\u05E0\u05E2\u05DE", A: 16, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u05E0", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E7\u05DC\u05D9\u05D1\u05E0", A: 18, B: 14, F: nil},
	&snowballRuntime.Among{Str: "\u05E8\u05D9\u05D1\u05E0", A: 18, B: 15, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E8\u05D9\u05D1\u05E0", A: 20, B: 12, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05E8\u05D9\u05D1\u05E0", A: 20, B: 7, F: nil},
	&snowballRuntime.Among{Str: "\u05D4\u05F1\u05D1\u05E0", A: 18, B: 27, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05F0\u05D9\u05D2\u05E0", A: 18, B: 17, F: nil},
	&snowballRuntime.Among{Str: "\u05D6\u05D5\u05E0\u05D2\u05E0", A: 18, B: 22, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05DC\u05D5\u05E0\u05D2\u05E0", A: 18, B: 25, F: nil},
	&snowballRuntime.Among{Str: "\u05E6\u05F0\u05D5\u05E0\u05D2\u05E0", A: 18, B: 24, F: nil},
	&snowballRuntime.Among{Str: "\u05D1\u05F1\u05D2\u05E0", A: 18, B: 26, F: nil},
	&snowballRuntime.Among{Str: "\u05D1\u05D5\u05E0\u05D3\u05E0", A: 18, B: 20, F: nil},
	&snowballRuntime.Among{Str: "\u05F0\u05D9\u05D6\u05E0", A: 18, B: 11, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E0", A: 18, B: 4, F: nil},
	&snowballRuntime.Among{Str: "GE\u05D1\u05D9\u05D8\u05E0", A: 31, B: 9, F: nil},
	&snowballRuntime.Among{Str: "GE\u05DC\u05D9\u05D8\u05E0", A: 31, B: 13, F: nil},
	&snowballRuntime.Among{Str: "GE\u05DE\u05D9\u05D8\u05E0", A: 31, B: 8, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05E0\u05D9\u05D8\u05E0", A: 31, B: 19, F: nil},
	&snowballRuntime.Among{Str: "\u05E1\u05D8\u05E0", A: 31, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05E1\u05D8\u05E0", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05D8\u05E0", A: 31, B: 1, F: nil},
	&snowballRuntime.Among{Str: "GE\u05D1\u05D9\u05E1\u05E0", A: 18, B: 10, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05DE\u05D9\u05E1\u05E0", A: 18, B: 18, F: nil},
	&snowballRuntime.Among{Str: "GE\u05E8\u05D9\u05E1\u05E0", A: 18, B: 16, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05E0", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D2\u05D0\u05E0\u05D2\u05E2\u05E0", A: 42, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05DC\u05E2\u05E0", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E0\u05D5\u05DE\u05E2\u05E0", A: 42, B: 6, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05D6\u05DE\u05E2\u05E0", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05D8\u05D0\u05E0\u05E2\u05E0", A: 42, B: 29, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E8\u05D5\u05E0\u05E7\u05E0", A: 18, B: 23, F: nil},
	&snowballRuntime.Among{Str: "\u05E4\u05D0\u05E8\u05DC\u05F1\u05E8\u05E0", A: 18, B: 28, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05F0\u05F1\u05E8\u05E0", A: 18, B: 30, F: nil},
	&snowballRuntime.Among{Str: "\u05F0\u05D5\u05D8\u05E9\u05E0", A: 18, B: 21, F: nil},
	&snowballRuntime.Among{Str: "\u05D2\u05F2\u05E0", A: 18, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u05E1", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E1", A: 53, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05D8\u05E1", A: 54, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E0\u05E1", A: 53, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E0\u05E1", A: 56, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05E0\u05E1", A: 56, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05E1", A: 53, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05E2\u05E1", A: 59, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05DC\u05E2\u05E1", A: 59, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05E8\u05E1", A: 53, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05E0\u05E2\u05E8\u05E1", A: 62, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E2", A: 64, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u05E1\u05D8\u05E2", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05D8\u05E2", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05E2", A: 64, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05DC\u05E2", A: 64, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05E0\u05E2", A: 64, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E2\u05E0\u05E2", A: 70, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05E8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E2\u05E8", A: 72, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u05E1\u05D8\u05E2\u05E8", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05D8\u05E2\u05E8", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05E0\u05E2\u05E8", A: 72, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u05D8\u05E2\u05E0\u05E2\u05E8", A: 76, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u05D5\u05EA", A: -1, B: 32, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u05D5\u05E0\u05D2", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E9\u05D0\u05E4\u05D8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D4\u05F2\u05D8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E7\u05F2\u05D8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05E7\u05F2\u05D8", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05DC", A: -1, B: 2, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u05D9\u05D2", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05E7", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D3\u05D9\u05E7", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E0\u05D3\u05D9\u05E7", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05E2\u05E0\u05D3\u05D9\u05E7", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D1\u05DC\u05D9\u05E7", A: 1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u05D2\u05DC\u05D9\u05E7", A: 1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u05E0\u05D9\u05E7", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u05D9\u05E9", A: -1, B: 1, F: nil},
}

var G_niked = []byte{255, 155, 6}

var G_vowel = []byte{33, 2, 4, 0, 6}

var G_consonant = []byte{239, 254, 253, 131}

type Context struct {
	i_p1 int
}

func r_prelude(env *snowballRuntime.Env, ctx interface{}) bool {
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
						lab5:
							for {
								if !env.EqS("\u05BC") {
									break lab5
								}
								break lab4
							}
							env.SliceFrom("\u05F0")
						case 2:
						lab6:
							for {
								if !env.EqS("\u05B4") {
									break lab6
								}
								break lab4
							}
							env.SliceFrom("\u05F1")
						case 3:
						lab7:
							for {
								if !env.EqS("\u05B4") {
									break lab7
								}
								break lab4
							}
							env.SliceFrom("\u05F2")
						case 4:
							env.SliceFrom("\u05DB")
						case 5:
							env.SliceFrom("\u05DE")
						case 6:
							env.SliceFrom("\u05E0")
						case 7:
							env.SliceFrom("\u05E4")
						case 8:
							env.SliceFrom("\u05E6")
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
	var v_4 = env.Cursor
lab8:
	for {
	replab9:
		for {
			var v_5 = env.Cursor
		lab10:
			for range [2]struct{}{} {
			golab11:
				for {
					var v_6 = env.Cursor
				lab12:
					for {
						env.Bra = env.Cursor
						if !env.InGrouping(G_niked, 1456, 1474) {
							break lab12
						}
						env.Ket = env.Cursor
						env.SliceDel()
						env.Cursor = v_6
						break golab11
					}
					env.Cursor = v_6
					if env.Cursor >= env.Limit {
						break lab10
					}
					env.NextChar()
				}
				continue replab9
			}
			env.Cursor = v_5
			break replab9
		}
		break lab8
	}
	env.Cursor = v_4
	return true
}

func r_mark_regions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var i_x int
	context.i_p1 = env.Limit
	var v_1 = env.Cursor
lab0:
	for {
		env.Bra = env.Cursor
		if !env.EqS("\u05D2\u05E2") {
			env.Cursor = v_1
			break lab0
		}
		env.Ket = env.Cursor
		var v_2 = env.Cursor
	lab1:
		for {
		lab2:
			for {
			lab3:
				for {
					if !env.EqS("\u05DC\u05D8") {
						break lab3
					}
					break lab2
				}
			lab4:
				for {
					if !env.EqS("\u05D1\u05E0") {
						break lab4
					}
					break lab2
				}
				if env.Cursor < env.Limit {
					break lab1
				}
				break lab2
			}
			env.Cursor = v_1
			break lab0
		}
		env.Cursor = v_2
		env.SliceFrom("GE")
		break lab0
	}
	var v_3 = env.Cursor
lab5:
	for {
		if env.FindAmong(A_1, context) == 0 {
			env.Cursor = v_3
			break lab5
		}
	lab6:
		for {
			var v_4 = env.Cursor
		lab7:
			for {
				var v_5 = env.Cursor
			lab8:
				for {
				lab9:
					for {
						if !env.EqS("\u05E6\u05D5\u05D2\u05E0") {
							break lab9
						}
						break lab8
					}
				lab10:
					for {
						if !env.EqS("\u05E6\u05D5\u05E7\u05D8") {
							break lab10
						}
						break lab8
					}
					if !env.EqS("\u05E6\u05D5\u05E7\u05E0") {
						break lab7
					}
					break lab8
				}
				if env.Cursor < env.Limit {
					break lab7
				}
				env.Cursor = v_5
				break lab6
			}
			env.Cursor = v_4
		lab11:
			for {
				var v_6 = env.Cursor
				if !env.EqS("\u05D2\u05E2\u05D1\u05E0") {
					break lab11
				}
				env.Cursor = v_6
				break lab6
			}
			env.Cursor = v_4
		lab12:
			for {
				env.Bra = env.Cursor
				if !env.EqS("\u05D2\u05E2") {
					break lab12
				}
				env.Ket = env.Cursor
				env.SliceFrom("GE")
				break lab6
			}
			env.Cursor = v_4
			env.Bra = env.Cursor
			if !env.EqS("\u05E6\u05D5") {
				env.Cursor = v_3
				break lab5
			}
			env.Ket = env.Cursor
			env.SliceFrom("TSU")
			break lab6
		}
		break lab5
	}
	var v_7 = env.Cursor
	if !env.Hop(3) {
		return false
	}
	i_x = env.Cursor
	env.Cursor = v_7
	var v_8 = env.Cursor
lab13:
	for {
		if env.FindAmong(A_2, context) == 0 {
			env.Cursor = v_8
			break lab13
		}
		break lab13
	}
	var v_9 = env.Cursor
lab14:
	for {
		if !env.InGrouping(G_consonant, 1489, 1520) {
			break lab14
		}
		if !env.InGrouping(G_consonant, 1489, 1520) {
			break lab14
		}
		if !env.InGrouping(G_consonant, 1489, 1520) {
			break lab14
		}
		context.i_p1 = env.Cursor
		return false
	}
	env.Cursor = v_9
	if !env.GoOutGrouping(G_vowel, 1488, 1522) {
		return false
	}
	env.NextChar()
	if !env.GoInGrouping(G_vowel, 1488, 1522) {
		return false
	}
	context.i_p1 = env.Cursor
lab15:
	for {
		if context.i_p1 >= i_x {
			break lab15
		}
		context.i_p1 = i_x
		break lab15
	}
	return true
}

func r_R1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_p1 <= env.Cursor
}

func r_standard_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		env.Ket = env.Cursor
		among_var = env.FindAmongB(A_4, context)
		if among_var == 0 {
			break lab0
		}
		env.Bra = env.Cursor
		switch among_var {
		case 1:
			if !r_R1(env, context) {
				break lab0
			}
			env.SliceDel()
		case 2:
			if !r_R1(env, context) {
				break lab0
			}
			env.SliceFrom("\u05D9\u05E2")
		case 3:
			if !r_R1(env, context) {
				break lab0
			}
			env.SliceDel()
			env.Ket = env.Cursor
			among_var = env.FindAmongB(A_3, context)
			if among_var == 0 {
				break lab0
			}
			env.Bra = env.Cursor
			switch among_var {
			case 1:
				env.SliceFrom("\u05D2\u05F2")
			case 2:
				env.SliceFrom("\u05E0\u05E2\u05DE")
			case 3:
				env.SliceFrom("\u05DE\u05F2\u05D3")
			case 4:
				env.SliceFrom("\u05D1\u05F2\u05D8")
			case 5:
				env.SliceFrom("\u05D1\u05F2\u05E1")
			case 6:
				env.SliceFrom("\u05F0\u05F2\u05D6")
			case 7:
				env.SliceFrom("\u05D8\u05E8\u05F2\u05D1")
			case 8:
				env.SliceFrom("\u05DC\u05F2\u05D8")
			case 9:
				env.SliceFrom("\u05E7\u05DC\u05F2\u05D1")
			case 10:
				env.SliceFrom("\u05E8\u05F2\u05D1")
			case 11:
				env.SliceFrom("\u05E8\u05F2\u05E1")
			case 12:
				env.SliceFrom("\u05E9\u05F0\u05F2\u05D2")
			case 13:
				env.SliceFrom("\u05E9\u05DE\u05F2\u05E1")
			case 14:
				env.SliceFrom("\u05E9\u05E0\u05F2\u05D3")
			case 15:
				env.SliceFrom("\u05E9\u05E8\u05F2\u05D1")
			case 16:
				env.SliceFrom("\u05D1\u05D9\u05E0\u05D3")
			case 17:
				env.SliceFrom("\u05F0\u05D9\u05D8\u05E9")
			case 18:
				env.SliceFrom("\u05D6\u05D9\u05E0\u05D2")
			case 19:
				env.SliceFrom("\u05D8\u05E8\u05D9\u05E0\u05E7")
			case 20:
				env.SliceFrom("\u05E6\u05F0\u05D9\u05E0\u05D2")
			case 21:
				env.SliceFrom("\u05E9\u05DC\u05D9\u05E0\u05D2")
			case 22:
				env.SliceFrom("\u05D1\u05F2\u05D2")
			case 23:
				env.SliceFrom("\u05D4\u05F2\u05D1")
			case 24:
				env.SliceFrom("\u05E4\u05D0\u05E8\u05DC\u05D9\u05E8")
			case 25:
				env.SliceFrom("\u05E9\u05D8\u05F2")
			case 26:
				env.SliceFrom("\u05E9\u05F0\u05E2\u05E8")
			}
		case 4:
		lab1:
			for {
				var v_2 = env.Limit - env.Cursor
			lab2:
				for {
					if !r_R1(env, context) {
						break lab2
					}
					env.SliceDel()
					break lab1
				}
				env.Cursor = env.Limit - v_2
				env.SliceFrom("\u05D8")
				break lab1
			}
			env.Ket = env.Cursor
			if !env.EqSB("\u05D1\u05E8\u05D0\u05DB") {
				break lab0
			}
			var v_3 = env.Limit - env.Cursor
		lab3:
			for {
				if !env.EqSB("\u05D2\u05E2") {
					env.Cursor = env.Limit - v_3
					break lab3
				}
				break lab3
			}
			env.Bra = env.Cursor
			env.SliceFrom("\u05D1\u05E8\u05E2\u05E0\u05D2")
		case 5:
			env.SliceFrom("\u05D2\u05F2")
		case 6:
			env.SliceFrom("\u05E0\u05E2\u05DE")
		case 7:
			env.SliceFrom("\u05E9\u05E8\u05F2\u05D1")
		case 8:
			env.SliceFrom("\u05DE\u05F2\u05D3")
		case 9:
			env.SliceFrom("\u05D1\u05F2\u05D8")
		case 10:
			env.SliceFrom("\u05D1\u05F2\u05E1")
		case 11:
			env.SliceFrom("\u05F0\u05F2\u05D6")
		case 12:
			env.SliceFrom("\u05D8\u05E8\u05F2\u05D1")
		case 13:
			env.SliceFrom("\u05DC\u05F2\u05D8")
		case 14:
			env.SliceFrom("\u05E7\u05DC\u05F2\u05D1")
		case 15:
			env.SliceFrom("\u05E8\u05F2\u05D1")
		case 16:
			env.SliceFrom("\u05E8\u05F2\u05E1")
		case 17:
			env.SliceFrom("\u05E9\u05F0\u05F2\u05D2")
		case 18:
			env.SliceFrom("\u05E9\u05DE\u05F2\u05E1")
		case 19:
			env.SliceFrom("\u05E9\u05E0\u05F2\u05D3")
		case 20:
			env.SliceFrom("\u05D1\u05D9\u05E0\u05D3")
		case 21:
			env.SliceFrom("\u05F0\u05D9\u05D8\u05E9")
		case 22:
			env.SliceFrom("\u05D6\u05D9\u05E0\u05D2")
		case 23:
			env.SliceFrom("\u05D8\u05E8\u05D9\u05E0\u05E7")
		case 24:
			env.SliceFrom("\u05E6\u05F0\u05D9\u05E0\u05D2")
		case 25:
			env.SliceFrom("\u05E9\u05DC\u05D9\u05E0\u05D2")
		case 26:
			env.SliceFrom("\u05D1\u05F2\u05D2")
		case 27:
			env.SliceFrom("\u05D4\u05F2\u05D1")
		case 28:
			env.SliceFrom("\u05E4\u05D0\u05E8\u05DC\u05D9\u05E8")
		case 29:
			env.SliceFrom("\u05E9\u05D8\u05F2")
		case 30:
			env.SliceFrom("\u05E9\u05F0\u05E2\u05E8")
		case 31:
			env.SliceFrom("\u05D1\u05E8\u05E2\u05E0\u05D2")
		case 32:
			if !r_R1(env, context) {
				break lab0
			}
			env.SliceFrom("\u05D4")
		case 33:
		lab4:
			for {
				var v_4 = env.Limit - env.Cursor
			lab5:
				for {
				lab6:
					for {
					lab7:
						for {
							if !env.EqSB("\u05D2") {
								break lab7
							}
							break lab6
						}
						if !env.EqSB("\u05E9") {
							break lab5
						}
						break lab6
					}
					var v_5 = env.Limit - env.Cursor
				lab8:
					for {
						if context.i_p1 > (env.Cursor + 6) {
							env.Cursor = env.Limit - v_5
							break lab8
						}
						env.SliceFrom("\u05D9\u05E1")
						break lab8
					}
					break lab4
				}
				env.Cursor = env.Limit - v_4
				if !r_R1(env, context) {
					break lab0
				}
				env.SliceDel()
				break lab4
			}
		}
		break lab0
	}
	env.Cursor = env.Limit - v_1
	var v_6 = env.Limit - env.Cursor
lab9:
	for {
		env.Ket = env.Cursor
		among_var = env.FindAmongB(A_5, context)
		if among_var == 0 {
			break lab9
		}
		env.Bra = env.Cursor
		switch among_var {
		case 1:
			if !r_R1(env, context) {
				break lab9
			}
			env.SliceDel()
		case 2:
			if !r_R1(env, context) {
				break lab9
			}
			if !env.InGroupingB(G_consonant, 1489, 1520) {
				break lab9
			}
			env.SliceDel()
		}
		break lab9
	}
	env.Cursor = env.Limit - v_6
	var v_7 = env.Limit - env.Cursor
lab10:
	for {
		env.Ket = env.Cursor
		among_var = env.FindAmongB(A_6, context)
		if among_var == 0 {
			break lab10
		}
		env.Bra = env.Cursor
		switch among_var {
		case 1:
			if !r_R1(env, context) {
				break lab10
			}
			env.SliceDel()
		}
		break lab10
	}
	env.Cursor = env.Limit - v_7
	var v_8 = env.Limit - env.Cursor
lab11:
	for {
	replab12:
		for {
			var v_9 = env.Limit - env.Cursor
		lab13:
			for range [2]struct{}{} {
			golab14:
				for {
					var v_10 = env.Limit - env.Cursor
				lab15:
					for {
						env.Ket = env.Cursor
					lab16:
						for {
						lab17:
							for {
								if !env.EqSB("GE") {
									break lab17
								}
								break lab16
							}
							if !env.EqSB("TSU") {
								break lab15
							}
							break lab16
						}
						env.Bra = env.Cursor
						env.SliceDel()
						env.Cursor = env.Limit - v_10
						break golab14
					}
					env.Cursor = env.Limit - v_10
					if env.Cursor <= env.LimitBackward {
						break lab13
					}
					env.PrevChar()
				}
				continue replab12
			}
			env.Cursor = env.Limit - v_9
			break replab12
		}
		break lab11
	}
	env.Cursor = env.Limit - v_8
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p1: 0,
	}
	_ = context
	r_prelude(env, context)
	var v_1 = env.Cursor
	r_mark_regions(env, context)
	env.Cursor = v_1
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	r_standard_suffix(env, context)
	env.Cursor = env.LimitBackward
	return true
}
