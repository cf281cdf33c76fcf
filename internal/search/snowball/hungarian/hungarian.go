//! Generated from hungarian.sbl by Snowball 3.1.1 - https://snowballstem.org/

package hungarian

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "á", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "é", A: -1, B: 2, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "bb", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "cc", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dd", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ff", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "gg", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "jj", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "kk", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ll", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mm", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nn", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "pp", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "rr", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ccs", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ss", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "zzs", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tt", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "vv", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ggy", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "lly", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nny", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tty", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ssz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "zz", A: -1, B: -1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "al", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "el", A: -1, B: 1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ba", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ra", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "be", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "re", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ig", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nak", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nek", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "val", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "vel", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ul", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ből", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ről", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "től", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nál", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nél", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ból", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ról", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tól", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ül", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "n", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "an", A: 19, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ban", A: 20, B: -1, F: nil},
	&snowballRuntime.Among{Str: "en", A: 19, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ben", A: 22, B: -1, F: nil},
	&snowballRuntime.Among{Str: "képpen", A: 22, B: -1, F: nil},
	&snowballRuntime.Among{Str: "on", A: 19, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ön", A: 19, B: -1, F: nil},
	&snowballRuntime.Among{Str: "képp", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "kor", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "t", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "at", A: 29, B: -1, F: nil},
	&snowballRuntime.Among{Str: "et", A: 29, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ként", A: 29, B: -1, F: nil},
	&snowballRuntime.Among{Str: "anként", A: 32, B: -1, F: nil},
	&snowballRuntime.Among{Str: "enként", A: 32, B: -1, F: nil},
	&snowballRuntime.Among{Str: "onként", A: 32, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ot", A: 29, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ért", A: 29, B: -1, F: nil},
	&snowballRuntime.Among{Str: "öt", A: 29, B: -1, F: nil},
	&snowballRuntime.Among{Str: "hez", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "hoz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "höz", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "vá", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "vé", A: -1, B: -1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "án", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "én", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ánként", A: -1, B: 2, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "stul", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "astul", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ástul", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "stül", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "estül", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "éstül", A: 3, B: 3, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "á", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "é", A: -1, B: 1, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "k", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ak", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ek", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ok", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ák", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ék", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ök", A: 0, B: 3, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "éi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áéi", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ééi", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "é", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ké", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aké", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eké", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oké", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áké", A: 4, B: 3, F: nil},
	&snowballRuntime.Among{Str: "éké", A: 4, B: 2, F: nil},
	&snowballRuntime.Among{Str: "öké", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "éé", A: 3, B: 2, F: nil},
}

var A_9 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ja", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "d", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ad", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ed", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "od", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ád", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "éd", A: 2, B: 3, F: nil},
	&snowballRuntime.Among{Str: "öd", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "e", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "je", A: 9, B: 1, F: nil},
	&snowballRuntime.Among{Str: "nk", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "unk", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ánk", A: 11, B: 2, F: nil},
	&snowballRuntime.Among{Str: "énk", A: 11, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ünk", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uk", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "juk", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ájuk", A: 17, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ük", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jük", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "éjük", A: 20, B: 3, F: nil},
	&snowballRuntime.Among{Str: "m", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "am", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "em", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "om", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ám", A: 22, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ém", A: 22, B: 3, F: nil},
	&snowballRuntime.Among{Str: "o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "á", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "é", A: -1, B: 3, F: nil},
}

var A_10 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "id", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aid", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jaid", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eid", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jeid", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áid", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "éid", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "i", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ai", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jai", A: 8, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ei", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jei", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ái", A: 7, B: 2, F: nil},
	&snowballRuntime.Among{Str: "éi", A: 7, B: 3, F: nil},
	&snowballRuntime.Among{Str: "itek", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eitek", A: 14, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jeitek", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "éitek", A: 14, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ik", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aik", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jaik", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eik", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jeik", A: 21, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áik", A: 18, B: 2, F: nil},
	&snowballRuntime.Among{Str: "éik", A: 18, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ink", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aink", A: 25, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jaink", A: 26, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eink", A: 25, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jeink", A: 28, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áink", A: 25, B: 2, F: nil},
	&snowballRuntime.Among{Str: "éink", A: 25, B: 3, F: nil},
	&snowballRuntime.Among{Str: "aitok", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jaitok", A: 32, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áitok", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "im", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aim", A: 35, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jaim", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eim", A: 35, B: 1, F: nil},
	&snowballRuntime.Among{Str: "jeim", A: 38, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áim", A: 35, B: 2, F: nil},
	&snowballRuntime.Among{Str: "éim", A: 35, B: 3, F: nil},
}

var G_v = []byte{17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 17, 36, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1}

type Context struct {
	i_p1 int
}

func r_mark_regions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	context.i_p1 = env.Limit
lab0:
	for {
		var v_1 = env.Cursor
	lab1:
		for {
			if !env.InGrouping(G_v, 97, 369) {
				break lab1
			}
			var v_2 = env.Cursor
		lab2:
			for {
				if !env.GoInGrouping(G_v, 97, 369) {
					break lab2
				}
				env.NextChar()
				context.i_p1 = env.Cursor
				break lab2
			}
			env.Cursor = v_2
			break lab0
		}
		env.Cursor = v_1
		if !env.GoOutGrouping(G_v, 97, 369) {
			return false
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		break lab0
	}
	return true
}

func r_R1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_p1 <= env.Cursor
}

func r_v_ending(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_0, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.SliceFrom("a")
	case 2:
		env.SliceFrom("e")
	}
	return true
}

func r_double(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
	if env.FindAmongB(A_1, context) == 0 {
		return false
	}
	env.Cursor = env.Limit - v_1
	return true
}

func r_undouble(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.Cursor <= env.LimitBackward {
		return false
	}
	env.PrevChar()
	env.Ket = env.Cursor
	if env.Cursor <= env.LimitBackward {
		return false
	}
	env.PrevChar()
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func r_instrum(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_2, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	if !r_double(env, context) {
		return false
	}
	env.SliceDel()
	return r_undouble(env, context)
}

func r_case(env *snowballRuntime.Env, ctx interface{}) bool {
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
	return r_v_ending(env, context)
}

func r_case_special(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_4, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.SliceFrom("e")
	case 2:
		env.SliceFrom("a")
	}
	return true
}

func r_case_other(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_5, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.SliceDel()
	case 2:
		env.SliceFrom("a")
	case 3:
		env.SliceFrom("e")
	}
	return true
}

func r_factive(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_6, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	if !r_double(env, context) {
		return false
	}
	env.SliceDel()
	return r_undouble(env, context)
}

func r_plural(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_7, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.SliceFrom("a")
	case 2:
		env.SliceFrom("e")
	case 3:
		env.SliceDel()
	}
	return true
}

