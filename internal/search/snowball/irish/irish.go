//! Generated from irish.sbl by Snowball 3.1.1 - https://snowballstem.org/

package irish

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "b'", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "bh", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "bhf", A: 1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "bp", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "ch", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "d'", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "d'fh", A: 5, B: 2, F: nil},
	&snowballRuntime.Among{Str: "dh", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "dt", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "fh", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "gc", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "gh", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "h-", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "m'", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mb", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "mh", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "n-", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nd", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ng", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ph", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "sh", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "t-", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "th", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "ts", A: -1, B: 3, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "íochta", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aíochta", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ire", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aire", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "abh", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eabh", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibh", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aibh", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "amh", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eamh", A: 8, B: 1, F: nil},
	&snowballRuntime.Among{Str: "imh", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aimh", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íocht", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aíocht", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irí", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "airí", A: 14, B: 2, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "óideacha", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "patacha", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "achta", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arcachta", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "eachta", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "grafaíochta", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "paite", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ach", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "each", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "óideach", A: 8, B: 6, F: nil},
	&snowballRuntime.Among{Str: "gineach", A: 8, B: 3, F: nil},
	&snowballRuntime.Among{Str: "patach", A: 7, B: 5, F: nil},
	&snowballRuntime.Among{Str: "grafaíoch", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "pataigh", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "óidigh", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "achtúil", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eachtúil", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "gineas", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ginis", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "acht", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arcacht", A: 19, B: 2, F: nil},
	&snowballRuntime.Among{Str: "eacht", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "grafaíocht", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "arcachtaí", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "grafaíochtaí", A: -1, B: 4, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "imid", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aimid", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ímid", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aímid", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "adh", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "eadh", A: 4, B: 2, F: nil},
	&snowballRuntime.Among{Str: "faidh", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "fidh", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áil", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ain", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "tear", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "tar", A: -1, B: 2, F: nil},
}

var G_v = []byte{17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 17, 4, 2}

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
		if !env.GoOutGrouping(G_v, 97, 250) {
			break lab0
		}
		env.NextChar()
		context.i_pV = env.Cursor
		if !env.GoInGrouping(G_v, 97, 250) {
			break lab0
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		if !env.GoOutGrouping(G_v, 97, 250) {
			break lab0
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 250) {
			break lab0
		}
		env.NextChar()
		context.i_p2 = env.Cursor
		break lab0
	}
	env.Cursor = v_1
	return true
}

func r_initial_morph(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Bra = env.Cursor
	among_var = env.FindAmong(A_0, context)
	if among_var == 0 {
		return false
	}
	env.Ket = env.Cursor
	switch among_var {
	case 1:
		env.SliceDel()
	case 2:
		env.SliceFrom("f")
	case 3:
		env.SliceFrom("s")
	case 4:
		env.SliceFrom("b")
	case 5:
		env.SliceFrom("c")
	case 6:
		env.SliceFrom("d")
	case 7:
		env.SliceFrom("g")
	case 8:
		env.SliceFrom("p")
	case 9:
		env.SliceFrom("t")
	case 10:
		env.SliceFrom("m")
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

func r_noun_sfx(env *snowballRuntime.Env, ctx interface{}) bool {
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

func r_deriv(env *snowballRuntime.Env, ctx interface{}) bool {
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
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
	case 2:
		env.SliceFrom("arc")
	case 3:
		env.SliceFrom("gin")
	case 4:
		env.SliceFrom("graf")
	case 5:
		env.SliceFrom("paite")
	case 6:
		env.SliceFrom("óid")
	}
	return true
}

func r_verb_sfx(env *snowballRuntime.Env, ctx interface{}) bool {
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
		if context.i_pV > env.Cursor {
			return false
		}
		env.SliceDel()
	case 2:
		if !r_R1(env, context) {
			return false
		}
		env.SliceDel()
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
	var v_1 = env.Cursor
	r_initial_morph(env, context)
	env.Cursor = v_1
	r_mark_regions(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_2 = env.Limit - env.Cursor
	r_noun_sfx(env, context)
	env.Cursor = env.Limit - v_2
	var v_3 = env.Limit - env.Cursor
	r_deriv(env, context)
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
	r_verb_sfx(env, context)
	env.Cursor = env.Limit - v_4
	env.Cursor = env.LimitBackward
	return true
}
