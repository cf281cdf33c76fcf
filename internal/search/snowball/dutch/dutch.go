//! Generated from dutch.sbl by Snowball 3.1.1 - https://snowballstem.org/

package dutch

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "e", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "u", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "à", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "á", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "â", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ä", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "è", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "é", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ê", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "eë", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ië", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ò", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ó", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ô", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ö", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ù", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ú", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "û", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ü", A: -1, B: 1, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "nde", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "en", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "s", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "'s", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "es", A: 2, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ies", A: 4, B: 3, F: nil},
	&snowballRuntime.Among{Str: "aus", A: 2, B: 6, F: nil},
	&snowballRuntime.Among{Str: "és", A: 2, B: 5, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "de", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ge", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ische", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "je", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "lijke", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "le", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "ene", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "re", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "se", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "te", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ieve", A: -1, B: 11, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "heid", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "fie", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "gie", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "atie", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isme", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ing", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "arij", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "erij", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "sel", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "rder", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ster", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "iteit", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "dst", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "tst", A: -1, B: 9, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "end", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "atief", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "erig", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "achtig", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ioneel", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "baar", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "laar", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "naar", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "raar", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "eriger", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "achtiger", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "lijker", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "tant", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "erigst", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "achtigst", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "lijkst", A: -1, B: 8, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ig", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iger", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "igst", A: -1, B: 1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ft", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "kt", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "pt", A: -1, B: 3, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "bb", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "cc", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "dd", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ff", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "gg", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "hh", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "jj", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "kk", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "ll", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "mm", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "nn", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "pp", A: -1, B: 12, F: nil},
	&snowballRuntime.Among{Str: "qq", A: -1, B: 13, F: nil},
	&snowballRuntime.Among{Str: "rr", A: -1, B: 14, F: nil},
	&snowballRuntime.Among{Str: "ss", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "tt", A: -1, B: 16, F: nil},
	&snowballRuntime.Among{Str: "v", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "vv", A: 16, B: 17, F: nil},
	&snowballRuntime.Among{Str: "ww", A: -1, B: 18, F: nil},
	&snowballRuntime.Among{Str: "xx", A: -1, B: 19, F: nil},
	&snowballRuntime.Among{Str: "z", A: -1, B: 15, F: nil},
	&snowballRuntime.Among{Str: "zz", A: 20, B: 20, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "d", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "t", A: -1, B: 2, F: nil},
}

var A_9 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "eft", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "vaa", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "val", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "vali", A: 3, B: -1, F: nil},
	&snowballRuntime.Among{Str: "vare", A: 0, B: 1, F: nil},
}

var A_10 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ë", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ï", A: -1, B: 2, F: nil},
}

var A_11 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ë", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ï", A: -1, B: 2, F: nil},
}

var G_E = []byte{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 120}

var G_AIOU = []byte{1, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 11, 120, 46, 15}

var G_AEIOU = []byte{17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 139, 127, 46, 15}

var G_v = []byte{17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 139, 127, 46, 15}

var G_v_WX = []byte{17, 65, 208, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 139, 127, 46, 15}

type Context struct {
	b_GE_removed bool
	i_p2         int
	i_p1         int
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

func r_V(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
	lab1:
		for {
			if !env.InGroupingB(G_v, 97, 252) {
				break lab1
			}
			break lab0
		}
		if !env.EqSB("ij") {
			return false
		}
		break lab0
	}
	env.Cursor = env.Limit - v_1
	return true
}

func r_VX(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
	if env.Cursor <= env.LimitBackward {
		return false
	}
	env.PrevChar()
lab0:
	for {
	lab1:
		for {
			if !env.InGroupingB(G_v, 97, 252) {
				break lab1
			}
			break lab0
		}
		if !env.EqSB("ij") {
			return false
		}
		break lab0
	}
	env.Cursor = env.Limit - v_1
	return true
}

func r_C(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		if !env.EqSB("ij") {
			break lab0
		}
		return false
	}
	if !env.OutGroupingB(G_v, 97, 252) {
		return false
	}
	env.Cursor = env.Limit - v_1
	return true
}

