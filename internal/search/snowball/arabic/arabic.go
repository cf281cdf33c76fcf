//! Generated from arabic.sbl by Snowball 3.1.1 - https://snowballstem.org/

package arabic

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0640", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u064B", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u064C", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u064D", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u064E", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u064F", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0650", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0651", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0652", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0660", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0661", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0662", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0663", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0664", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "\u0665", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "\u0666", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "\u0667", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "\u0668", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "\u0669", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "\uFE80", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "\uFE81", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "\uFE82", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "\uFE83", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "\uFE84", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "\uFE85", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "\uFE86", A: -1, B: 17, F: nil},
	&snowballRuntime.Among{Str: "\uFE87", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "\uFE88", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "\uFE89", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "\uFE8A", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "\uFE8B", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "\uFE8C", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "\uFE8D", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "\uFE8E", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "\uFE8F", A: -1, B: 19, F: nil},
	&snowballRuntime.Among{Str: "\uFE90", A: -1, B: 19, F: nil},
	&snowballRuntime.Among{Str: "\uFE91", A: -1, B: 19, F: nil},
	&snowballRuntime.Among{Str: "\uFE92", A: -1, B: 19, F: nil},
	&snowballRuntime.Among{Str: "\uFE93", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "\uFE94", A: -1, B: 20, F: nil},
	&snowballRuntime.Among{Str: "\uFE95", A: -1, B: 21, F: nil},
	&snowballRuntime.Among{Str: "\uFE96", A: -1, B: 21, F: nil},
	&snowballRuntime.Among{Str: "\uFE97", A: -1, B: 21, F: nil},
	&snowballRuntime.Among{Str: "\uFE98", A: -1, B: 21, F: nil},
	&snowballRuntime.Among{Str: "\uFE99", A: -1, B: 22, F: nil},
	&snowballRuntime.Among{Str: "\uFE9A", A: -1, B: 22, F: nil},
	&snowballRuntime.Among{Str: "\uFE9B", A: -1, B: 22, F: nil},
	&snowballRuntime.Among{Str: "\uFE9C", A: -1, B: 22, F: nil},
	&snowballRuntime.Among{Str: "\uFE9D", A: -1, B: 23, F: nil},
	&snowballRuntime.Among{Str: "\uFE9E", A: -1, B: 23, F: nil},
	&snowballRuntime.Among{Str: "\uFE9F", A: -1, B: 23, F: nil},
	&snowballRuntime.Among{Str: "\uFEA0", A: -1, B: 23, F: nil},
	&snowballRuntime.Among{Str: "\uFEA1", A: -1, B: 24, F: nil},
	&snowballRuntime.Among{Str: "\uFEA2", A: -1, B: 24, F: nil},
	&snowballRuntime.Among{Str: "\uFEA3", A: -1, B: 24, F: nil},
	&snowballRuntime.Among{Str: "\uFEA4", A: -1, B: 24, F: nil},
	&snowballRuntime.Among{Str: "\uFEA5", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "\uFEA6", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "\uFEA7", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "\uFEA8", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "\uFEA9", A: -1, B: 26, F: nil},
	&snowballRuntime.Among{Str: "\uFEAA", A: -1, B: 26, F: nil},
	&snowballRuntime.Among{Str: "\uFEAB", A: -1, B: 27, F: nil},
	&snowballRuntime.Among{Str: "\uFEAC", A: -1, B: 27, F: nil},
	&snowballRuntime.Among{Str: "\uFEAD", A: -1, B: 28, F: nil},
	&snowballRuntime.Among{Str: "\uFEAE", A: -1, B: 28, F: nil},
	&snowballRuntime.Among{Str: "\uFEAF", A: -1, B: 29, F: nil},
	&snowballRuntime.Among{Str: "\uFEB0", A: -1, B: 29, F: nil},
	&snowballRuntime.Among{Str: "\uFEB1", A: -1, B: 30, F: nil},
	&snowballRuntime.Among{Str: "\uFEB2", A: -1, B: 30, F: nil},
	&snowballRuntime.Among{Str: "\uFEB3", A: -1, B: 30, F: nil},
	&snowballRuntime.Among{Str: "\uFEB4", A: -1, B: 30, F: nil},
	&snowballRuntime.Among{Str: "\uFEB5", A: -1, B: 31, F: nil},
	&snowballRuntime.Among{Str: "\uFEB6", A: -1, B: 31, F: nil},
	&snowballRuntime.Among{Str: "\uFEB7", A: -1, B: 31, F: nil},
	&snowballRuntime.Among{Str: "\uFEB8", A: -1, B: 31, F: nil},
	&snowballRuntime.Among{Str: "\uFEB9", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "\uFEBA", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "\uFEBB", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "\uFEBC", A: -1, B: 32, F: nil},
	&snowballRuntime.Among{Str: "\uFEBD", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "\uFEBE", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "\uFEBF", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "\uFEC0", A: -1, B: 33, F: nil},
	&snowballRuntime.Among{Str: "\uFEC1", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "\uFEC2", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "\uFEC3", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "\uFEC4", A: -1, B: 34, F: nil},
	&snowballRuntime.Among{Str: "\uFEC5", A: -1, B: 35, F: nil},
	&snowballRuntime.Among{Str: "\uFEC6", A: -1, B: 35, F: nil},
	&snowballRuntime.Among{Str: "\uFEC7", A: -1, B: 35, F: nil},
	&snowballRuntime.Among{Str: "\uFEC8", A: -1, B: 35, F: nil},
	&snowballRuntime.Among{Str: "\uFEC9", A: -1, B: 36, F: nil},
	&snowballRuntime.Among{Str: "\uFECA", A: -1, B: 36, F: nil},
	&snowballRuntime.Among{Str: "\uFECB", A: -1, B: 36, F: nil},
	&snowballRuntime.Among{Str: "\uFECC", A: -1, B: 36, F: nil},
	&snowballRuntime.Among{Str: "\uFECD", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "\uFECE", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "\uFECF", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "\uFED0", A: -1, B: 37, F: nil},
	&snowballRuntime.Among{Str: "\uFED1", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "\uFED2", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "\uFED3", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "\uFED4", A: -1, B: 38, F: nil},
	&snowballRuntime.Among{Str: "\uFED5", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "\uFED6", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "\uFED7", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "\uFED8", A: -1, B: 39, F: nil},
	&snowballRuntime.Among{Str: "\uFED9", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "\uFEDA", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "\uFEDB", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "\uFEDC", A: -1, B: 40, F: nil},
	&snowballRuntime.Among{Str: "\uFEDD", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "\uFEDE", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "\uFEDF", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "\uFEE0", A: -1, B: 41, F: nil},
	&snowballRuntime.Among{Str: "\uFEE1", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "\uFEE2", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "\uFEE3", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "\uFEE4", A: -1, B: 42, F: nil},
	&snowballRuntime.Among{Str: "\uFEE5", A: -1, B: 43, F: nil},
	&snowballRuntime.Among{Str: "\uFEE6", A: -1, B: 43, F: nil},
	&snowballRuntime.Among{Str: "\uFEE7", A: -1, B: 43, F: nil},
	&snowballRuntime.Among{Str: "\uFEE8", A: -1, B: 43, F: nil},
	&snowballRuntime.Among{Str: "\uFEE9", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "\uFEEA", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "\uFEEB", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "\uFEEC", A: -1, B: 44, F: nil},
	&snowballRuntime.Among{Str: "\uFEED", A: -1, B: 45, F: nil},
	&snowballRuntime.Among{Str: "\uFEEE", A: -1, B: 45, F: nil},
	&snowballRuntime.Among{Str: "\uFEEF", A: -1, B: 46, F: nil},
	&snowballRuntime.Among{Str: "\uFEF0", A: -1, B: 46, F: nil},
	&snowballRuntime.Among{Str: "\uFEF1", A: -1, B: 47, F: nil},
	&snowballRuntime.Among{Str: "\uFEF2", A: -1, B: 47, F: nil},
	&snowballRuntime.Among{Str: "\uFEF3", A: -1, B: 47, F: nil},
	&snowballRuntime.Among{Str: "\uFEF4", A: -1, B: 47, F: nil},
	&snowballRuntime.Among{Str: "\uFEF5", A: -1, B: 51, F: nil},
	&snowballRuntime.Among{Str: "\uFEF6", A: -1, B: 51, F: nil},
	&snowballRuntime.Among{Str: "\uFEF7", A: -1, B: 49, F: nil},
	&snowballRuntime.Among{Str: "\uFEF8", A: -1, B: 49, F: nil},
	&snowballRuntime.Among{Str: "\uFEF9", A: -1, B: 50, F: nil},
	&snowballRuntime.Among{Str: "\uFEFA", A: -1, B: 50, F: nil},
	&snowballRuntime.Among{Str: "\uFEFB", A: -1, B: 48, F: nil},
	&snowballRuntime.Among{Str: "\uFEFC", A: -1, B: 48, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0622", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0623", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0624", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0625", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0626", A: -1, B: 1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0622", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0623", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0624", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0625", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0626", A: -1, B: 3, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0627\u0644", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0628\u0627\u0644", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0643\u0627\u0644", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0644\u0644", A: -1, B: 2, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0623\u0622", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0623\u0623", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0623\u0624", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0623\u0625", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0623\u0627", A: -1, B: 3, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0641", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0648", A: -1, B: 1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0627\u0644", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0628\u0627\u0644", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0643\u0627\u0644", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0644\u0644", A: -1, B: 2, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0628", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0628\u0627", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0628\u0628", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0643\u0643", A: -1, B: 3, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0633\u0623", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0633\u062A", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0633\u0646", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0633\u064A", A: -1, B: 1, F: nil},
}

