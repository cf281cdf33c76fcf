//! Generated from portuguese.sbl by Snowball 3.1.1 - https://snowballstem.org/

package portuguese

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ã", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "õ", A: 0, B: 2, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "a~", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "o~", A: 0, B: 2, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ic", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ad", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "os", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iv", A: -1, B: 1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ante", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "avel", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ível", A: -1, B: 1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ic", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abil", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iv", A: -1, B: 1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ica", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ância", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ência", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "logia", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ira", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "adora", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "osa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ista", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iva", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "eza", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "idade", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ante", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mente", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "amente", A: 12, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ável", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ível", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ico", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ismo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oso", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "amento", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "imento", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivo", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "aça~o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uça~o", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ador", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "icas", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ências", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "logias", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iras", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "adoras", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "osas", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "istas", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivas", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "ezas", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "idades", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "adores", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "antes", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aço~es", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uço~es", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "icos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ismos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "osos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "amentos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "imentos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivos", A: -1, B: 8, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ada", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ida", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aria", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eria", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iria", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ara", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "era", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ira", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ava", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asse", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esse", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isse", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aste", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "este", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iste", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ei", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arei", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erei", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irei", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "am", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iam", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ariam", A: 21, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eriam", A: 21, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iriam", A: 21, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aram", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eram", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iram", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "avam", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "em", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arem", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erem", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irem", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assem", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "essem", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "issem", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ado", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ido", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ando", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "endo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "indo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ara~o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "era~o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ira~o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ar", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "er", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ir", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "as", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "adas", A: 47, B: 1, F: nil},
	&snowballRuntime.Among{Str: "idas", A: 47, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ias", A: 47, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arias", A: 50, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erias", A: 50, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irias", A: 50, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aras", A: 47, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eras", A: 47, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iras", A: 47, B: 1, F: nil},
	&snowballRuntime.Among{Str: "avas", A: 47, B: 1, F: nil},
	&snowballRuntime.Among{Str: "es", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ardes", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erdes", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irdes", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ares", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eres", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ires", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asses", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esses", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isses", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "astes", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "estes", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "istes", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "is", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ais", A: 71, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eis", A: 71, B: 1, F: nil},
	&snowballRuntime.Among{Str: "areis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ereis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ireis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áreis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "éreis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íreis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ásseis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ésseis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ísseis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áveis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íeis", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aríeis", A: 84, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eríeis", A: 84, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iríeis", A: 84, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ados", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "idos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "amos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "áramos", A: 90, B: 1, F: nil},
	&snowballRuntime.Among{Str: "éramos", A: 90, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íramos", A: 90, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ávamos", A: 90, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íamos", A: 90, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aríamos", A: 95, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eríamos", A: 95, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iríamos", A: 95, B: 1, F: nil},
	&snowballRuntime.Among{Str: "emos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aremos", A: 99, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eremos", A: 99, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iremos", A: 99, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ássemos", A: 99, B: 1, F: nil},
	&snowballRuntime.Among{Str: "êssemos", A: 99, B: 1, F: nil},
	&snowballRuntime.Among{Str: "íssemos", A: 99, B: 1, F: nil},
	&snowballRuntime.Among{Str: "imos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "armos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ermos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irmos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ámos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arás", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erás", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irás", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ou", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ará", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erá", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irá", A: -1, B: 1, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "i", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "os", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "á", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "í", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ó", A: -1, B: 1, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "e", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ç", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "é", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ê", A: -1, B: 1, F: nil},
}

var G_v = []byte{17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 19, 12, 2}

type Context struct {
	i_p2 int
	i_p1 int
	i_pV int
}

func r_prelude(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
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
				env.SliceFrom("a~")
			case 2:
				env.SliceFrom("o~")
			case 3:
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
	return true
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
	lab1:
		for {
			var v_2 = env.Cursor
		lab2:
			for {
				if !env.InGrouping(G_v, 97, 250) {
					break lab2
				}
			lab3:
				for {
					var v_3 = env.Cursor
				lab4:
					for {
						if !env.OutGrouping(G_v, 97, 250) {
							break lab4
						}
						if !env.GoOutGrouping(G_v, 97, 250) {
							break lab4
						}
						env.NextChar()
						break lab3
					}
					env.Cursor = v_3
					if !env.InGrouping(G_v, 97, 250) {
						break lab2
					}
					if !env.GoInGrouping(G_v, 97, 250) {
						break lab2
					}
					env.NextChar()
					break lab3
				}
				break lab1
			}
			env.Cursor = v_2
			if !env.OutGrouping(G_v, 97, 250) {
				break lab0
			}
		lab5:
			for {
				var v_4 = env.Cursor
			lab6:
				for {
					if !env.OutGrouping(G_v, 97, 250) {
						break lab6
					}
					if !env.GoOutGrouping(G_v, 97, 250) {
						break lab6
					}
					env.NextChar()
					break lab5
				}
				env.Cursor = v_4
				if !env.InGrouping(G_v, 97, 250) {
					break lab0
				}
				if env.Cursor >= env.Limit {
					break lab0
				}
				env.NextChar()
				break lab5
			}
			break lab1
		}
		context.i_pV = env.Cursor
		break lab0
	}
	env.Cursor = v_1
	var v_5 = env.Cursor
lab7:
	for {
		if !env.GoOutGrouping(G_v, 97, 250) {
			break lab7
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 250) {
			break lab7
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		if !env.GoOutGrouping(G_v, 97, 250) {
			break lab7
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 250) {
			break lab7
		}
		env.NextChar()
		context.i_p2 = env.Cursor
		break lab7
	}
	env.Cursor = v_5
	return true
}

func r_postlude(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
replab0:
	for {
		var v_1 = env.Cursor
	lab1:
		for range [2]struct{}{} {
			env.Bra = env.Cursor
			among_var = env.FindAmong(A_1, context)
			env.Ket = env.Cursor
			switch among_var {
			case 1:
				env.SliceFrom("ã")
			case 2:
				env.SliceFrom("õ")
			case 3:
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
	return true
}

func r_RV(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_pV <= env.Cursor
}

func r_R2(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_p2 <= env.Cursor
}

func r_standard_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_5, context)
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
		if !r_R2(env, context) {
			return false
		}
		env.SliceFrom("log")
	case 3:
		if !r_R2(env, context) {
			return false
		}
		env.SliceFrom("u")
	case 4:
		if !r_R2(env, context) {
			return false
		}
		env.SliceFrom("ente")
	case 5:
		if context.i_p1 > env.Cursor {
			return false
		}
		env.SliceDel()
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
			if !r_R2(env, context) {
				env.Cursor = env.Limit - v_1
				break lab0
			}
			env.SliceDel()
			switch among_var {
			case 1:
				env.Ket = env.Cursor
				if !env.EqSB("at") {
					env.Cursor = env.Limit - v_1
					break lab0
				}
				env.Bra = env.Cursor
				if !r_R2(env, context) {
					env.Cursor = env.Limit - v_1
					break lab0
				}
				env.SliceDel()
			}
			break lab0
		}
	case 6:
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
		var v_2 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			if env.FindAmongB(A_3, context) == 0 {
				env.Cursor = env.Limit - v_2
				break lab1
			}
			env.Bra = env.Cursor
			if !r_R2(env, context) {
				env.Cursor = env.Limit - v_2
				break lab1
			}
			env.SliceDel()
			break lab1
		}
	case 7:
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
		var v_3 = env.Limit - env.Cursor
	lab2:
		for {
			env.Ket = env.Cursor
			if env.FindAmongB(A_4, context) == 0 {
				env.Cursor = env.Limit - v_3
				break lab2
			}
			env.Bra = env.Cursor
			if !r_R2(env, context) {
				env.Cursor = env.Limit - v_3
				break lab2
			}
			env.SliceDel()
			break lab2
		}
	case 8:
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
		var v_4 = env.Limit - env.Cursor
	lab3:
		for {
			env.Ket = env.Cursor
			if !env.EqSB("at") {
				env.Cursor = env.Limit - v_4
				break lab3
			}
			env.Bra = env.Cursor
			if !r_R2(env, context) {
				env.Cursor = env.Limit - v_4
				break lab3
			}
			env.SliceDel()
			break lab3
		}
	case 9:
		if !r_RV(env, context) {
			return false
		}
		if !env.EqSB("e") {
			return false
		}
		env.SliceFrom("ir")
	}
	return true
}

func r_verb_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.Cursor < context.i_pV {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_pV
	env.Ket = env.Cursor
	if env.FindAmongB(A_6, context) == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	env.LimitBackward = v_1
	return true
}

func r_residual_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_7, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_RV(env, context) {
		return false
	}
	env.SliceDel()
	return true
}