func r_lengthen_V(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	var S_ch string
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		if !env.OutGroupingB(G_v_WX, 97, 252) {
			break lab0
		}
		env.Ket = env.Cursor
		among_var = env.FindAmongB(A_0, context)
		if among_var == 0 {
			break lab0
		}
		env.Bra = env.Cursor
		switch among_var {
		case 1:
			var v_2 = env.Limit - env.Cursor
		lab1:
			for {
			lab2:
				for {
					if !env.OutGroupingB(G_AEIOU, 97, 252) {
						break lab2
					}
					break lab1
				}
				if env.Cursor > env.LimitBackward {
					break lab0
				}
				break lab1
			}
			env.Cursor = env.Limit - v_2
			S_ch = env.SliceTo()
			{
				var c = env.Cursor
				bra, ket := env.Cursor, env.Cursor
				env.Insert(bra, ket, S_ch)
				env.Cursor = c
			}
		case 2:
			var v_3 = env.Limit - env.Cursor
		lab3:
			for {
			lab4:
				for {
					if !env.OutGroupingB(G_AEIOU, 97, 252) {
						break lab4
					}
					break lab3
				}
				if env.Cursor > env.LimitBackward {
					break lab0
				}
				break lab3
			}
			var v_4 = env.Limit - env.Cursor
		lab5:
			for {
			lab6:
				for {
				lab7:
					for {
						if !env.InGroupingB(G_AIOU, 97, 252) {
							break lab7
						}
						break lab6
					}
					if !env.InGroupingB(G_E, 101, 235) {
						break lab5
					}
					if env.Cursor > env.LimitBackward {
						break lab5
					}
					break lab6
				}
				break lab0
			}
			env.Cursor = env.Limit - v_4
			var v_5 = env.Limit - env.Cursor
		lab8:
			for {
				if env.Cursor <= env.LimitBackward {
					break lab8
				}
				env.PrevChar()
				if !env.InGroupingB(G_AIOU, 97, 252) {
					break lab8
				}
				if !env.OutGroupingB(G_AEIOU, 97, 252) {
					break lab8
				}
				break lab0
			}
			env.Cursor = env.Limit - v_5
			env.Cursor = env.Limit - v_3
			S_ch = env.SliceTo()
			{
				var c = env.Cursor
				bra, ket := env.Cursor, env.Cursor
				env.Insert(bra, ket, S_ch)
				env.Cursor = c
			}
		case 3:
			env.SliceFrom("eëe")
		case 4:
			env.SliceFrom("iee")
		}
		break lab0
	}
	env.Cursor = env.Limit - v_1
	return true
}