var A_9 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u062A\u0633\u062A", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0646\u0633\u062A", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u064A\u0633\u062A", A: -1, B: 1, F: nil},
}

var A_10 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0643", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0643\u0645", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0645", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0646", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0647", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u064A", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0643\u0645\u0627", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0645\u0627", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0646\u0627", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0627", A: -1, B: 2, F: nil},
}

var A_11 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0648", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u064A", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627", A: -1, B: 1, F: nil},
}

var A_12 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0643", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0643\u0645", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0645", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0643\u0646", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0646", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0647", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0643\u0645\u0648", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0646\u064A", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0643\u0645\u0627", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0645\u0627", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0646\u0627", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0627", A: -1, B: 2, F: nil},
}

var A_13 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0648\u0646", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u064A\u0646", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0646", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u062A\u0646", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u064A", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u062A\u0645\u0627", A: 6, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0646\u0627", A: 6, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u062A\u0627", A: 6, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u062A", A: -1, B: 1, F: nil},
}

var A_14 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u062A\u0645", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0648\u0627", A: -1, B: 1, F: nil},
}

var A_15 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0648", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u062A\u0645\u0648", A: 0, B: 2, F: nil},
}

type Context struct {
	b_is_defined bool
	b_is_verb    bool
	b_is_noun    bool
}