func r_residual_form(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_8, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		if !r_RV(env, context) {
			return false
		}
		env.SliceDel()
		env.Ket = env.Cursor
	lab0:
		for {
			var v_1 = env.Limit - env.Cursor
		lab1:
			for {
				if !env.EqSB("u") {
					break lab1
				}
				env.Bra = env.Cursor
				var v_2 = env.Limit - env.Cursor
				if !env.EqSB("g") {
					break lab1
				}
				env.Cursor = env.Limit - v_2
				break lab0
			}
			env.Cursor = env.Limit - v_1
			if !env.EqSB("i") {
				return false
			}
			env.Bra = env.Cursor
			var v_3 = env.Limit - env.Cursor
			if !env.EqSB("c") {
				return false
			}
			env.Cursor = env.Limit - v_3
			break lab0
		}
		if !r_RV(env, context) {
			return false
		}
		env.SliceDel()
	case 2:
		env.SliceFrom("c")
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
	r_prelude(env, context)
	env.Cursor = v_1
	r_mark_regions(env, context)
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
				var v_4 = env.Limit - env.Cursor
			lab3:
				for {
					var v_5 = env.Limit - env.Cursor
				lab4:
					for {
						if !r_standard_suffix(env, context) {
							break lab4
						}
						break lab3
					}
					env.Cursor = env.Limit - v_5
					if !r_verb_suffix(env, context) {
						break lab2
					}
					break lab3
				}
				env.Cursor = env.Limit - v_4
				var v_6 = env.Limit - env.Cursor
			lab5:
				for {
					env.Ket = env.Cursor
					if !env.EqSB("i") {
						break lab5
					}
					env.Bra = env.Cursor
					var v_7 = env.Limit - env.Cursor
					if !env.EqSB("c") {
						break lab5
					}
					env.Cursor = env.Limit - v_7
					if !r_RV(env, context) {
						break lab5
					}
					env.SliceDel()
					break lab5
				}
				env.Cursor = env.Limit - v_6
				break lab1
			}
			env.Cursor = env.Limit - v_3
			if !r_residual_suffix(env, context) {
				break lab0
			}
			break lab1
		}
		break lab0
	}
	env.Cursor = env.Limit - v_2
	var v_8 = env.Limit - env.Cursor
	r_residual_form(env, context)
	env.Cursor = env.Limit - v_8
	env.Cursor = env.LimitBackward
	var v_9 = env.Cursor
	r_postlude(env, context)
	env.Cursor = v_9
	return true
}