func r_Step_1(env *snowballRuntime.Env, ctx interface{}) bool {
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
		env.SliceDel()
	case 2:
		if !r_R1(env, context) {
			return false
		}
		var v_1 = env.Limit - env.Cursor
	lab0:
		for {
			if !env.EqSB("t") {
				break lab0
			}
			if !r_R1(env, context) {
				break lab0
			}
			return false
		}
		env.Cursor = env.Limit - v_1
		if !r_C(env, context) {
			return false
		}
		env.SliceDel()
	case 3:
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("ie")
	case 4:
	lab1:
		for {
			var v_2 = env.Limit - env.Cursor
		lab2:
			for {
				var v_3 = env.Limit - env.Cursor
				if !env.EqSB("ar") {
					break lab2
				}
				if !r_R1(env, context) {
					break lab2
				}
				if !r_C(env, context) {
					break lab2
				}
				env.Cursor = env.Limit - v_3
				env.SliceDel()
				r_lengthen_V(env, context)
				break lab1
			}
			env.Cursor = env.Limit - v_2
		lab3:
			for {
				var v_4 = env.Limit - env.Cursor
				if !env.EqSB("er") {
					break lab3
				}
				if !r_R1(env, context) {
					break lab3
				}
				if !r_C(env, context) {
					break lab3
				}
				env.Cursor = env.Limit - v_4
				env.SliceDel()
				break lab1
			}
			env.Cursor = env.Limit - v_2
			if !r_R1(env, context) {
				return false
			}
			if !r_C(env, context) {
				return false
			}
			env.SliceFrom("e")
			break lab1
		}
	case 5:
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("é")
	case 6:
		if !r_R1(env, context) {
			return false
		}
		if !r_V(env, context) {
			return false
		}
		env.SliceFrom("au")
	case 7:
	lab4:
		for {
			var v_5 = env.Limit - env.Cursor
		lab5:
			for {
				if !env.EqSB("hed") {
					break lab5
				}
				if !r_R1(env, context) {
					break lab5
				}
				env.Bra = env.Cursor
				env.SliceFrom("heid")
				break lab4
			}
			env.Cursor = env.Limit - v_5
		lab6:
			for {
				if !env.EqSB("nd") {
					break lab6
				}
				env.SliceDel()
				break lab4
			}
			env.Cursor = env.Limit - v_5
		lab7:
			for {
				if !env.EqSB("d") {
					break lab7
				}
				if !r_R1(env, context) {
					break lab7
				}
				if !r_C(env, context) {
					break lab7
				}
				env.Bra = env.Cursor
				env.SliceDel()
				break lab4
			}
			env.Cursor = env.Limit - v_5
		lab8:
			for {
			lab9:
				for {
				lab10:
					for {
						if !env.EqSB("i") {
							break lab10
						}
						break lab9
					}
					if !env.EqSB("j") {
						break lab8
					}
					break lab9
				}
				if !r_V(env, context) {
					break lab8
				}
				env.SliceDel()
				break lab4
			}
			env.Cursor = env.Limit - v_5
			if !r_R1(env, context) {
				return false
			}
			if !r_C(env, context) {
				return false
			}
			env.SliceDel()
			r_lengthen_V(env, context)
			break lab4
		}
	case 8:
		env.SliceFrom("nd")
	}
	return true
}

func r_Step_2(env *snowballRuntime.Env, ctx interface{}) bool {
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
	lab0:
		for {
			var v_1 = env.Limit - env.Cursor
		lab1:
			for {
				if !env.EqSB("'t") {
					break lab1
				}
				env.Bra = env.Cursor
				env.SliceDel()
				break lab0
			}
			env.Cursor = env.Limit - v_1
		lab2:
			for {
				if !env.EqSB("et") {
					break lab2
				}
				env.Bra = env.Cursor
				if !r_R1(env, context) {
					break lab2
				}
				if !r_C(env, context) {
					break lab2
				}
				env.SliceDel()
				break lab0
			}
			env.Cursor = env.Limit - v_1
		lab3:
			for {
				if !env.EqSB("rnt") {
					break lab3
				}
				env.Bra = env.Cursor
				env.SliceFrom("rn")
				break lab0
			}
			env.Cursor = env.Limit - v_1
		lab4:
			for {
				if !env.EqSB("t") {
					break lab4
				}
				env.Bra = env.Cursor
				if !r_R1(env, context) {
					break lab4
				}
				if !r_VX(env, context) {
					break lab4
				}
				env.SliceDel()
				break lab0
			}
			env.Cursor = env.Limit - v_1
		lab5:
			for {
				if !env.EqSB("ink") {
					break lab5
				}
				env.Bra = env.Cursor
				env.SliceFrom("ing")
				break lab0
			}
			env.Cursor = env.Limit - v_1
		lab6:
			for {
				if !env.EqSB("mp") {
					break lab6
				}
				env.Bra = env.Cursor
				env.SliceFrom("m")
				break lab0
			}
			env.Cursor = env.Limit - v_1
		lab7:
			for {
				if !env.EqSB("'") {
					break lab7
				}
				env.Bra = env.Cursor
				if !r_R1(env, context) {
					break lab7
				}
				env.SliceDel()
				break lab0
			}
			env.Cursor = env.Limit - v_1
			env.Bra = env.Cursor
			if !r_R1(env, context) {
				return false
			}
			if !r_C(env, context) {
				return false
			}
			env.SliceDel()
			break lab0
		}
	case 2:
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("g")
	case 3:
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("lijk")
	case 4:
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("isch")
	case 5:
		if !r_R1(env, context) {
			return false
		}
		if !r_C(env, context) {
			return false
		}
		env.SliceDel()
	case 6:
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("t")
	case 7:
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("s")
	case 8:
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("r")
	case 9:
		if !r_R1(env, context) {
			return false
		}
		env.SliceDel()
		{
			bra, ket := env.Cursor, env.Cursor
			env.Insert(bra, ket, "l")
		}
		r_lengthen_V(env, context)
	case 10:
		if !r_R1(env, context) {
			return false
		}
		if !r_C(env, context) {
			return false
		}
		env.SliceDel()
		{
			bra, ket := env.Cursor, env.Cursor
			env.Insert(bra, ket, "en")
		}
		r_lengthen_V(env, context)
	case 11:
		if !r_R1(env, context) {
			return false
		}
		if !r_C(env, context) {
			return false
		}
		env.SliceFrom("ief")
	}
	return true
}