func r_Normalize_pre(env *snowballRuntime.Env, ctx interface{}) bool {
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
			lab3:
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
							env.SliceDel()
						case 2:
							env.SliceFrom("0")
						case 3:
							env.SliceFrom("1")
						case 4:
							env.SliceFrom("2")
						case 5:
							env.SliceFrom("3")
						case 6:
							env.SliceFrom("4")
						case 7:
							env.SliceFrom("5")
						case 8:
							env.SliceFrom("6")
						case 9:
							env.SliceFrom("7")
						case 10:
							env.SliceFrom("8")
						case 11:
							env.SliceFrom("9")
						case 12:
							env.SliceFrom("\u0621")
						case 13:
							env.SliceFrom("\u0623")
						case 14:
							env.SliceFrom("\u0625")
						case 15:
							env.SliceFrom("\u0626")
						case 16:
							env.SliceFrom("\u0622")
						case 17:
							env.SliceFrom("\u0624")
						case 18:
							env.SliceFrom("\u0627")
						case 19:
							env.SliceFrom("\u0628")
						case 20:
							env.SliceFrom("\u0629")
						case 21:
							env.SliceFrom("\u062A")
						case 22:
							env.SliceFrom("\u062B")
						case 23:
							env.SliceFrom("\u062C")
						case 24:
							env.SliceFrom("\u062D")
						case 25:
							env.SliceFrom("\u062E")
						case 26:
							env.SliceFrom("\u062F")
						case 27:
							env.SliceFrom("\u0630")
						case 28:
							env.SliceFrom("\u0631")
						case 29:
							env.SliceFrom("\u0632")
						case 30:
							env.SliceFrom("\u0633")
						case 31:
							env.SliceFrom("\u0634")
						case 32:
							env.SliceFrom("\u0635")
						case 33:
							env.SliceFrom("\u0636")
						case 34:
							env.SliceFrom("\u0637")
						case 35:
							env.SliceFrom("\u0638")
						case 36:
							env.SliceFrom("\u0639")
						case 37:
							env.SliceFrom("\u063A")
						case 38:
							env.SliceFrom("\u0641")
						case 39:
							env.SliceFrom("\u0642")
						case 40:
							env.SliceFrom("\u0643")
						case 41:
							env.SliceFrom("\u0644")
						case 42:
							env.SliceFrom("\u0645")
						case 43:
							env.SliceFrom("\u0646")
						case 44:
							env.SliceFrom("\u0647")
						case 45:
							env.SliceFrom("\u0648")
						case 46:
							env.SliceFrom("\u0649")
						case 47:
							env.SliceFrom("\u064A")
						case 48:
							env.SliceFrom("\u0644\u0627")
						case 49:
							env.SliceFrom("\u0644\u0623")
						case 50:
							env.SliceFrom("\u0644\u0625")
						case 51:
							env.SliceFrom("\u0644\u0622")
						}
						break lab3
					}
					env.Cursor = v_3
					if env.Cursor >= env.Limit {
						break lab2
					}
					env.NextChar()
					break lab3
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

