//! Generated from czech.sbl by Snowball 3.1.1 - https://snowballstem.org/

package czech

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "c", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nc", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ínc", A: 1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "avc", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ovc", A: 0, B: -1, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "c", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nc", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ínc", A: 1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "avc", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ovc", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "čt", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "št", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "dešt", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "lešt", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "išt", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "poušt", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ášt", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "íšt", A: 6, B: -1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "in", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ov", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ův", A: -1, B: 1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "l", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "tl", A: 1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "s", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "es", A: 3, B: 2, F: nil},
	&snowballRuntime.Among{Str: "č", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eč", A: 5, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ř", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ž", A: 0, B: 1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "obl", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sn", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dot", A: -1, B: -1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "uc", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "h", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ok", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "kar", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "č", A: -1, B: -1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ama", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ata", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eb", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ec", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "e", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ete", A: 5, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ěte", A: 5, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ech", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "atech", A: 8, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ách", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ích", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "ých", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "i", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "mi", A: 13, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ami", A: 14, B: 1, F: nil},
	&snowballRuntime.Among{Str: "emi", A: 14, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ěmi", A: 14, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ťmi", A: 14, B: 11, F: nil},
	&snowballRuntime.Among{Str: "ími", A: 14, B: 12, F: nil},
	&snowballRuntime.Among{Str: "ými", A: 14, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eti", A: 13, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ěti", A: 13, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ovi", A: 13, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ek", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ěk", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "em", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "etem", A: 26, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ětem", A: 26, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ěm", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ám", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ém", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ím", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "ům", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atům", A: 33, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ým", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ého", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ího", A: 36, B: 12, F: nil},
	&snowballRuntime.Among{Str: "us", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "at", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "et", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "u", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ému", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ímu", A: 42, B: 12, F: nil},
	&snowballRuntime.Among{Str: "ou", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ev", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "y", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aty", A: 47, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eň", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "ě", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "á", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ť", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "é", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ové", A: 53, B: 1, F: nil},
	&snowballRuntime.Among{Str: "í", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "ů", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ý", A: -1, B: 1, F: nil},
}

var G_v = []byte{17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 17, 4, 18, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64}

var G_v_or_syllabic_c = []byte{17, 73, 18, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 17, 4, 18, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64}

var G_ev_ending = []byte{73, 20, 4}

var G_env_ending = []byte{71, 66, 23, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 0, 0, 0, 16}

type Context struct {
	i_p1 int
}

func r_mark_regions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var i_x int
	var v_1 = env.Cursor
	if !env.Hop(3) {
		return false
	}
	i_x = env.Cursor
	env.Cursor = v_1
	context.i_p1 = env.Limit
	var v_2 = env.Cursor
lab0:
	for {
	lab1:
		for {
		lab2:
			for {
				if !env.InGrouping(G_v, 97, 367) {
					break lab2
				}
				break lab1
			}
			if env.Cursor >= env.Limit {
				break lab0
			}
			env.NextChar()
			if !env.GoOutGrouping(G_v_or_syllabic_c, 97, 367) {
				break lab0
			}
			env.NextChar()
			break lab1
		}
		if !env.GoInGrouping(G_v, 97, 367) {
			break lab0
		}
		env.NextChar()
		context.i_p1 = env.Cursor
	lab3:
		for {
			if context.i_p1 >= i_x {
				break lab3
			}
			context.i_p1 = i_x
			break lab3
		}
		break lab0
	}
	env.Cursor = v_2
	return true
}

func r_palatalise_e(env *snowballRuntime.Env, ctx interface{}) bool {
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
		env.SliceFrom("k")
	case 2:
		env.SliceFrom("ínk")
	}
	return true
}

func r_palatalise_i(env *snowballRuntime.Env, ctx interface{}) bool {
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
		env.SliceFrom("k")
	case 2:
		env.SliceFrom("ínk")
	case 3:
		env.SliceFrom("ck")
	case 4:
		env.SliceFrom("sk")
	}
	return true
}

func r_possessive_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_2, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if context.i_p1 > env.Cursor {
		return false
	}
	switch among_var {
	case 1:
		env.SliceDel()
	case 2:
		env.SliceDel()
		var v_1 = env.Limit - env.Cursor
	lab0:
		for {
			if !r_palatalise_i(env, context) {
				env.Cursor = env.Limit - v_1
				break lab0
			}
			break lab0
		}
	}
	return true
}

func r_case_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
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
		env.SliceDel()
	case 2:
		env.SliceDel()
		var v_2 = env.Limit - env.Cursor
	lab0:
		for {
			if !r_palatalise_e(env, context) {
				env.Cursor = env.Limit - v_2
				break lab0
			}
			break lab0
		}
	case 3:
		among_var = env.FindAmongB(A_3, context)
		switch among_var {
		case 1:
			env.SliceDel()
		case 2:
			env.SliceFrom("et")
		}
	case 4:
		var v_3 = env.Limit - env.Cursor
		if !env.OutGroupingB(G_v, 97, 367) {
			return false
		}
		env.Cursor = env.Limit - v_3
	lab1:
		for {
			if !env.EqSB("tř") {
				break lab1
			}
			return false
		}
		env.SliceFrom("b")
	case 5:
		var v_4 = env.Limit - env.Cursor
		if !env.OutGroupingB(G_v, 97, 367) {
			return false
		}
		env.Cursor = env.Limit - v_4
		env.SliceDel()
		{
			bra, ket := env.Cursor, env.Cursor
			env.Insert(bra, ket, "c")
		}
		var v_5 = env.Limit - env.Cursor
	lab2:
		for {
			if !r_palatalise_e(env, context) {
				env.Cursor = env.Limit - v_5
				break lab2
			}
			break lab2
		}
	case 6:
		var v_6 = env.Limit - env.Cursor
		if !env.OutGroupingB(G_v, 97, 367) {
			return false
		}
		env.Cursor = env.Limit - v_6
		var v_7 = env.Limit - env.Cursor
	lab3:
		for {
			if env.FindAmongB(A_4, context) == 0 {
				break lab3
			}
			return false
		}
		env.Cursor = env.Limit - v_7
		env.SliceFrom("k")
	case 7:
		if !env.EqSB("n") {
			return false
		}
		env.Bra = env.Cursor
		env.SliceFrom("ňk")
	case 8:
		var v_8 = env.Limit - env.Cursor
		if !env.InGroupingB(G_env_ending, 98, 382) {
			return false
		}
		env.Cursor = env.Limit - v_8
		env.SliceFrom("n")
	case 9:
		if env.FindAmongB(A_5, context) == 0 {
			return false
		}
		env.SliceFrom("t")
	case 10:
		if !env.InGroupingB(G_ev_ending, 104, 122) {
			return false
		}
		env.SliceFrom("v")
	case 11:
		env.SliceFrom("t")
	case 12:
		env.SliceDel()
		var v_9 = env.Limit - env.Cursor
	lab4:
		for {
			if !r_palatalise_i(env, context) {
				env.Cursor = env.Limit - v_9
				break lab4
			}
			break lab4
		}
	}
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p1: 0,
	}
	_ = context
	if !r_mark_regions(env, context) {
		return false
	}
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
	r_case_suffix(env, context)
	env.Cursor = env.Limit - v_1
	var v_2 = env.Limit - env.Cursor
	r_possessive_suffix(env, context)
	env.Cursor = env.Limit - v_2
	env.Cursor = env.LimitBackward
	return true
}