func r_Step_3(env *snowballRuntime.Env, ctx interface{}) bool {
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
		if !r_R1(env, context) {
			return false
		}
		env.SliceFrom("eer")
	case 2:
		if !r_R1(env, context) {
			return false
		}
		env.SliceDel()
		r_lengthen_V(env, context)
	case 3:
		if !r_R1(env, context) {
			return false
		}
		env.SliceDel()
	case 4:
		env.SliceFrom("r")
	case 5:
	lab0:
		for {
			var v_1 = env.Limit - env.Cursor
		lab1:
			for {
				if !env.EqSB("ild") {
					break lab1
				}
				env.SliceFrom("er")
				break lab0
			}
			env.Cursor = env.Limit - v_1
			if !r_R1(env, context) {
				return false
			}
			env.SliceDel()
			r_lengthen_V(env, context)
			break lab0
		}
	case 6:
		if !r_R1(env, context) {
			return false
		}
		if !r_C(env, context) {
			return false
		}
		env.SliceFrom("aar")
	case 7:
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
		{
			bra, ket := env.Cursor, env.Cursor
			env.Insert(bra, ket, "f")
		}
		r_lengthen_V(env, context)
	case 8:
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
		{
			bra, ket := env.Cursor, env.Cursor
			env.Insert(bra, ket, "g")
		}
		r_lengthen_V(env, context)
	case 9:
		if !r_R1(env, context) {
			return false
		}
		if !r_C(env, context) {
			return false
		}
		env.SliceFrom("t")
	case 10:
		if !r_R1(env, context) {
			return false
		}
		if !r_C(env, context) {
			return false
		}
		env.SliceFrom("d")
	}
	return true
}

func r_Step_4(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			among_var = env.FindAmongB(A_4, context)
			if among_var == 0 {
				break lab1
			}
			env.Bra = env.Cursor
			switch among_var {
			case 1:
				if !r_R1(env, context) {
					break lab1
				}
				env.SliceFrom("ie")
			case 2:
				if !r_R1(env, context) {
					break lab1
				}
				env.SliceFrom("eer")
			case 3:
				if !r_R1(env, context) {
					break lab1
				}
				env.SliceDel()
			case 4:
				if !r_R1(env, context) {
					break lab1
				}
				if !r_V(env, context) {
					break lab1
				}
				env.SliceFrom("n")
			case 5:
				if !r_R1(env, context) {
					break lab1
				}
				if !r_V(env, context) {
					break lab1
				}
				env.SliceFrom("l")
			case 6:
				if !r_R1(env, context) {
					break lab1
				}
				if !r_V(env, context) {
					break lab1
				}
				env.SliceFrom("r")
			case 7:
				if !r_R1(env, context) {
					break lab1
				}
				env.SliceFrom("teer")
			case 8:
				if !r_R1(env, context) {
					break lab1
				}
				env.SliceFrom("lijk")
			case 9:
				if !r_R1(env, context) {
					break lab1
				}
				if !r_C(env, context) {
					break lab1
				}
				env.SliceDel()
				r_lengthen_V(env, context)
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
		if env.FindAmongB(A_5, context) == 0 {
			return false
		}
		env.Bra = env.Cursor
		if !r_R1(env, context) {
			return false
		}
		var v_2 = env.Limit - env.Cursor
	lab2:
		for {
			if !env.EqSB("inn") {
				break lab2
			}
			if env.Cursor > env.LimitBackward {
				break lab2
			}
			return false
		}
		env.Cursor = env.Limit - v_2
		if !r_C(env, context) {
			return false
		}
		env.SliceDel()
		r_lengthen_V(env, context)
		break lab0
	}
	return true
}

