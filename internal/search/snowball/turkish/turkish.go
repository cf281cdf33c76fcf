//! Generated from turkish.sbl by Snowball 3.1.1 - https://snowballstem.org/

package turkish

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "m", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "n", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "miz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "niz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "muz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nuz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mız", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nız", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "müz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nüz", A: -1, B: -1, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "leri", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ları", A: -1, B: -1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ni", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nu", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nı", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nü", A: -1, B: -1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "in", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "un", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ın", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ün", A: -1, B: -1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "e", A: -1, B: -1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "na", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ne", A: -1, B: -1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "da", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ta", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "de", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "te", A: -1, B: -1, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "nda", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nde", A: -1, B: -1, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "dan", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tan", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "den", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ten", A: -1, B: -1, F: nil},
}

var A_9 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ndan", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nden", A: -1, B: -1, F: nil},
}

var A_10 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "la", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "le", A: -1, B: -1, F: nil},
}

var A_11 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ca", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ce", A: -1, B: -1, F: nil},
}

var A_12 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "im", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "um", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ım", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "üm", A: -1, B: -1, F: nil},
}

var A_13 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "sin", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sun", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sın", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sün", A: -1, B: -1, F: nil},
}

var A_14 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "iz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ız", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "üz", A: -1, B: -1, F: nil},
}

var A_15 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "siniz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sunuz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sınız", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sünüz", A: -1, B: -1, F: nil},
}

var A_16 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "lar", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ler", A: -1, B: -1, F: nil},
}

var A_17 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "niz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nuz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nız", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nüz", A: -1, B: -1, F: nil},
}

var A_18 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "dir", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tir", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dur", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tur", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dır", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tır", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dür", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tür", A: -1, B: -1, F: nil},
}

var A_19 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "casına", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "cesine", A: -1, B: -1, F: nil},
}

var A_20 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "di", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ti", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dik", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tik", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "duk", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tuk", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dık", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tık", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dük", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tük", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dim", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tim", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dum", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tum", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dım", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tım", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "düm", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tüm", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "din", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tin", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dun", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tun", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dın", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tın", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dün", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tün", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "du", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tu", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dı", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tı", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dü", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tü", A: -1, B: -1, F: nil},
}

var A_21 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "sa", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "se", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sak", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sek", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sam", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sem", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "san", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sen", A: -1, B: -1, F: nil},
}

var A_22 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "miş", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "muş", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mış", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "müş", A: -1, B: -1, F: nil},
}

var A_23 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "b", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "c", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "d", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ğ", A: -1, B: 4, F: nil},
}

var G_vowel = []byte{17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 8, 0, 0, 0, 0, 0, 0, 1}

var G_U = []byte{1, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 1}

var G_vowel1 = []byte{1, 64, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}

var G_vowel2 = []byte{17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 130}

var G_vowel3 = []byte{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}

var G_vowel4 = []byte{17}

var G_vowel5 = []byte{65}

var G_vowel6 = []byte{65}

type Context struct {
	b_continue_stemming_noun_suffixes bool
}

func r_check_vowel_harmony(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
	if !env.GoOutGroupingB(G_vowel, 97, 305) {
		return false
	}
lab0:
	for {
		var v_2 = env.Limit - env.Cursor
	lab1:
		for {
			if !env.EqSB("a") {
				break lab1
			}
			if !env.GoOutGroupingB(G_vowel1, 97, 305) {
				break lab1
			}
			break lab0
		}
		env.Cursor = env.Limit - v_2
	lab2:
		for {
			if !env.EqSB("e") {
				break lab2
			}
			if !env.GoOutGroupingB(G_vowel2, 101, 252) {
				break lab2
			}
			break lab0
		}
		env.Cursor = env.Limit - v_2
	lab3:
		for {
			if !env.EqSB("ı") {
				break lab3
			}
			if !env.GoOutGroupingB(G_vowel3, 97, 305) {
				break lab3
			}
			break lab0
		}
		env.Cursor = env.Limit - v_2
	lab4:
		for {
			if !env.EqSB("i") {
				break lab4
			}
			if !env.GoOutGroupingB(G_vowel4, 101, 105) {
				break lab4
			}
			break lab0
		}
		env.Cursor = env.Limit - v_2
	lab5:
		for {
			if !env.EqSB("o") {
				break lab5
			}
			if !env.GoOutGroupingB(G_vowel5, 111, 117) {
				break lab5
			}
			break lab0
		}
		env.Cursor = env.Limit - v_2
	lab6:
		for {
			if !env.EqSB("ö") {
				break lab6
			}
			if !env.GoOutGroupingB(G_vowel6, 246, 252) {
				break lab6
			}
			break lab0
		}
		env.Cursor = env.Limit - v_2
	lab7:
		for {
			if !env.EqSB("u") {
				break lab7
			}
			if !env.GoOutGroupingB(G_vowel5, 111, 117) {
				break lab7
			}
			break lab0
		}
		env.Cursor = env.Limit - v_2
		if !env.EqSB("ü") {
			return false
		}
		if !env.GoOutGroupingB(G_vowel6, 246, 252) {
			return false
		}
		break lab0
	}
	env.Cursor = env.Limit - v_1
	return true
}