func r_Normalize_post(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	var v_1 = env.Cursor
lab0:
	for {
		env.LimitBackward = env.Cursor
		env.Cursor = env.Limit
		env.Ket = env.Cursor
		if env.FindAmongB(A_1, context) == 0 {
			break lab0
		}
		env.Bra = env.Cursor
		env.SliceFrom("\u0621")
		env.Cursor = env.LimitBackward
		break lab0
	}
	env.Cursor = v_1
	var v_2 = env.Cursor
lab1:
	for {
	replab2:
		for {
			var v_3 = env.Cursor
		lab3:
			for range [2]struct{}{} {
			lab4:
				for {
					var v_4 = env.Cursor
				lab5:
					for {
						env.Bra = env.Cursor
						among_var = env.FindAmong(A_2, context)
						if among_var == 0 {
							break lab5
						}
						env.Ket = env.Cursor
						switch among_var {
						case 1:
							env.SliceFrom("\u0627")
						case 2:
							env.SliceFrom("\u0648")
						case 3:
							env.SliceFrom("\u064A")
						}
						break lab4
					}
					env.Cursor = v_4
					if env.Cursor >= env.Limit {
						break lab3
					}
					env.NextChar()
					break lab4
				}
				continue replab2
			}
			env.Cursor = v_3
			break replab2
		}
		break lab1
	}
	env.Cursor = v_2
	return true
}

func r_Checks1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Bra = env.Cursor
	among_var = env.FindAmong(A_3, context)
	if among_var == 0 {
		return false
	}
	env.Ket = env.Cursor
	switch among_var {
	case 1:
		if snowballRuntime.RuneCountInString(env.Current()) <= 4 {
			return false
		}
		context.b_is_noun = true
		context.b_is_verb = false
		context.b_is_defined = true
	case 2:
		if snowballRuntime.RuneCountInString(env.Current()) <= 3 {
			return false
		}
		context.b_is_noun = true
		context.b_is_verb = false
		context.b_is_defined = true
	}
	return true
}

func r_Prefix_Step1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Bra = env.Cursor
	among_var = env.FindAmong(A_4, context)
	if among_var == 0 {
		return false
	}
	env.Ket = env.Cursor
	switch among_var {
	case 1:
		if snowballRuntime.RuneCountInString(env.Current()) <= 3 {
			return false
		}
		env.SliceFrom("\u0623")
	case 2:
		if snowballRuntime.RuneCountInString(env.Current()) <= 3 {
			return false
		}
		env.SliceFrom("\u0622")
	case 3:
		if snowballRuntime.RuneCountInString(env.Current()) <= 3 {
			return false
		}
		env.SliceFrom("\u0627")
	case 4:
		if snowballRuntime.RuneCountInString(env.Current()) <= 3 {
			return false
		}
		env.SliceFrom("\u0625")
	}
	return true
}