func r_Step_7(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_6, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		env.SliceFrom("k")
	case 2:
		env.SliceFrom("f")
	case 3:
		env.SliceFrom("p")
	}
	return true
}

func r_Step_6(env *snowballRuntime.Env, ctx interface{}) bool {
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
		env.SliceFrom("b")
	case 2:
		env.SliceFrom("c")
	case 3:
		env.SliceFrom("d")
	case 4:
		env.SliceFrom("f")
	case 5:
		env.SliceFrom("g")
	case 6:
		env.SliceFrom("h")
	case 7:
		env.SliceFrom("j")
	case 8:
		env.SliceFrom("k")
	case 9:
		env.SliceFrom("l")
	case 10:
		env.SliceFrom("m")
	case 11:
		var v_1 = env.Limit - env.Cursor
	lab0:
		for {
			if !env.EqSB("i") {
				break lab0
			}
			if env.Cursor > env.LimitBackward {
				break lab0
			}
			return false
		}
		env.Cursor = env.Limit - v_1
		env.SliceFrom("n")
	case 12:
		env.SliceFrom("p")
	case 13:
		env.SliceFrom("q")
	case 14:
		env.SliceFrom("r")
	case 15:
		env.SliceFrom("s")
	case 16:
		env.SliceFrom("t")
	case 17:
		env.SliceFrom("v")
	case 18:
		env.SliceFrom("w")
	case 19:
		env.SliceFrom("x")
	case 20:
		env.SliceFrom("z")
	}
	return true
}

func r_Step_1c(env *snowballRuntime.Env, ctx interface{}) bool {
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
	if !r_C(env, context) {
		return false
	}
	switch among_var {
	case 1:
		var v_1 = env.Limit - env.Cursor
	lab0:
		for {
			if !env.EqSB("n") {
				break lab0
			}
			if !r_R1(env, context) {
				break lab0
			}
			return false
		}
		env.Cursor = env.Limit - v_1
	lab1:
		for {
			var v_2 = env.Limit - env.Cursor
		lab2:
			for {
				if !env.EqSB("in") {
					break lab2
				}
				if env.Cursor > env.LimitBackward {
					break lab2
				}
				env.SliceFrom("n")
				break lab1
			}
			env.Cursor = env.Limit - v_2
			env.SliceDel()
			break lab1
		}
	case 2:
		var v_3 = env.Limit - env.Cursor
	lab3:
		for {
			if !env.EqSB("h") {
				break lab3
			}
			if !r_R1(env, context) {
				break lab3
			}
			return false
		}
		env.Cursor = env.Limit - v_3
		var v_4 = env.Limit - env.Cursor
	lab4:
		for {
			if !env.EqSB("en") {
				break lab4
			}
			if env.Cursor > env.LimitBackward {
				break lab4
			}
			return false
		}
		env.Cursor = env.Limit - v_4
		env.SliceDel()
	}
	return true
}

func r_Lose_prefix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Bra = env.Cursor
	if !env.EqS("ge") {
		return false
	}
	env.Ket = env.Cursor
	var v_1 = env.Cursor
	if !env.Hop(3) {
		return false
	}
	env.Cursor = v_1
	var v_2 = env.Cursor
