//! Generated from sesotho.sbl by Snowball 3.1.1 - https://snowballstem.org/

package sesotho

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ba", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "boi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "le", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "li", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ma", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "me", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mo", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "se", A: -1, B: -1, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ela", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isa", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "wa", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ile", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "etse", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ang", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eng", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ong", A: -1, B: 1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ana", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nyana", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "i", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ano", A: -1, B: 1, F: nil},
}

var G_v = []byte{17, 65, 16}

type Context struct {
	i_pV int
}

func r_mark_regions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Cursor
	if !env.GoOutGrouping(G_v, 97, 117) {
		return false
	}
	env.NextChar()
	context.i_pV = env.Cursor
	env.Cursor = v_1
	var v_2 = env.Cursor
	if !env.Hop(2) {
		return false
	}
lab0:
	for {
		if env.Cursor <= context.i_pV {
			break lab0
		}
		context.i_pV = env.Cursor
		break lab0
	}
	env.Cursor = v_2
	return true
}

func r_remove_noun_prefixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Bra = env.Cursor
	if env.FindAmong(A_0, context) == 0 {
		return false
	}
	env.Ket = env.Cursor
	var v_1 = env.Cursor
	if env.Cursor >= env.Limit {
		return false
	}
	env.NextChar()
	if env.Cursor >= env.Limit {
		return false
	}
	env.Cursor = v_1
	if !env.GoOutGrouping(G_v, 97, 117) {
		return false
	}
	env.NextChar()
	env.SliceDel()
	return true
}

func r_remove_verb_suffixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.Cursor < context.i_pV {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_pV
	env.Ket = env.Cursor
	if env.FindAmongB(A_1, context) == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	env.LimitBackward = v_1
	return true
}

func r_remove_nominal_suffixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.Cursor < context.i_pV {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_pV
	env.Ket = env.Cursor
	if env.FindAmongB(A_2, context) == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	env.LimitBackward = v_1
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_pV: 0,
	}
	_ = context
	if !r_mark_regions(env, context) {
		return false
	}
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
	r_remove_nominal_suffixes(env, context)
	env.Cursor = env.Limit - v_1
	var v_2 = env.Limit - env.Cursor
	r_remove_verb_suffixes(env, context)
	env.Cursor = env.Limit - v_2
	env.Cursor = env.LimitBackward
	var v_3 = env.Cursor
	r_remove_noun_prefixes(env, context)
	env.Cursor = v_3
	return true
}