func r_Prefix_Step2(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Bra = env.Cursor
	if env.FindAmong(A_5, context) == 0 {
		return false
	}
	env.Ket = env.Cursor
	if snowballRuntime.RuneCountInString(env.Current()) <= 3 {
		return false
	}
lab0:
	for {
		if !env.EqS("\u0627") {
			break lab0
		}
		return false
	}
	env.SliceDel()
	return true
}

func r_Prefix_Step3a_Noun(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Bra = env.Cursor
	among_var = env.FindAmong(A_6, context)
	if among_var == 0 {
		return false
	}
	env.Ket = env.Cursor
	switch among_var {
	case 1:
		if snowballRuntime.RuneCountInString(env.Current()) <= 5 {
			return false
		}
		env.SliceDel()
	case 2:
		if snowballRuntime.RuneCountInString(env.Current()) <= 4 {
			return false
		}
		env.SliceDel()
	}
	return true
}

func r_Prefix_Step3b_Noun(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Bra = env.Cursor
	among_var = env.FindAmong(A_7, context)
	if among_var == 0 {
		return false
	}
	env.Ket = env.Cursor
	switch among_var {
	case 1:
		if snowballRuntime.RuneCountInString(env.Current()) <= 3 {
			return false
		}
		env.SliceDel()
	case 2:
		if snowballRuntime.RuneCountInString(env.Current()) <= 3 {
			return false
		}
		env.SliceFrom("\u0628")
	case 3:
		if snowballRuntime.RuneCountInString(env.Current()) <= 3 {
			return false
		}
		env.SliceFrom("\u0643")
	}
	return true
}

func r_Prefix_Step3_Verb(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Bra = env.Cursor
	among_var = env.FindAmong(A_8, context)
	if among_var == 0 {
		return false
	}
	env.Ket = env.Cursor
	switch among_var {
	case 1:
		if snowballRuntime.RuneCountInString(env.Current()) <= 4 {
			return false
		}
		env.SliceFrom("\u064A")
	case 2:
		if snowballRuntime.RuneCountInString(env.Current()) <= 4 {
			return false
		}
		env.SliceFrom("\u062A")
	case 3:
		if snowballRuntime.RuneCountInString(env.Current()) <= 4 {
			return false
		}
		env.SliceFrom("\u0646")
	case 4:
		if snowballRuntime.RuneCountInString(env.Current()) <= 4 {
			return false
		}
		env.SliceFrom("\u0623")
	}
	return true
}

func r_Prefix_Step4_Verb(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Bra = env.Cursor
	if env.FindAmong(A_9, context) == 0 {
		return false
	}
	env.Ket = env.Cursor
	if snowballRuntime.RuneCountInString(env.Current()) <= 4 {
		return false
	}
	context.b_is_verb = true
	context.b_is_noun = false
	env.SliceFrom("\u0627\u0633\u062A")
	return true
}

func r_Suffix_Noun_Step1a(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_10, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		if snowballRuntime.RuneCountInString(env.Current()) < 4 {
			return false
		}
		env.SliceDel()
	case 2:
		if snowballRuntime.RuneCountInString(env.Current()) < 5 {
			return false
		}
		env.SliceDel()
	case 3:
		if snowballRuntime.RuneCountInString(env.Current()) < 6 {
			return false
		}
		env.SliceDel()
	}
	return true
}

func r_Suffix_Noun_Step1b(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if !env.EqSB("\u0646") {
		return false
	}
	env.Bra = env.Cursor
	if snowballRuntime.RuneCountInString(env.Current()) <= 5 {
		return false
	}
	env.SliceDel()
	return true
}

func r_Suffix_Noun_Step2a(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_11, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	if snowballRuntime.RuneCountInString(env.Current()) <= 4 {
		return false
	}
	env.SliceDel()
	return true
}

func r_Suffix_Noun_Step2b(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if !env.EqSB("\u0627\u062A") {
		return false
	}
	env.Bra = env.Cursor
	if snowballRuntime.RuneCountInString(env.Current()) < 5 {
		return false
	}
	env.SliceDel()
	return true
}

func r_Suffix_Noun_Step2c1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if !env.EqSB("\u062A") {
		return false
	}
	env.Bra = env.Cursor
	if snowballRuntime.RuneCountInString(env.Current()) < 4 {
		return false
	}
	env.SliceDel()
	return true
}