func r_mark_suffix_with_optional_n_consonant(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			if !env.EqSB("n") {
				break lab1
			}
			var v_2 = env.Limit - env.Cursor
			if !env.InGroupingB(G_vowel, 97, 305) {
				break lab1
			}
			env.Cursor = env.Limit - v_2
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab2:
		for {
			if !env.EqSB("n") {
				break lab2
			}
			return false
		}
		var v_3 = env.Limit - env.Cursor
		if env.Cursor <= env.LimitBackward {
			return false
		}
		env.PrevChar()
		if !env.InGroupingB(G_vowel, 97, 305) {
			return false
		}
		env.Cursor = env.Limit - v_3
		break lab0
	}
	return true
}

func r_mark_suffix_with_optional_s_consonant(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			if !env.EqSB("s") {
				break lab1
			}
			var v_2 = env.Limit - env.Cursor
			if !env.InGroupingB(G_vowel, 97, 305) {
				break lab1
			}
			env.Cursor = env.Limit - v_2
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab2:
		for {
			if !env.EqSB("s") {
				break lab2
			}
			return false
		}
		var v_3 = env.Limit - env.Cursor
		if env.Cursor <= env.LimitBackward {
			return false
		}
		env.PrevChar()
		if !env.InGroupingB(G_vowel, 97, 305) {
			return false
		}
		env.Cursor = env.Limit - v_3
		break lab0
	}
	return true
}

func r_mark_suffix_with_optional_y_consonant(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			if !env.EqSB("y") {
				break lab1
			}
			var v_2 = env.Limit - env.Cursor
			if !env.InGroupingB(G_vowel, 97, 305) {
				break lab1
			}
			env.Cursor = env.Limit - v_2
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab2:
		for {
			if !env.EqSB("y") {
				break lab2
			}
			return false
		}
		var v_3 = env.Limit - env.Cursor
		if env.Cursor <= env.LimitBackward {
			return false
		}
		env.PrevChar()
		if !env.InGroupingB(G_vowel, 97, 305) {
			return false
		}
		env.Cursor = env.Limit - v_3
		break lab0
	}
	return true
}

func r_mark_suffix_with_optional_U_vowel(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			if !env.InGroupingB(G_U, 105, 305) {
				break lab1
			}
			var v_2 = env.Limit - env.Cursor
			if !env.OutGroupingB(G_vowel, 97, 305) {
				break lab1
			}
			env.Cursor = env.Limit - v_2
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab2:
		for {
			if !env.InGroupingB(G_U, 105, 305) {
				break lab2
			}
			return false
		}
		var v_3 = env.Limit - env.Cursor
		if env.Cursor <= env.LimitBackward {
			return false
		}
		env.PrevChar()
		if !env.OutGroupingB(G_vowel, 97, 305) {
			return false
		}
		env.Cursor = env.Limit - v_3
		break lab0
	}
	return true
}

func r_mark_possessives(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.FindAmongB(A_0, context) == 0 {
		return false
	}
	return r_mark_suffix_with_optional_U_vowel(env, context)
}

func r_mark_sU(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	if !env.InGroupingB(G_U, 105, 305) {
		return false
	}
	return r_mark_suffix_with_optional_s_consonant(env, context)
}

func r_mark_lArI(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return env.FindAmongB(A_1, context) != 0
}

func r_mark_yU(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	if !env.InGroupingB(G_U, 105, 305) {
		return false
	}
	return r_mark_suffix_with_optional_y_consonant(env, context)
}

func r_mark_nU(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	return env.FindAmongB(A_2, context) != 0
}

func r_mark_nUn(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	if env.FindAmongB(A_3, context) == 0 {
		return false
	}
	return r_mark_suffix_with_optional_n_consonant(env, context)
}

func r_mark_yA(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	if env.FindAmongB(A_4, context) == 0 {
		return false
	}
	return r_mark_suffix_with_optional_y_consonant(env, context)
}

func r_mark_nA(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	return env.FindAmongB(A_5, context) != 0
}

func r_mark_DA(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	return env.FindAmongB(A_6, context) != 0
}

func r_mark_ndA(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	return env.FindAmongB(A_7, context) != 0
}

func r_mark_DAn(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	return env.FindAmongB(A_8, context) != 0
}

