//! Generated from esperanto.sbl by Snowball 3.1.1 - https://snowballstem.org/

package esperanto

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "-", A: 0, B: 13, F: nil},
	&snowballRuntime.Among{Str: "cx", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gx", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "hx", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "jx", A: 0, B: 4, F: nil},
	&snowballRuntime.Among{Str: "q", A: 0, B: 12, F: nil},
	&snowballRuntime.Among{Str: "sx", A: 0, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ux", A: 0, B: 6, F: nil},
	&snowballRuntime.Among{Str: "w", A: 0, B: 12, F: nil},
	&snowballRuntime.Among{Str: "x", A: 0, B: 12, F: nil},
	&snowballRuntime.Among{Str: "y", A: 0, B: 12, F: nil},
	&snowballRuntime.Among{Str: "á", A: 0, B: 7, F: nil},
	&snowballRuntime.Among{Str: "é", A: 0, B: 8, F: nil},
	&snowballRuntime.Among{Str: "í", A: 0, B: 9, F: nil},
	&snowballRuntime.Among{Str: "ó", A: 0, B: 10, F: nil},
	&snowballRuntime.Among{Str: "ú", A: 0, B: 11, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "as", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "i", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "is", A: 1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "os", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "u", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "us", A: 4, B: -1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ci", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "gi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "hi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "li", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ili", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ŝli", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ni", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oni", A: 7, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ri", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "si", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "vi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ivi", A: 11, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ĝi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ŝi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iŝi", A: 14, B: -1, F: nil},
	&snowballRuntime.Among{Str: "malŝi", A: 14, B: -1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "amb", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "bald", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "malbald", A: 1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "morg", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "postmorg", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "adi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "hodi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ank", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ĉirk", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tutĉirk", A: 8, B: -1, F: nil},
	&snowballRuntime.Among{Str: "presk", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "almen", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "apen", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "hier", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "antaŭhier", A: 13, B: -1, F: nil},
	&snowballRuntime.Among{Str: "malgr", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ankor", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "kontr", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "anstat", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "kvaz", A: -1, B: -1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "aliu", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "unu", A: -1, B: -1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "aha", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "haha", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "haleluja", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "hola", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "hosana", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "maltra", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "hura", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ĥaĥa", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ekde", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "elde", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "disde", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ehe", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "maltre", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dirlididi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "malpli", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "malĉi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "malkaj", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "amen", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tamen", A: 17, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oho", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "maltro", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "minus", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uhu", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "muu", A: -1, B: -1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "tri", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "du", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "unu", A: -1, B: -1, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "dek", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "cent", A: -1, B: -1, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "k", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "kelk", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nen", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "t", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mult", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "samt", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ĉ", A: -1, B: -1, F: nil},
}

var A_9 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "e", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "i", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "j", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aj", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oj", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "n", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "an", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "en", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "jn", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ajn", A: 9, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ojn", A: 9, B: -1, F: nil},
	&snowballRuntime.Among{Str: "on", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "o", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "as", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "is", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "os", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "us", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "u", A: -1, B: -1, F: nil},
}

var G_vowel = []byte{17, 65, 16}

var G_aou = []byte{1, 64, 16}

var G_digit = []byte{255, 3}

type Context struct {
}

func r_canonical_form(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	var b_foreign bool
	b_foreign = false
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
				env.SliceFrom("ĉ")
			case 2:
				env.SliceFrom("ĝ")
			case 3:
				env.SliceFrom("ĥ")
			case 4:
				env.SliceFrom("ĵ")
			case 5:
				env.SliceFrom("ŝ")
			case 6:
				env.SliceFrom("ŭ")
			case 7:
				env.SliceFrom("a")
				b_foreign = true
			case 8:
				env.SliceFrom("e")
				b_foreign = true
			case 9:
				env.SliceFrom("i")
				b_foreign = true
			case 10:
				env.SliceFrom("o")
				b_foreign = true
			case 11:
				env.SliceFrom("u")
				b_foreign = true
			case 12:
				b_foreign = true
			case 13:
				b_foreign = false
			case 14:
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
	return !b_foreign
}

func r_initial_apostrophe(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Bra = env.Cursor
	if !env.EqS("'") {
		return false
	}
	env.Ket = env.Cursor
	if !env.EqS("st") {
		return false
	}
	if env.FindAmong(A_1, context) == 0 {
		return false
	}
	if env.Cursor < env.Limit {
		return false
	}
	env.SliceFrom("e")
	return true
}

func r_pronoun(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		if !env.EqSB("n") {
			env.Cursor = env.Limit - v_1
			break lab0
		}
		break lab0
	}
	env.Bra = env.Cursor
	if env.FindAmongB(A_2, context) == 0 {
		return false
	}
lab1:
	for {
	lab2:
		for {
			if env.Cursor > env.LimitBackward {
				break lab2
			}
			break lab1
		}
		if !env.EqSB("-") {
			return false
		}
		break lab1
	}
	env.SliceDel()
	return true
}

func r_final_apostrophe(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if !env.EqSB("'") {
		return false
	}
	env.Bra = env.Cursor
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			if !env.EqSB("l") {
				break lab1
			}
			if env.Cursor > env.LimitBackward {
				break lab1
			}
			env.SliceFrom("a")
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab2:
		for {
			if !env.EqSB("un") {
				break lab2
			}
			if env.Cursor > env.LimitBackward {
				break lab2
			}
			env.SliceFrom("u")
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab3:
		for {
			if env.FindAmongB(A_3, context) == 0 {
				break lab3
			}
		lab4:
			for {
			lab5:
				for {
					if env.Cursor > env.LimitBackward {
						break lab5
					}
					break lab4
				}
				if !env.EqSB("-") {
					break lab3
				}
				break lab4
			}
			env.SliceFrom("aŭ")
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.SliceFrom("o")
		break lab0
	}
	return true
}

func r_ujn_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		if !env.EqSB("n") {
			env.Cursor = env.Limit - v_1
			break lab0
		}
		break lab0
	}
	var v_2 = env.Limit - env.Cursor
lab1:
	for {
		if !env.EqSB("j") {
			env.Cursor = env.Limit - v_2
			break lab1
		}
		break lab1
	}
	env.Bra = env.Cursor
	if env.FindAmongB(A_4, context) == 0 {
		return false
	}
lab2:
	for {
	lab3:
		for {
			if env.Cursor > env.LimitBackward {
				break lab3
			}
			break lab2
		}
		if !env.EqSB("-") {
			return false
		}
		break lab2
	}
	env.SliceDel()
	return true
}