func r_owned(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_8, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.SliceDel()
	case 2:
		env.SliceFrom("e")
	case 3:
		env.SliceFrom("a")
	}
	return true
}

func r_sing_owner(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_9, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.SliceDel()
	case 2:
		env.SliceFrom("a")
	case 3:
		env.SliceFrom("e")
	}
	return true
}

func r_plur_owner(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_10, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.SliceDel()
	case 2:
		env.SliceFrom("a")
	case 3:
		env.SliceFrom("e")
	}
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p1: 0,
	}
	_ = context
	var v_1 = env.Cursor
	r_mark_regions(env, context)
	env.Cursor = v_1
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_2 = env.Limit - env.Cursor
	r_instrum(env, context)
	env.Cursor = env.Limit - v_2
	var v_3 = env.Limit - env.Cursor
	r_case(env, context)
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
	r_case_special(env, context)
	env.Cursor = env.Limit - v_4
	var v_5 = env.Limit - env.Cursor
	r_case_other(env, context)
	env.Cursor = env.Limit - v_5
	var v_6 = env.Limit - env.Cursor
	r_factive(env, context)
	env.Cursor = env.Limit - v_6
	var v_7 = env.Limit - env.Cursor
	r_owned(env, context)
	env.Cursor = env.Limit - v_7
	var v_8 = env.Limit - env.Cursor
	r_sing_owner(env, context)
	env.Cursor = env.Limit - v_8
	var v_9 = env.Limit - env.Cursor
	r_plur_owner(env, context)
	env.Cursor = env.Limit - v_9
	var v_10 = env.Limit - env.Cursor
	r_plural(env, context)
	env.Cursor = env.Limit - v_10
	env.Cursor = env.LimitBackward
	return true
}