func r_Suffix_Noun_Step2c2(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if !env.EqSB("\u0629") {
		return false
	}
	env.Bra = env.Cursor
	if snowballRuntime.RuneCountInString(env.Current()) < 4 {
		return false
	}
	env.SliceDel()
	return true
}

func r_Suffix_Noun_Step3(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if !env.EqSB("\u064A") {
		return false
	}
	env.Bra = env.Cursor
	if snowballRuntime.RuneCountInString(env.Current()) < 3 {
		return false
	}
	env.SliceDel()
	return true
}

func r_Suffix_Verb_Step1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_12, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		if snowballRuntime.RuneCountInString(env.Current()) < 4 {
			return false
		}
		env.SliceDel()
	case 2:
		if snowballRuntime.RuneCountInString(env.Current()) < 5 {
			return false
		}
		env.SliceDel()
	case 3:
		if snowballRuntime.RuneCountInString(env.Current()) < 6 {
			return false
		}
		env.SliceDel()
	}
	return true
}

func r_Suffix_Verb_Step2a(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_13, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		if snowballRuntime.RuneCountInString(env.Current()) < 4 {
			return false
		}
		env.SliceDel()
	case 2:
		if snowballRuntime.RuneCountInString(env.Current()) < 5 {
			return false
		}
		env.SliceDel()
	case 3:
		if snowballRuntime.RuneCountInString(env.Current()) <= 5 {
			return false
		}
		env.SliceDel()
	case 4:
		if snowballRuntime.RuneCountInString(env.Current()) < 6 {
			return false
		}
		env.SliceDel()
	}
	return true
}

func r_Suffix_Verb_Step2b(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_14, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	if snowballRuntime.RuneCountInString(env.Current()) < 5 {
		return false
	}
	env.SliceDel()
	return true
}

func r_Suffix_Verb_Step2c(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_15, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		if snowballRuntime.RuneCountInString(env.Current()) < 4 {
			return false
		}
		env.SliceDel()
	case 2:
		if snowballRuntime.RuneCountInString(env.Current()) < 6 {
			return false
		}
		env.SliceDel()
	}
	return true
}