func r_mark_ndAn(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	return env.FindAmongB(A_9, context) != 0
}

func r_mark_ylA(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	if env.FindAmongB(A_10, context) == 0 {
		return false
	}
	return r_mark_suffix_with_optional_y_consonant(env, context)
}

func r_mark_ncA(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	if env.FindAmongB(A_11, context) == 0 {
		return false
	}
	return r_mark_suffix_with_optional_n_consonant(env, context)
}

func r_mark_yUm(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	if env.FindAmongB(A_12, context) == 0 {
		return false
	}
	return r_mark_suffix_with_optional_y_consonant(env, context)
}

func r_mark_sUn(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	return env.FindAmongB(A_13, context) != 0
}

func r_mark_yUz(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	if env.FindAmongB(A_14, context) == 0 {
		return false
	}
	return r_mark_suffix_with_optional_y_consonant(env, context)
}

func r_mark_sUnUz(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return env.FindAmongB(A_15, context) != 0
}

func r_mark_lAr(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	return env.FindAmongB(A_16, context) != 0
}

func r_mark_nUz(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	return env.FindAmongB(A_17, context) != 0
}

func r_mark_DUr(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	return env.FindAmongB(A_18, context) != 0
}

func r_mark_cAsInA(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return env.FindAmongB(A_19, context) != 0
}

func r_mark_yDU(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	if env.FindAmongB(A_20, context) == 0 {
		return false
	}
	return r_mark_suffix_with_optional_y_consonant(env, context)
}

func r_mark_ysA(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.FindAmongB(A_21, context) == 0 {
		return false
	}
	return r_mark_suffix_with_optional_y_consonant(env, context)
}

func r_mark_ymUs_(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_check_vowel_harmony(env, context) {
		return false
	}
	if env.FindAmongB(A_22, context) == 0 {
		return false
	}
	return r_mark_suffix_with_optional_y_consonant(env, context)
}

func r_mark_yken(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !env.EqSB("ken") {
		return false
	}
	return r_mark_suffix_with_optional_y_consonant(env, context)
}

