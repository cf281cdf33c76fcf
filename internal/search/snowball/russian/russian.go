//! Generated from russian.sbl by Snowball 3.1.1 - https://snowballstem.org/

package russian

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "вшись", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ывшись", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ившись", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "в", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ыв", A: 3, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ив", A: 3, B: 2, F: nil},
	&snowballRuntime.Among{Str: "вши", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ывши", A: 6, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ивши", A: 6, B: 2, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ему", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ому", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ых", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "их", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ую", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "юю", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ею", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ою", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "яя", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ая", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ые", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ее", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ие", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ое", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ыми", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ими", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ый", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ей", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ий", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ой", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ым", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ем", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "им", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ом", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "его", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ого", A: -1, B: 1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "вш", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ывш", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ивш", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "щ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ющ", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ующ", A: 4, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ем", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "нн", A: -1, B: 1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "сь", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ся", A: -1, B: 1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ыт", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ют", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "уют", A: 1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ят", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ет", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ует", A: 4, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ит", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ны", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ены", A: 7, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ть", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ыть", A: 9, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ить", A: 9, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ешь", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ишь", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ю", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ую", A: 14, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ла", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ыла", A: 16, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ила", A: 16, B: 2, F: nil},
	&snowballRuntime.Among{Str: "на", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ена", A: 19, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ете", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ите", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "йте", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "уйте", A: 23, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ейте", A: 23, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ли", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ыли", A: 26, B: 2, F: nil},
	&snowballRuntime.Among{Str: "или", A: 26, B: 2, F: nil},
	&snowballRuntime.Among{Str: "й", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "уй", A: 29, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ей", A: 29, B: 2, F: nil},
	&snowballRuntime.Among{Str: "л", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ыл", A: 32, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ил", A: 32, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ым", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ем", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "им", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "н", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ен", A: 38, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ло", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ыло", A: 40, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ило", A: 40, B: 2, F: nil},
	&snowballRuntime.Among{Str: "но", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ено", A: 43, B: 2, F: nil},
	&snowballRuntime.Among{Str: "нно", A: 43, B: 1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "у", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ях", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "иях", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ах", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ы", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ь", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ю", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ью", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ию", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "я", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ья", A: 9, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ия", A: 9, B: 1, F: nil},
	&snowballRuntime.Among{Str: "а", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ев", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ов", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "е", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ье", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ие", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "и", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "еи", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ии", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ями", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "иями", A: 21, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ами", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "й", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ей", A: 24, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ией", A: 25, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ий", A: 24, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ой", A: 24, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ям", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "иям", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ам", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ем", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ием", A: 32, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ом", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "о", A: -1, B: 1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ост", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ость", A: -1, B: 1, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ейш", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ь", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ейше", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "н", A: -1, B: 2, F: nil},
}

var G_v = []byte{33, 65, 8, 232}

type Context struct {
	i_p2 int
	i_pV int
}

func r_mark_regions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	context.i_pV = env.Limit
	context.i_p2 = env.Limit
	var v_1 = env.Cursor
lab0:
	for {
		if !env.GoOutGrouping(G_v, 1072, 1103) {
			break lab0
		}
		env.NextChar()
		context.i_pV = env.Cursor
		if !env.GoInGrouping(G_v, 1072, 1103) {
			break lab0
		}
		env.NextChar()
		if !env.GoOutGrouping(G_v, 1072, 1103) {
			break lab0
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 1072, 1103) {
			break lab0
		}
		env.NextChar()
		context.i_p2 = env.Cursor
		break lab0
	}
	env.Cursor = v_1
	return true
}

func r_perfective_gerund(env *snowballRuntime.Env, ctx interface{}) bool {
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
	lab0:
		for {
		lab1:
			for {
				if !env.EqSB("а") {
					break lab1
				}
				break lab0
			}
			if !env.EqSB("я") {
				return false
			}
			break lab0
		}
		env.SliceDel()
	case 2:
		env.SliceDel()
	}
	return true
}

func r_adjective(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_1, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func r_adjectival(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if !r_adjective(env, context) {
		return false
	}
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		env.Ket = env.Cursor
		among_var = env.FindAmongB(A_2, context)
		if among_var == 0 {
			env.Cursor = env.Limit - v_1
			break lab0
		}
		env.Bra = env.Cursor
		switch among_var {
		case 1:
		lab1:
			for {
			lab2:
				for {
					if !env.EqSB("а") {
						break lab2
					}
					break lab1
				}
				if !env.EqSB("я") {
					env.Cursor = env.Limit - v_1
					break lab0
				}
				break lab1
			}
			env.SliceDel()
		case 2:
			env.SliceDel()
		}
		break lab0
	}
	return true
}

func r_reflexive(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_3, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func r_verb(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_4, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
	lab0:
		for {
		lab1:
			for {
				if !env.EqSB("а") {
					break lab1
				}
				break lab0
			}
			if !env.EqSB("я") {
				return false
			}
			break lab0
		}
		env.SliceDel()
	case 2:
		env.SliceDel()
	}
	return true
}

func r_noun(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_5, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func r_derivational(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_6, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	if context.i_p2 > env.Cursor {
		return false
	}
	env.SliceDel()
	return true
}

func r_tidy_up(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_7, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		env.SliceDel()
		env.Ket = env.Cursor
		if !env.EqSB("н") {
			return false
		}
		env.Bra = env.Cursor
		if !env.EqSB("н") {
			return false
		}
		env.SliceDel()
	case 2:
		if !env.EqSB("н") {
			return false
		}
		env.SliceDel()
	case 3:
		env.SliceDel()
	}
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p2: 0,
		i_pV: 0,
	}
	_ = context
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
						if !env.EqS("ё") {
							break lab4
						}
						env.Ket = env.Cursor
						env.Cursor = v_3
						break golab3
					}
					env.Cursor = v_3
					if env.Cursor >= env.Limit {
						break lab2
					}
					env.NextChar()
				}
				env.SliceFrom("е")
				continue replab1
			}
			env.Cursor = v_2
			break replab1
		}
		break lab0
	}
	env.Cursor = v_1
	r_mark_regions(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	if env.Cursor < context.i_pV {
		return false
	}
	var v_4 = env.LimitBackward
	env.LimitBackward = context.i_pV
	var v_5 = env.Limit - env.Cursor
lab5:
	for {
	lab6:
		for {
			var v_6 = env.Limit - env.Cursor
		lab7:
			for {
				if !r_perfective_gerund(env, context) {
					break lab7
				}
				break lab6
			}
			env.Cursor = env.Limit - v_6
			var v_7 = env.Limit - env.Cursor
		lab8:
			for {
				if !r_reflexive(env, context) {
					env.Cursor = env.Limit - v_7
					break lab8
				}
				break lab8
			}
		lab9:
			for {
				var v_8 = env.Limit - env.Cursor
			lab10:
				for {
					if !r_adjectival(env, context) {
						break lab10
					}
					break lab9
				}
				env.Cursor = env.Limit - v_8
			lab11:
				for {
					if !r_verb(env, context) {
						break lab11
					}
					break lab9
				}
				env.Cursor = env.Limit - v_8
				if !r_noun(env, context) {
					break lab5
				}
				break lab9
			}
			break lab6
		}
		break lab5
	}
	env.Cursor = env.Limit - v_5
	var v_9 = env.Limit - env.Cursor
lab12:
	for {
		env.Ket = env.Cursor
		if !env.EqSB("и") {
			env.Cursor = env.Limit - v_9
			break lab12
		}
		env.Bra = env.Cursor
		env.SliceDel()
		break lab12
	}
	var v_10 = env.Limit - env.Cursor
	r_derivational(env, context)
	env.Cursor = env.Limit - v_10
	var v_11 = env.Limit - env.Cursor
	r_tidy_up(env, context)
	env.Cursor = env.Limit - v_11
	env.LimitBackward = v_4
	env.Cursor = env.LimitBackward
	return true
}
