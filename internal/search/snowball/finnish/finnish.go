//! Generated from finnish.sbl by Snowball 3.1.1 - https://snowballstem.org/

package finnish

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "pa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sti", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "kaan", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "han", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kin", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "hän", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kään", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ko", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pä", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "kö", A: -1, B: 1, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "lla", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "na", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ssa", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ta", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "lta", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sta", A: 3, B: -1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "llä", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nä", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ssä", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tä", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ltä", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "stä", A: 3, B: -1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "lle", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ine", A: -1, B: -1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "nsa", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "mme", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "nne", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ni", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "si", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "an", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "en", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "än", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "nsä", A: -1, B: 3, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "aa", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ee", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ii", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oo", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "uu", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ää", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "öö", A: -1, B: -1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ai", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ei", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ii", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "oi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ui", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "äi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "öi", A: -1, B: -1, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "lla", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "na", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ssa", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ta", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "lta", A: 4, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sta", A: 4, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tta", A: 4, B: 3, F: nil},
	&snowballRuntime.Among{Str: "lle", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ine", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ksi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "n", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "han", A: 11, B: -1, F: r_A},
	&snowballRuntime.Among{Str: "den", A: 11, B: -1, F: r_VI},
	&snowballRuntime.Among{Str: "seen", A: 11, B: -1, F: r_LV},
	&snowballRuntime.Among{Str: "hen", A: 11, B: -1, F: r_E},
	&snowballRuntime.Among{Str: "tten", A: 11, B: -1, F: r_VI},
	&snowballRuntime.Among{Str: "hin", A: 11, B: -1, F: r_I},
	&snowballRuntime.Among{Str: "siin", A: 11, B: -1, F: r_VI},
	&snowballRuntime.Among{Str: "hon", A: 11, B: -1, F: r_O},
	&snowballRuntime.Among{Str: "hun", A: 11, B: -1, F: r_U},
	&snowballRuntime.Among{Str: "hän", A: 11, B: -1, F: r_A_},
	&snowballRuntime.Among{Str: "hön", A: 11, B: -1, F: r_O_},
	&snowballRuntime.Among{Str: "ä", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "llä", A: 23, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nä", A: 23, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ssä", A: 23, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tä", A: 23, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ltä", A: 27, B: -1, F: nil},
	&snowballRuntime.Among{Str: "stä", A: 27, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ttä", A: 27, B: 3, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "eja", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mma", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "imma", A: 1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mpa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "impa", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mmi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "immi", A: 5, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mpi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "impi", A: 7, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ejä", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mmä", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "immä", A: 10, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mpä", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "impä", A: 12, B: -1, F: nil},
}

var A_9 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "i", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "j", A: -1, B: -1, F: nil},
}

var A_10 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "mma", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "imma", A: 0, B: -1, F: nil},
}

var G_AEI = []byte{17, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8}

var G_C = []byte{119, 223, 119, 1}

var G_v = []byte{17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32}

var G_particle_end = []byte{17, 97, 24, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32}

type Context struct {
	b_ending_removed bool
	i_p2             int
	i_p1             int
}

func r_mark_regions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	context.i_p1 = env.Limit
	context.i_p2 = env.Limit
	if !env.GoOutGrouping(G_v, 97, 246) {
		return false
	}
	env.NextChar()
	if !env.GoInGrouping(G_v, 97, 246) {
		return false
	}
	env.NextChar()
	context.i_p1 = env.Cursor
	if !env.GoOutGrouping(G_v, 97, 246) {
		return false
	}
	env.NextChar()
	if !env.GoInGrouping(G_v, 97, 246) {
		return false
	}
	env.NextChar()
	context.i_p2 = env.Cursor
	return true
}

func r_particle_etc(env *snowballRuntime.Env, ctx interface{}) bool {
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
	switch among_var {
	case 1:
		if !env.InGroupingB(G_particle_end, 97, 246) {
			return false
		}
	case 2:
		if context.i_p2 > env.Cursor {
			return false
		}
	}
	env.SliceDel()
	return true
}