golab0:
	for {
		var v_3 = env.Cursor
	lab1:
		for {
		lab2:
			for {
			lab3:
				for {
					if !env.EqS("ij") {
						break lab3
					}
					break lab2
				}
				if !env.InGrouping(G_v, 97, 252) {
					break lab1
				}
				break lab2
			}
			break golab0
		}
		env.Cursor = v_3
		if env.Cursor >= env.Limit {
			return false
		}
		env.NextChar()
	}
replab4:
	for {
		var v_4 = env.Cursor
	lab5:
		for range [2]struct{}{} {
		lab6:
			for {
			lab7:
				for {
					if !env.EqS("ij") {
						break lab7
					}
					break lab6
				}
				if !env.InGrouping(G_v, 97, 252) {
					break lab5
				}
				break lab6
			}
			continue replab4
		}
		env.Cursor = v_4
		break replab4
	}
	if env.Cursor >= env.Limit {
		return false
	}
	env.Cursor = v_2
	among_var = env.FindAmong(A_9, context)
	switch among_var {
	case 1:
		return false
	}
	context.b_GE_removed = true
	env.SliceDel()
	var v_5 = env.Cursor
lab8:
	for {
		env.Bra = env.Cursor
		among_var = env.FindAmong(A_10, context)
		if among_var == 0 {
			break lab8
		}
		env.Ket = env.Cursor
		switch among_var {
		case 1:
			env.SliceFrom("e")
		case 2:
			env.SliceFrom("i")
		}
		break lab8
	}
	env.Cursor = v_5
	return true
}

func r_Lose_infix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if env.Cursor >= env.Limit {
		return false
	}
	env.NextChar()
golab0:
	for {
	lab1:
		for {
			env.Bra = env.Cursor
			if !env.EqS("ge") {
				break lab1
			}
			env.Ket = env.Cursor
			break golab0
		}
		if env.Cursor >= env.Limit {
			return false
		}
		env.NextChar()
	}
	var v_1 = env.Cursor
	if !env.Hop(3) {
		return false
	}
	env.Cursor = v_1
	var v_2 = env.Cursor
golab2:
	for {
		var v_3 = env.Cursor
	lab3:
		for {
		lab4:
			for {
			lab5:
				for {
					if !env.EqS("ij") {
						break lab5
					}
					break lab4
				}
				if !env.InGrouping(G_v, 97, 252) {
					break lab3
				}
				break lab4
			}
			break golab2
		}
		env.Cursor = v_3
		if env.Cursor >= env.Limit {
			return false
		}
		env.NextChar()
	}
replab6:
	for {
		var v_4 = env.Cursor
	lab7:
		for range [2]struct{}{} {
		lab8:
			for {
			lab9:
				for {
					if !env.EqS("ij") {
						break lab9
					}
					break lab8
				}
				if !env.InGrouping(G_v, 97, 252) {
					break lab7
				}
				break lab8
			}
			continue replab6
		}
		env.Cursor = v_4
		break replab6
	}
	if env.Cursor >= env.Limit {
		return false
	}
	env.Cursor = v_2
	context.b_GE_removed = true
	env.SliceDel()
	var v_5 = env.Cursor
lab10:
	for {
		env.Bra = env.Cursor
		among_var = env.FindAmong(A_11, context)
		if among_var == 0 {
			break lab10
		}
		env.Ket = env.Cursor
		switch among_var {
		case 1:
			env.SliceFrom("e")
		case 2:
			env.SliceFrom("i")
		}
		break lab10
	}
	env.Cursor = v_5
	return true
}