func r_stem_nominal_verb_suffixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	context.b_continue_stemming_noun_suffixes = true
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
		lab2:
			for {
				var v_2 = env.Limit - env.Cursor
			lab3:
				for {
					if !r_mark_ymUs_(env, context) {
						break lab3
					}
					break lab2
				}
				env.Cursor = env.Limit - v_2
			lab4:
				for {
					if !r_mark_yDU(env, context) {
						break lab4
					}
					break lab2
				}
				env.Cursor = env.Limit - v_2
			lab5:
				for {
					if !r_mark_ysA(env, context) {
						break lab5
					}
					break lab2
				}
				env.Cursor = env.Limit - v_2
				if !r_mark_yken(env, context) {
					break lab1
				}
				break lab2
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab6:
		for {
			if !r_mark_cAsInA(env, context) {
				break lab6
			}
		lab7:
			for {
				var v_3 = env.Limit - env.Cursor
			lab8:
				for {
					if !r_mark_sUnUz(env, context) {
						break lab8
					}
					break lab7
				}
				env.Cursor = env.Limit - v_3
			lab9:
				for {
					if !r_mark_lAr(env, context) {
						break lab9
					}
					break lab7
				}
				env.Cursor = env.Limit - v_3
			lab10:
				for {
					if !r_mark_yUm(env, context) {
						break lab10
					}
					break lab7
				}
				env.Cursor = env.Limit - v_3
			lab11:
				for {
					if !r_mark_sUn(env, context) {
						break lab11
					}
					break lab7
				}
				env.Cursor = env.Limit - v_3
			lab12:
				for {
					if !r_mark_yUz(env, context) {
						break lab12
					}
					break lab7
				}
				env.Cursor = env.Limit - v_3
				break lab7
			}
			if !r_mark_ymUs_(env, context) {
				break lab6
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab13:
		for {
			if !r_mark_lAr(env, context) {
				break lab13
			}
			env.Bra = env.Cursor
			env.SliceDel()
			var v_4 = env.Limit - env.Cursor
		lab14:
			for {
				env.Ket = env.Cursor
			lab15:
				for {
					var v_5 = env.Limit - env.Cursor
				lab16:
					for {
						if !r_mark_DUr(env, context) {
							break lab16
						}
						break lab15
					}
					env.Cursor = env.Limit - v_5
				lab17:
					for {
						if !r_mark_yDU(env, context) {
							break lab17
						}
						break lab15
					}
					env.Cursor = env.Limit - v_5
				lab18:
					for {
						if !r_mark_ysA(env, context) {
							break lab18
						}
						break lab15
					}
					env.Cursor = env.Limit - v_5
					if !r_mark_ymUs_(env, context) {
						env.Cursor = env.Limit - v_4
						break lab14
					}
					break lab15
				}
				break lab14
			}
			context.b_continue_stemming_noun_suffixes = false
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab19:
		for {
			if !r_mark_nUz(env, context) {
				break lab19
			}
		lab20:
			for {
				var v_6 = env.Limit - env.Cursor
			lab21:
				for {
					if !r_mark_yDU(env, context) {
						break lab21
					}
					break lab20
				}
				env.Cursor = env.Limit - v_6
				if !r_mark_ysA(env, context) {
					break lab19
				}
				break lab20
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab22:
		for {
		lab23:
			for {
				var v_7 = env.Limit - env.Cursor
			lab24:
				for {
					if !r_mark_sUnUz(env, context) {
						break lab24
					}
					break lab23
				}
				env.Cursor = env.Limit - v_7
			lab25:
				for {
					if !r_mark_yUz(env, context) {
						break lab25
					}
					break lab23
				}
				env.Cursor = env.Limit - v_7
			lab26:
				for {
					if !r_mark_sUn(env, context) {
						break lab26
					}
					break lab23
				}
				env.Cursor = env.Limit - v_7
				if !r_mark_yUm(env, context) {
					break lab22
				}
				break lab23
			}
			env.Bra = env.Cursor
			env.SliceDel()
			var v_8 = env.Limit - env.Cursor
		lab27:
			for {
				env.Ket = env.Cursor
				if !r_mark_ymUs_(env, context) {
					env.Cursor = env.Limit - v_8
					break lab27
				}
				break lab27
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
		if !r_mark_DUr(env, context) {
			return false
		}
		env.Bra = env.Cursor
		env.SliceDel()
		var v_9 = env.Limit - env.Cursor
	lab28:
		for {
			env.Ket = env.Cursor
		lab29:
			for {
				var v_10 = env.Limit - env.Cursor
			lab30:
				for {
					if !r_mark_sUnUz(env, context) {
						break lab30
					}
					break lab29
				}
				env.Cursor = env.Limit - v_10
			lab31:
				for {
					if !r_mark_lAr(env, context) {
						break lab31
					}
					break lab29
				}
				env.Cursor = env.Limit - v_10
			lab32:
				for {
					if !r_mark_yUm(env, context) {
						break lab32
					}
					break lab29
				}
				env.Cursor = env.Limit - v_10
			lab33:
				for {
					if !r_mark_sUn(env, context) {
						break lab33
					}
					break lab29
				}
				env.Cursor = env.Limit - v_10
			lab34:
				for {
					if !r_mark_yUz(env, context) {
						break lab34
					}
					break lab29
				}
				env.Cursor = env.Limit - v_10
				break lab29
			}
			if !r_mark_ymUs_(env, context) {
				env.Cursor = env.Limit - v_9
				break lab28
			}
			break lab28
		}
		break lab0
	}
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func r_stem_suffix_chain_before_ki(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if !env.EqSB("ki") {
		return false
	}
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			if !r_mark_DA(env, context) {
				break lab1
			}
			env.Bra = env.Cursor
			env.SliceDel()
			var v_2 = env.Limit - env.Cursor
		lab2:
			for {
				env.Ket = env.Cursor
			lab3:
				for {
					var v_3 = env.Limit - env.Cursor
				lab4:
					for {
						if !r_mark_lAr(env, context) {
							break lab4
						}
						env.Bra = env.Cursor
						env.SliceDel()
						var v_4 = env.Limit - env.Cursor
					lab5:
						for {
							if !r_stem_suffix_chain_before_ki(env, context) {
								env.Cursor = env.Limit - v_4
								break lab5
							}
							break lab5
						}
						break lab3
					}
					env.Cursor = env.Limit - v_3
					if !r_mark_possessives(env, context) {
						env.Cursor = env.Limit - v_2
						break lab2
					}
					env.Bra = env.Cursor
					env.SliceDel()
					var v_5 = env.Limit - env.Cursor
				lab6:
					for {
						env.Ket = env.Cursor
						if !r_mark_lAr(env, context) {
							env.Cursor = env.Limit - v_5
							break lab6
						}
						env.Bra = env.Cursor
						env.SliceDel()
						if !r_stem_suffix_chain_before_ki(env, context) {
							env.Cursor = env.Limit - v_5
							break lab6
						}
						break lab6
					}
					break lab3
				}
				break lab2
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab7:
		for {
			if !r_mark_nUn(env, context) {
				break lab7
			}
			env.Bra = env.Cursor
			env.SliceDel()
			var v_6 = env.Limit - env.Cursor
		lab8:
			for {
				env.Ket = env.Cursor
			lab9:
				for {
					var v_7 = env.Limit - env.Cursor
				lab10:
					for {
						if !r_mark_lArI(env, context) {
							break lab10
						}
						env.Bra = env.Cursor
						env.SliceDel()
						break lab9
					}
					env.Cursor = env.Limit - v_7
				lab11:
					for {
						env.Ket = env.Cursor
					lab12:
						for {
							var v_8 = env.Limit - env.Cursor
						lab13:
							for {
								if !r_mark_possessives(env, context) {
									break lab13
								}
								break lab12
							}
							env.Cursor = env.Limit - v_8
							if !r_mark_sU(env, context) {
								break lab11
							}
							break lab12
						}
						env.Bra = env.Cursor
						env.SliceDel()
						var v_9 = env.Limit - env.Cursor
					lab14:
						for {
							env.Ket = env.Cursor
							if !r_mark_lAr(env, context) {
								env.Cursor = env.Limit - v_9
								break lab14
							}
							env.Bra = env.Cursor
							env.SliceDel()
							if !r_stem_suffix_chain_before_ki(env, context) {
								env.Cursor = env.Limit - v_9
								break lab14
							}
							break lab14
						}
						break lab9
					}
					env.Cursor = env.Limit - v_7
					if !r_stem_suffix_chain_before_ki(env, context) {
						env.Cursor = env.Limit - v_6
						break lab8
					}
					break lab9
				}
				break lab8
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
		if !r_mark_ndA(env, context) {
			return false
		}
	lab15:
		for {
			var v_10 = env.Limit - env.Cursor
		lab16:
			for {
				if !r_mark_lArI(env, context) {
					break lab16
				}
				env.Bra = env.Cursor
				env.SliceDel()
				break lab15
			}
			env.Cursor = env.Limit - v_10
		lab17:
			for {
				if !r_mark_sU(env, context) {
					break lab17
				}
				env.Bra = env.Cursor
				env.SliceDel()
				var v_11 = env.Limit - env.Cursor
			lab18:
				for {
					env.Ket = env.Cursor
					if !r_mark_lAr(env, context) {
						env.Cursor = env.Limit - v_11
						break lab18
					}
					env.Bra = env.Cursor
					env.SliceDel()
					if !r_stem_suffix_chain_before_ki(env, context) {
						env.Cursor = env.Limit - v_11
						break lab18
					}
					break lab18
				}
				break lab15
			}
			env.Cursor = env.Limit - v_10
			if !r_stem_suffix_chain_before_ki(env, context) {
				return false
			}
			break lab15
		}
		break lab0
	}
	return true
}

func r_stem_noun_suffixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			if !r_mark_lAr(env, context) {
				break lab1
			}
			env.Bra = env.Cursor
			env.SliceDel()
			var v_2 = env.Limit - env.Cursor
		lab2:
			for {
				if !r_stem_suffix_chain_before_ki(env, context) {
					env.Cursor = env.Limit - v_2
					break lab2
				}
				break lab2
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab3:
		for {
			env.Ket = env.Cursor
			if !r_mark_ncA(env, context) {
				break lab3
			}
			env.Bra = env.Cursor
			env.SliceDel()
			var v_3 = env.Limit - env.Cursor
		lab4:
			for {
			lab5:
				for {
					var v_4 = env.Limit - env.Cursor
				lab6:
					for {
						env.Ket = env.Cursor
						if !r_mark_lArI(env, context) {
							break lab6
						}
						env.Bra = env.Cursor
						env.SliceDel()
						break lab5
					}
					env.Cursor = env.Limit - v_4
				lab7:
					for {
						env.Ket = env.Cursor
					lab8:
						for {
							var v_5 = env.Limit - env.Cursor
						lab9:
							for {
								if !r_mark_possessives(env, context) {
									break lab9
								}
								break lab8
							}
							env.Cursor = env.Limit - v_5
							if !r_mark_sU(env, context) {
								break lab7
							}
							break lab8
						}
						env.Bra = env.Cursor
						env.SliceDel()
						var v_6 = env.Limit - env.Cursor
					lab10:
						for {
							env.Ket = env.Cursor
							if !r_mark_lAr(env, context) {
								env.Cursor = env.Limit - v_6
								break lab10
							}
							env.Bra = env.Cursor
							env.SliceDel()
							if !r_stem_suffix_chain_before_ki(env, context) {
								env.Cursor = env.Limit - v_6
								break lab10
							}
							break lab10
						}
						break lab5
					}
					env.Cursor = env.Limit - v_4
					env.Ket = env.Cursor
					if !r_mark_lAr(env, context) {
						env.Cursor = env.Limit - v_3
						break lab4
					}
					env.Bra = env.Cursor
					env.SliceDel()
					if !r_stem_suffix_chain_before_ki(env, context) {
						env.Cursor = env.Limit - v_3
						break lab4
					}
					break lab5
				}
				break lab4
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab11:
		for {
			env.Ket = env.Cursor
		lab12:
			for {
				var v_7 = env.Limit - env.Cursor
			lab13:
				for {
					if !r_mark_ndA(env, context) {
						break lab13
					}
					break lab12
				}
				env.Cursor = env.Limit - v_7
				if !r_mark_nA(env, context) {
					break lab11
				}
				break lab12
			}
		lab14:
			for {
				var v_8 = env.Limit - env.Cursor
			lab15:
				for {
					if !r_mark_lArI(env, context) {
						break lab15
					}
					env.Bra = env.Cursor
					env.SliceDel()
					break lab14
				}
				env.Cursor = env.Limit - v_8
			lab16:
				for {
					if !r_mark_sU(env, context) {
						break lab16
					}
					env.Bra = env.Cursor
					env.SliceDel()
					var v_9 = env.Limit - env.Cursor
				lab17:
					for {
						env.Ket = env.Cursor
						if !r_mark_lAr(env, context) {
							env.Cursor = env.Limit - v_9
							break lab17
						}
						env.Bra = env.Cursor
						env.SliceDel()
						if !r_stem_suffix_chain_before_ki(env, context) {
							env.Cursor = env.Limit - v_9
							break lab17
						}
						break lab17
					}
					break lab14
				}
				env.Cursor = env.Limit - v_8
				if !r_stem_suffix_chain_before_ki(env, context) {
					break lab11
				}
				break lab14
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab18:
		for {
			env.Ket = env.Cursor
		lab19:
			for {
				var v_10 = env.Limit - env.Cursor
			lab20:
				for {
					if !r_mark_ndAn(env, context) {
						break lab20
					}
					break lab19
				}
				env.Cursor = env.Limit - v_10
				if !r_mark_nU(env, context) {
					break lab18
				}
				break lab19
			}
		lab21:
			for {
				var v_11 = env.Limit - env.Cursor
			lab22:
				for {
					if !r_mark_sU(env, context) {
						break lab22
					}
					env.Bra = env.Cursor
					env.SliceDel()
					var v_12 = env.Limit - env.Cursor
				lab23:
					for {
						env.Ket = env.Cursor
						if !r_mark_lAr(env, context) {
							env.Cursor = env.Limit - v_12
							break lab23
						}
						env.Bra = env.Cursor
						env.SliceDel()
						if !r_stem_suffix_chain_before_ki(env, context) {
							env.Cursor = env.Limit - v_12
							break lab23
						}
						break lab23
					}
					break lab21
				}
				env.Cursor = env.Limit - v_11
				if !r_mark_lArI(env, context) {
					break lab18
				}
				break lab21
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab24:
		for {
			env.Ket = env.Cursor
			if !r_mark_DAn(env, context) {
				break lab24
			}
			env.Bra = env.Cursor
			env.SliceDel()
			var v_13 = env.Limit - env.Cursor
		lab25:
			for {
				env.Ket = env.Cursor
			lab26:
				for {
					var v_14 = env.Limit - env.Cursor
				lab27:
					for {
						if !r_mark_possessives(env, context) {
							break lab27
						}
						env.Bra = env.Cursor
						env.SliceDel()
						var v_15 = env.Limit - env.Cursor
					lab28:
						for {
							env.Ket = env.Cursor
							if !r_mark_lAr(env, context) {
								env.Cursor = env.Limit - v_15
								break lab28
							}
							env.Bra = env.Cursor
							env.SliceDel()
							if !r_stem_suffix_chain_before_ki(env, context) {
								env.Cursor = env.Limit - v_15
								break lab28
							}
							break lab28
						}
						break lab26
					}
					env.Cursor = env.Limit - v_14
				lab29:
					for {
						if !r_mark_lAr(env, context) {
							break lab29
						}
						env.Bra = env.Cursor
						env.SliceDel()
						var v_16 = env.Limit - env.Cursor
					lab30:
						for {
							if !r_stem_suffix_chain_before_ki(env, context) {
								env.Cursor = env.Limit - v_16
								break lab30
							}
							break lab30
						}
						break lab26
					}
					env.Cursor = env.Limit - v_14
					if !r_stem_suffix_chain_before_ki(env, context) {
						env.Cursor = env.Limit - v_13
						break lab25
					}
					break lab26
				}
				break lab25
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab31:
		for {
			env.Ket = env.Cursor
		lab32:
			for {
				var v_17 = env.Limit - env.Cursor
			lab33:
				for {
					if !r_mark_nUn(env, context) {
						break lab33
					}
					break lab32
				}
				env.Cursor = env.Limit - v_17
				if !r_mark_ylA(env, context) {
					break lab31
				}
				break lab32
			}
			env.Bra = env.Cursor
			env.SliceDel()
			var v_18 = env.Limit - env.Cursor
		lab34:
			for {
			lab35:
				for {
					var v_19 = env.Limit - env.Cursor
				lab36:
					for {
						env.Ket = env.Cursor
						if !r_mark_lAr(env, context) {
							break lab36
						}
						env.Bra = env.Cursor
						env.SliceDel()
						if !r_stem_suffix_chain_before_ki(env, context) {
							break lab36
						}
						break lab35
					}
					env.Cursor = env.Limit - v_19
				lab37:
					for {
						env.Ket = env.Cursor
					lab38:
						for {
							var v_20 = env.Limit - env.Cursor
						lab39:
							for {
								if !r_mark_possessives(env, context) {
									break lab39
								}
								break lab38
							}
							env.Cursor = env.Limit - v_20
							if !r_mark_sU(env, context) {
								break lab37
							}
							break lab38
						}
						env.Bra = env.Cursor
						env.SliceDel()
						var v_21 = env.Limit - env.Cursor
					lab40:
						for {
							env.Ket = env.Cursor
							if !r_mark_lAr(env, context) {
								env.Cursor = env.Limit - v_21
								break lab40
							}
							env.Bra = env.Cursor
							env.SliceDel()
							if !r_stem_suffix_chain_before_ki(env, context) {
								env.Cursor = env.Limit - v_21
								break lab40
							}
							break lab40
						}
						break lab35
					}
					env.Cursor = env.Limit - v_19
					if !r_stem_suffix_chain_before_ki(env, context) {
						env.Cursor = env.Limit - v_18
						break lab34
					}
					break lab35
				}
				break lab34
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab41:
		for {
			env.Ket = env.Cursor
			if !r_mark_lArI(env, context) {
				break lab41
			}
			env.Bra = env.Cursor
			env.SliceDel()
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab42:
		for {
			if !r_stem_suffix_chain_before_ki(env, context) {
				break lab42
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab43:
		for {
			env.Ket = env.Cursor
		lab44:
			for {
				var v_22 = env.Limit - env.Cursor
			lab45:
				for {
					if !r_mark_DA(env, context) {
						break lab45
					}
					break lab44
				}
				env.Cursor = env.Limit - v_22
			lab46:
				for {
					if !r_mark_yU(env, context) {
						break lab46
					}
					break lab44
				}
				env.Cursor = env.Limit - v_22
				if !r_mark_yA(env, context) {
					break lab43
				}
				break lab44
			}
			env.Bra = env.Cursor
			env.SliceDel()
			var v_23 = env.Limit - env.Cursor
		lab47:
			for {
				env.Ket = env.Cursor
			lab48:
				for {
					var v_24 = env.Limit - env.Cursor
				lab49:
					for {
						if !r_mark_possessives(env, context) {
							break lab49
						}
						env.Bra = env.Cursor
						env.SliceDel()
						var v_25 = env.Limit - env.Cursor
					lab50:
						for {
							env.Ket = env.Cursor
							if !r_mark_lAr(env, context) {
								env.Cursor = env.Limit - v_25
								break lab50
							}
							break lab50
						}
						break lab48
					}
					env.Cursor = env.Limit - v_24
					if !r_mark_lAr(env, context) {
						env.Cursor = env.Limit - v_23
						break lab47
					}
					break lab48
				}
				env.Bra = env.Cursor
				env.SliceDel()
				env.Ket = env.Cursor
				if !r_stem_suffix_chain_before_ki(env, context) {
					env.Cursor = env.Limit - v_23
					break lab47
				}
				break lab47
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
	lab51:
		for {
			var v_26 = env.Limit - env.Cursor
		lab52:
			for {
				if !r_mark_possessives(env, context) {
					break lab52
				}
				break lab51
			}
			env.Cursor = env.Limit - v_26
			if !r_mark_sU(env, context) {
				return false
			}
			break lab51
		}
		env.Bra = env.Cursor
		env.SliceDel()
		var v_27 = env.Limit - env.Cursor
	lab53:
		for {
			env.Ket = env.Cursor
			if !r_mark_lAr(env, context) {
				env.Cursor = env.Limit - v_27
				break lab53
			}
			env.Bra = env.Cursor
			env.SliceDel()
			if !r_stem_suffix_chain_before_ki(env, context) {
				env.Cursor = env.Limit - v_27
				break lab53
			}
			break lab53
		}
		break lab0
	}
	return true
}

func r_post_process_last_consonants(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_23, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		env.SliceFrom("p")
	case 2:
		env.SliceFrom("ç")
	case 3:
		env.SliceFrom("t")
	case 4:
		env.SliceFrom("k")
	}
	return true
}

func r_append_U_to_stems_ending_with_d_or_g(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	env.Bra = env.Cursor
lab0:
	for {
	lab1:
		for {
			if !env.EqSB("d") {
				break lab1
			}
			break lab0
		}
		if !env.EqSB("g") {
			return false
		}
		break lab0
	}
	if !env.GoOutGroupingB(G_vowel, 97, 305) {
		return false
	}
lab2:
	for {
		var v_1 = env.Limit - env.Cursor
	lab3:
		for {
		lab4:
			for {
			lab5:
				for {
					if !env.EqSB("a") {
						break lab5
					}
					break lab4
				}
				if !env.EqSB("ı") {
					break lab3
				}
				break lab4
			}
			env.SliceFrom("ı")
			break lab2
		}
		env.Cursor = env.Limit - v_1
	lab6:
		for {
		lab7:
			for {
			lab8:
				for {
					if !env.EqSB("e") {
						break lab8
					}
					break lab7
				}
				if !env.EqSB("i") {
					break lab6
				}
				break lab7
			}
			env.SliceFrom("i")
			break lab2
		}
		env.Cursor = env.Limit - v_1
	lab9:
		for {
		lab10:
			for {
			lab11:
				for {
					if !env.EqSB("o") {
						break lab11
					}
					break lab10
				}
				if !env.EqSB("u") {
					break lab9
				}
				break lab10
			}
			env.SliceFrom("u")
			break lab2
		}
		env.Cursor = env.Limit - v_1
	lab12:
		for {
		lab13:
			for {
				if !env.EqSB("ö") {
					break lab13
				}
				break lab12
			}
			if !env.EqSB("ü") {
				return false
			}
			break lab12
		}
		env.SliceFrom("ü")
		break lab2
	}
	return true
}

func r_is_reserved_word(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !env.EqSB("ad") {
		return false
	}
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		if !env.EqSB("soy") {
			env.Cursor = env.Limit - v_1
			break lab0
		}
		break lab0
	}
	return env.Cursor <= env.LimitBackward
}

func r_remove_proper_noun_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Cursor
lab0:
	for {
		env.Bra = env.Cursor
	golab1:
		for {
			var v_2 = env.Cursor
		lab2:
			for {
			lab3:
				for {
					if !env.EqS("'") {
						break lab3
					}
					break lab2
				}
				env.Cursor = v_2
				break golab1
			}
			env.Cursor = v_2
			if env.Cursor >= env.Limit {
				break lab0
			}
			env.NextChar()
		}
		env.Ket = env.Cursor
		env.SliceDel()
		break lab0
	}
	env.Cursor = v_1
	var v_3 = env.Cursor
lab4:
	for {
		if !env.Hop(2) {
			break lab4
		}
	golab5:
		for {
			var v_4 = env.Cursor
		lab6:
			for {
				if !env.EqS("'") {
					break lab6
				}
				env.Cursor = v_4
				break golab5
			}
			env.Cursor = v_4
			if env.Cursor >= env.Limit {
				break lab4
			}
			env.NextChar()
		}
		env.Bra = env.Cursor
		env.Cursor = env.Limit
		env.Ket = env.Cursor
		env.SliceDel()
		break lab4
	}
	env.Cursor = v_3
	return true
}

func r_more_than_one_syllable_word(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Cursor
	for _ = range make([]struct{}, 2) {
		if !env.GoOutGrouping(G_vowel, 97, 305) {
			return false
		}
		env.NextChar()
	}
	env.Cursor = v_1
	return true
}

func r_postlude(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		if !r_is_reserved_word(env, context) {
			break lab0
		}
		return false
	}
	env.Cursor = env.Limit - v_1
	var v_2 = env.Limit - env.Cursor
	r_append_U_to_stems_ending_with_d_or_g(env, context)
	env.Cursor = env.Limit - v_2
	var v_3 = env.Limit - env.Cursor
	r_post_process_last_consonants(env, context)
	env.Cursor = env.Limit - v_3
	env.Cursor = env.LimitBackward
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		b_continue_stemming_noun_suffixes: false,
	}
	_ = context
	r_remove_proper_noun_suffix(env, context)
	if !r_more_than_one_syllable_word(env, context) {
		return false
	}
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
	r_stem_nominal_verb_suffixes(env, context)
	env.Cursor = env.Limit - v_1
	if !context.b_continue_stemming_noun_suffixes {
		return false
	}
	var v_2 = env.Limit - env.Cursor
	r_stem_noun_suffixes(env, context)
	env.Cursor = env.Limit - v_2
	env.Cursor = env.LimitBackward
	return r_postlude(env, context)
}