func r_possessive(env *snowballRuntime.Env, ctx interface{}) bool {
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
			if !env.EqSB("k") {
				break lab0
			}
			return false
		}
		env.SliceDel()
	case 2:
		env.SliceDel()
		env.Ket = env.Cursor
		if !env.EqSB("kse") {
			return false
		}
		env.Bra = env.Cursor
		env.SliceFrom("ksi")
	case 3:
		env.SliceDel()
	case 4:
		if env.FindAmongB(A_1, context) == 0 {
			return false
		}
		env.SliceDel()
	case 5:
		if env.FindAmongB(A_2, context) == 0 {
			return false
		}
		env.SliceDel()
	case 6:
		if env.FindAmongB(A_3, context) == 0 {
			return false
		}
		env.SliceDel()
	}
	return true
}

func r_LV(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return env.FindAmongB(A_5, context) != 0
}

func r_VI(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return env.FindAmongB(A_6, context) != 0
}

func r_A(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
	lab1:
		for {
			if !env.EqSB("a") {
				break lab1
			}
			break lab0
		}
		if !env.EqSB("'") {
			return false
		}
		break lab0
	}
	return true
}

func r_E(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
	lab1:
		for {
			if !env.EqSB("e") {
				break lab1
			}
			break lab0
		}
		if !env.EqSB("'") {
			return false
		}
		break lab0
	}
	return true
}

func r_I(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
	lab1:
		for {
			if !env.EqSB("i") {
				break lab1
			}
			break lab0
		}
		if !env.EqSB("'") {
			return false
		}
		break lab0
	}
	return true
}

func r_O(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
	lab1:
		for {
			if !env.EqSB("o") {
				break lab1
			}
			break lab0
		}
		if !env.EqSB("'") {
			return false
		}
		break lab0
	}
	return true
}

func r_U(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
	lab1:
		for {
			if !env.EqSB("u") {
				break lab1
			}
			break lab0
		}
		if !env.EqSB("'") {
			return false
		}
		break lab0
	}
	return true
}

func r_A_(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
	lab1:
		for {
			if !env.EqSB("ä") {
				break lab1
			}
			break lab0
		}
		if !env.EqSB("'") {
			return false
		}
		break lab0
	}
	return true
}

func r_O_(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
lab0:
	for {
	lab1:
		for {
			if !env.EqSB("ö") {
				break lab1
			}
			break lab0
		}
	lab2:
		for {
			if !env.EqSB("ø") {
				break lab2
			}
			break lab0
		}
		if !env.EqSB("'") {
			return false
		}
		break lab0
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
	among_var = env.FindAmongB(A_7, context)
	if among_var == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	switch among_var {
	case 1:
		var v_2 = env.Limit - env.Cursor
	lab0:
		for {
			var v_3 = env.Limit - env.Cursor
		lab1:
			for {
				var v_4 = env.Limit - env.Cursor
			lab2:
				for {
					if !r_LV(env, context) {
						break lab2
					}
					break lab1
				}
				env.Cursor = env.Limit - v_4
				if !env.EqSB("ie") {
					env.Cursor = env.Limit - v_2
					break lab0
				}
				break lab1
			}
			env.Cursor = env.Limit - v_3
			if env.Cursor <= env.LimitBackward {
				env.Cursor = env.Limit - v_2
				break lab0
			}
			env.PrevChar()
			env.Bra = env.Cursor
			break lab0
		}
	case 2:
		if !env.InGroupingB(G_v, 97, 246) {
			return false
		}
		if !env.InGroupingB(G_C, 98, 122) {
			return false
		}
	case 3:
		if !env.EqSB("e") {
			return false
		}
	}
	env.SliceDel()
	context.b_ending_removed = true
	return true
}

func r_other_endings(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if env.Cursor < context.i_p2 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p2
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_8, context)
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
			if !env.EqSB("po") {
				break lab0
			}
			return false
		}
	}
	env.SliceDel()
	return true
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
	if env.FindAmongB(A_9, context) == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	env.SliceDel()
	return true
}