func r_measure(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	context.i_p1 = env.Limit
	context.i_p2 = env.Limit
	var v_1 = env.Cursor
lab0:
	for {
	replab1:
		for {
		lab2:
			for range [2]struct{}{} {
				if !env.OutGrouping(G_v, 97, 252) {
					break lab2
				}
				continue replab1
			}
			break replab1
		}
		var v_2 = 1
	replab3:
		for {
			var v_3 = env.Cursor
		lab4:
			for range [2]struct{}{} {
			lab5:
				for {
				lab6:
					for {
						if !env.EqS("ij") {
							break lab6
						}
						break lab5
					}
					if !env.InGrouping(G_v, 97, 252) {
						break lab4
					}
					break lab5
				}
				v_2--
				continue replab3
			}
			env.Cursor = v_3
			break replab3
		}
		if v_2 > 0 {
			break lab0
		}
		if !env.OutGrouping(G_v, 97, 252) {
			break lab0
		}
		context.i_p1 = env.Cursor
	replab7:
		for {
		lab8:
			for range [2]struct{}{} {
				if !env.OutGrouping(G_v, 97, 252) {
					break lab8
				}
				continue replab7
			}
			break replab7
		}
		var v_4 = 1
	replab9:
		for {
			var v_5 = env.Cursor
		lab10:
			for range [2]struct{}{} {
			lab11:
				for {
				lab12:
					for {
						if !env.EqS("ij") {
							break lab12
						}
						break lab11
					}
					if !env.InGrouping(G_v, 97, 252) {
						break lab10
					}
					break lab11
				}
				v_4--
				continue replab9
			}
			env.Cursor = v_5
			break replab9
		}
		if v_4 > 0 {
			break lab0
		}
		if !env.OutGrouping(G_v, 97, 252) {
			break lab0
		}
		context.i_p2 = env.Cursor
		break lab0
	}
	env.Cursor = v_1
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		b_GE_removed: false,
		i_p2:         0,
		i_p1:         0,
	}
	_ = context
	var b_stemmed bool
	b_stemmed = false
	r_measure(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		if !r_Step_1(env, context) {
			break lab0
		}
		b_stemmed = true
		break lab0
	}
	env.Cursor = env.Limit - v_1
	var v_2 = env.Limit - env.Cursor
lab1:
	for {
		if !r_Step_2(env, context) {
			break lab1
		}
		b_stemmed = true
		break lab1
	}
	env.Cursor = env.Limit - v_2
	var v_3 = env.Limit - env.Cursor
lab2:
	for {
		if !r_Step_3(env, context) {
			break lab2
		}
		b_stemmed = true
		break lab2
	}
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
lab3:
	for {
		if !r_Step_4(env, context) {
			break lab3
		}
		b_stemmed = true
		break lab3
	}
	env.Cursor = env.Limit - v_4
	env.Cursor = env.LimitBackward
	context.b_GE_removed = false
	var v_5 = env.Cursor
lab4:
	for {
		var v_6 = env.Cursor
		if !r_Lose_prefix(env, context) {
			break lab4
		}
		env.Cursor = v_6
		r_measure(env, context)
		break lab4
	}
	env.Cursor = v_5
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_7 = env.Limit - env.Cursor
lab5:
	for {
		if !context.b_GE_removed {
			break lab5
		}
		b_stemmed = true
		if !r_Step_1c(env, context) {
			break lab5
		}
		break lab5
	}
	env.Cursor = env.Limit - v_7
	env.Cursor = env.LimitBackward
	context.b_GE_removed = false
	var v_8 = env.Cursor
lab6:
	for {
		var v_9 = env.Cursor
		if !r_Lose_infix(env, context) {
			break lab6
		}
		env.Cursor = v_9
		r_measure(env, context)
		break lab6
	}
	env.Cursor = v_8
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_10 = env.Limit - env.Cursor
lab7:
	for {
		if !context.b_GE_removed {
			break lab7
		}
		b_stemmed = true
		if !r_Step_1c(env, context) {
			break lab7
		}
		break lab7
	}
	env.Cursor = env.Limit - v_10
	env.Cursor = env.LimitBackward
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_11 = env.Limit - env.Cursor
lab8:
	for {
		if !r_Step_7(env, context) {
			break lab8
		}
		b_stemmed = true
		break lab8
	}
	env.Cursor = env.Limit - v_11
	var v_12 = env.Limit - env.Cursor
lab9:
	for {
		if !b_stemmed {
			break lab9
		}
		if !r_Step_6(env, context) {
			break lab9
		}
		break lab9
	}
	env.Cursor = env.Limit - v_12
	env.Cursor = env.LimitBackward
	return true
}