func r_Suffix_All_alef_maqsura(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if !env.EqSB("\u0649") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceFrom("\u064A")
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		b_is_defined: false,
		b_is_verb:    false,
		b_is_noun:    false,
	}
	_ = context
	context.b_is_noun = true
	context.b_is_verb = true
	context.b_is_defined = false
	var v_1 = env.Cursor
	r_Checks1(env, context)
	env.Cursor = v_1
	r_Normalize_pre(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_2 = env.Limit - env.Cursor
lab0:
	for {
	lab1:
		for {
			var v_3 = env.Limit - env.Cursor
		lab2:
			for {
				if !context.b_is_verb {
					break lab2
				}
			lab3:
				for {
					var v_4 = env.Limit - env.Cursor
				lab4:
					for {
						var v_5 = 1
					replab5:
						for {
							var v_6 = env.Limit - env.Cursor
						lab6:
							for range [2]struct{}{} {
								if !r_Suffix_Verb_Step1(env, context) {
									break lab6
								}
								v_5--
								continue replab5
							}
							env.Cursor = env.Limit - v_6
							break replab5
						}
						if v_5 > 0 {
							break lab4
						}
					lab7:
						for {
							var v_7 = env.Limit - env.Cursor
						lab8:
							for {
								if !r_Suffix_Verb_Step2a(env, context) {
									break lab8
								}
								break lab7
							}
							env.Cursor = env.Limit - v_7
						lab9:
							for {
								if !r_Suffix_Verb_Step2c(env, context) {
									break lab9
								}
								break lab7
							}
							env.Cursor = env.Limit - v_7
							if env.Cursor <= env.LimitBackward {
								break lab4
							}
							env.PrevChar()
							break lab7
						}
						break lab3
					}
					env.Cursor = env.Limit - v_4
				lab10:
					for {
						if !r_Suffix_Verb_Step2b(env, context) {
							break lab10
						}
						break lab3
					}
					env.Cursor = env.Limit - v_4
					if !r_Suffix_Verb_Step2a(env, context) {
						break lab2
					}
					break lab3
				}
				break lab1
			}
			env.Cursor = env.Limit - v_3
		lab11:
			for {
				if !context.b_is_noun {
					break lab11
				}
				var v_8 = env.Limit - env.Cursor
			lab12:
				for {
				lab13:
					for {
						var v_9 = env.Limit - env.Cursor
					lab14:
						for {
							if !r_Suffix_Noun_Step2c2(env, context) {
								break lab14
							}
							break lab13
						}
						env.Cursor = env.Limit - v_9
					lab15:
						for {
							if context.b_is_defined {
								break lab15
							}
							if !r_Suffix_Noun_Step1a(env, context) {
								break lab15
							}
						lab16:
							for {
								var v_10 = env.Limit - env.Cursor
							lab17:
								for {
									if !r_Suffix_Noun_Step2a(env, context) {
										break lab17
									}
									break lab16
								}
								env.Cursor = env.Limit - v_10
							lab18:
								for {
									if !r_Suffix_Noun_Step2b(env, context) {
										break lab18
									}
									break lab16
								}
								env.Cursor = env.Limit - v_10
							lab19:
								for {
									if !r_Suffix_Noun_Step2c1(env, context) {
										break lab19
									}
									break lab16
								}
								env.Cursor = env.Limit - v_10
								if env.Cursor <= env.LimitBackward {
									break lab15
								}
								env.PrevChar()
								break lab16
							}
							break lab13
						}
						env.Cursor = env.Limit - v_9
					lab20:
						for {
							if !r_Suffix_Noun_Step1b(env, context) {
								break lab20
							}
						lab21:
							for {
								var v_11 = env.Limit - env.Cursor
							lab22:
								for {
									if !r_Suffix_Noun_Step2a(env, context) {
										break lab22
									}
									break lab21
								}
								env.Cursor = env.Limit - v_11
							lab23:
								for {
									if !r_Suffix_Noun_Step2b(env, context) {
										break lab23
									}
									break lab21
								}
								env.Cursor = env.Limit - v_11
								if !r_Suffix_Noun_Step2c1(env, context) {
									break lab20
								}
								break lab21
							}
							break lab13
						}
						env.Cursor = env.Limit - v_9
					lab24:
						for {
							if context.b_is_defined {
								break lab24
							}
							if !r_Suffix_Noun_Step2a(env, context) {
								break lab24
							}
							break lab13
						}
						env.Cursor = env.Limit - v_9
						if !r_Suffix_Noun_Step2b(env, context) {
							env.Cursor = env.Limit - v_8
							break lab12
						}
						break lab13
					}
					break lab12
				}
				if !r_Suffix_Noun_Step3(env, context) {
					break lab11
				}
				break lab1
			}
			env.Cursor = env.Limit - v_3
			if !r_Suffix_All_alef_maqsura(env, context) {
				break lab0
			}
			break lab1
		}
		break lab0
	}
	env.Cursor = env.Limit - v_2
	env.Cursor = env.LimitBackward
	var v_12 = env.Cursor
lab25:
	for {
		var v_13 = env.Cursor
	lab26:
		for {
			if !r_Prefix_Step1(env, context) {
				env.Cursor = v_13
				break lab26
			}
			break lab26
		}
		var v_14 = env.Cursor
	lab27:
		for {
			if !r_Prefix_Step2(env, context) {
				env.Cursor = v_14
				break lab27
			}
			break lab27
		}
	lab28:
		for {
			var v_15 = env.Cursor
		lab29:
			for {
				if !r_Prefix_Step3a_Noun(env, context) {
					break lab29
				}
				break lab28
			}
			env.Cursor = v_15
		lab30:
			for {
				if !context.b_is_noun {
					break lab30
				}
				if !r_Prefix_Step3b_Noun(env, context) {
					break lab30
				}
				break lab28
			}
			env.Cursor = v_15
			if !context.b_is_verb {
				break lab25
			}
			var v_16 = env.Cursor
		lab31:
			for {
				if !r_Prefix_Step3_Verb(env, context) {
					env.Cursor = v_16
					break lab31
				}
				break lab31
			}
			if !r_Prefix_Step4_Verb(env, context) {
				break lab25
			}
			break lab28
		}
		break lab25
	}
	env.Cursor = v_12
	r_Normalize_post(env, context)
	return true
}