func r_uninflected(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.FindAmongB(A_5, context) == 0 {
		return false
	}
lab0:
	for {
	lab1:
		for {
			if env.Cursor > env.LimitBackward {
				break lab1
			}
			break lab0
		}
		if !env.EqSB("-") {
			return false
		}
		break lab0
	}
	return true
}

func r_merged_numeral(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.FindAmongB(A_6, context) == 0 {
		return false
	}
	return env.FindAmongB(A_7, context) != 0
}

func r_correlative(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		var v_2 = env.Limit - env.Cursor
	lab1:
		for {
			var v_3 = env.Limit - env.Cursor
		lab2:
			for {
				if !env.EqSB("n") {
					env.Cursor = env.Limit - v_3
					break lab2
				}
				break lab2
			}
			env.Bra = env.Cursor
			if !env.EqSB("e") {
				break lab1
			}
			break lab0
		}
		env.Cursor = env.Limit - v_2
		var v_4 = env.Limit - env.Cursor
	lab3:
		for {
			if !env.EqSB("n") {
				env.Cursor = env.Limit - v_4
				break lab3
			}
			break lab3
		}
		var v_5 = env.Limit - env.Cursor
	lab4:
		for {
			if !env.EqSB("j") {
				env.Cursor = env.Limit - v_5
				break lab4
			}
			break lab4
		}
		env.Bra = env.Cursor
		if !env.InGroupingB(G_aou, 97, 117) {
			return false
		}
		break lab0
	}
	if !env.EqSB("i") {
		return false
	}
	var v_6 = env.Limit - env.Cursor
lab5:
	for {
		if env.FindAmongB(A_8, context) == 0 {
			env.Cursor = env.Limit - v_6
			break lab5
		}
		break lab5
	}
lab6:
	for {
	lab7:
		for {
			if env.Cursor > env.LimitBackward {
				break lab7
			}
			break lab6
		}
		if !env.EqSB("-") {
			return false
		}
		break lab6
	}
	env.Cursor = env.Limit - v_1
	env.SliceDel()
	return true
}

func r_long_word(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			for _ = range make([]struct{}, 2) {
				if !env.GoOutGroupingB(G_vowel, 97, 117) {
					break lab1
				}
				env.PrevChar()
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab2:
		for {
		golab3:
			for {
			lab4:
				for {
					if !env.EqSB("-") {
						break lab4
					}
					break golab3
				}
				if env.Cursor <= env.LimitBackward {
					break lab2
				}
				env.PrevChar()
			}
			if env.Cursor <= env.LimitBackward {
				break lab2
			}
			env.PrevChar()
			break lab0
		}
		env.Cursor = env.Limit - v_1
		if !env.GoOutGroupingB(G_digit, 48, 57) {
			return false
		}
		env.PrevChar()
		break lab0
	}
	return true
}

func r_standard_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_9, context)
	if among_var == 0 {
		return false
	}
	switch among_var {
	case 1:
		var v_1 = env.Limit - env.Cursor
	lab0:
		for {
		lab1:
			for {
				if !env.EqSB("-") {
					break lab1
				}
				break lab0
			}
			if !env.InGroupingB(G_digit, 48, 57) {
				return false
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
	}
	var v_2 = env.Limit - env.Cursor
lab2:
	for {
		if !env.EqSB("-") {
			env.Cursor = env.Limit - v_2
			break lab2
		}
		break lab2
	}
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{}
	_ = context
	var v_1 = env.Cursor
	if !r_canonical_form(env, context) {
		return false
	}
	env.Cursor = v_1
	var v_2 = env.Cursor
	r_initial_apostrophe(env, context)
	env.Cursor = v_2
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_3 = env.Limit - env.Cursor
lab0:
	for {
		if !r_pronoun(env, context) {
			break lab0
		}
		return false
	}
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
	r_final_apostrophe(env, context)
	env.Cursor = env.Limit - v_4
	var v_5 = env.Limit - env.Cursor
lab1:
	for {
		if !r_correlative(env, context) {
			break lab1
		}
		return false
	}
	env.Cursor = env.Limit - v_5
	var v_6 = env.Limit - env.Cursor
lab2:
	for {
		if !r_uninflected(env, context) {
			break lab2
		}
		return false
	}
	env.Cursor = env.Limit - v_6
	var v_7 = env.Limit - env.Cursor
lab3:
	for {
		if !r_merged_numeral(env, context) {
			break lab3
		}
		return false
	}
	env.Cursor = env.Limit - v_7
	var v_8 = env.Limit - env.Cursor
lab4:
	for {
		if !r_ujn_suffix(env, context) {
			break lab4
		}
		return false
	}
	env.Cursor = env.Limit - v_8
	var v_9 = env.Limit - env.Cursor
	if !r_long_word(env, context) {
		return false
	}
	env.Cursor = env.Limit - v_9
	if !r_standard_suffix(env, context) {
		return false
	}
	env.Cursor = env.LimitBackward
	return true
}