func r_t_plural(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	env.Ket = env.Cursor
	if !env.EqSB("t") {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	var v_2 = env.Limit - env.Cursor
	if !env.InGroupingB(G_v, 97, 246) {
		env.LimitBackward = v_1
		return false
	}
	env.Cursor = env.Limit - v_2
	env.SliceDel()
	env.LimitBackward = v_1
	if env.Cursor < context.i_p2 {
		return false
	}
	var v_3 = env.LimitBackward
	env.LimitBackward = context.i_p2
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_10, context)
	if among_var == 0 {
		env.LimitBackward = v_3
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_3
	switch among_var {
	case 1:
	lab0:
		for {
			if !env.EqSB("po") {
				break lab0
			}
			return false
		}
	}
	env.SliceDel()
	return true
}

func r_tidy(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var S_x string
	if env.Cursor < context.i_p1 {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_p1
	var v_2 = env.Limit - env.Cursor
lab0:
	for {
		var v_3 = env.Limit - env.Cursor
		if !r_LV(env, context) {
			break lab0
		}
		env.Cursor = env.Limit - v_3
		env.Ket = env.Cursor
		if env.Cursor <= env.LimitBackward {
			break lab0
		}
		env.PrevChar()
		env.Bra = env.Cursor
		env.SliceDel()
		break lab0
	}
	env.Cursor = env.Limit - v_2
	var v_4 = env.Limit - env.Cursor
lab1:
	for {
		env.Ket = env.Cursor
		if !env.InGroupingB(G_AEI, 97, 228) {
			break lab1
		}
		env.Bra = env.Cursor
		if !env.InGroupingB(G_C, 98, 122) {
			break lab1
		}
		env.SliceDel()
		break lab1
	}
	env.Cursor = env.Limit - v_4
	var v_5 = env.Limit - env.Cursor
lab2:
	for {
		env.Ket = env.Cursor
		if !env.EqSB("j") {
			break lab2
		}
		env.Bra = env.Cursor
	lab3:
		for {
		lab4:
			for {
				if !env.EqSB("o") {
					break lab4
				}
				break lab3
			}
			if !env.EqSB("u") {
				break lab2
			}
			break lab3
		}
		env.SliceDel()
		break lab2
	}
	env.Cursor = env.Limit - v_5
	var v_6 = env.Limit - env.Cursor
lab5:
	for {
		env.Ket = env.Cursor
		if !env.EqSB("o") {
			break lab5
		}
		env.Bra = env.Cursor
		if !env.EqSB("j") {
			break lab5
		}
		env.SliceDel()
		break lab5
	}
	env.Cursor = env.Limit - v_6
	env.LimitBackward = v_1
	var v_7 = env.Limit - env.Cursor
lab6:
	for {
		if !env.GoInGroupingB(G_v, 97, 246) {
			break lab6
		}
		env.Ket = env.Cursor
		if !env.InGroupingB(G_C, 98, 122) {
			break lab6
		}
		env.Bra = env.Cursor
		S_x = env.SliceTo()
		if !env.EqSB(S_x) {
			break lab6
		}
		env.SliceDel()
		break lab6
	}
	env.Cursor = env.Limit - v_7
	env.Ket = env.Cursor
	if !env.EqSB("'") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		b_ending_removed: false,
		i_p2:             0,
		i_p1:             0,
	}
	_ = context
	var v_1 = env.Cursor
	r_mark_regions(env, context)
	env.Cursor = v_1
	context.b_ending_removed = false
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_2 = env.Limit - env.Cursor
	r_particle_etc(env, context)
	env.Cursor = env.Limit - v_2
	var v_3 = env.Limit - env.Cursor
	r_possessive(env, context)
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
	r_case_ending(env, context)
	env.Cursor = env.Limit - v_4
	var v_5 = env.Limit - env.Cursor
	r_other_endings(env, context)
	env.Cursor = env.Limit - v_5
lab0:
	for {
	lab1:
		for {
			if !context.b_ending_removed {
				break lab1
			}
			var v_6 = env.Limit - env.Cursor
			r_i_plural(env, context)
			env.Cursor = env.Limit - v_6
			break lab0
		}
		var v_7 = env.Limit - env.Cursor
		r_t_plural(env, context)
		env.Cursor = env.Limit - v_7
		break lab0
	}
	var v_8 = env.Limit - env.Cursor
	r_tidy(env, context)
	env.Cursor = env.Limit - v_8
	env.Cursor = env.LimitBackward
	return true
}
