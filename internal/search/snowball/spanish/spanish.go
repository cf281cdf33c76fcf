//! Generated from spanish.sbl by Snowball 3.1.1 - https://snowballstem.org/

package spanish

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "á", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "é", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "í", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ó", A: 0, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ú", A: 0, B: 5, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "la", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sela", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "le", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "me", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "se", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "lo", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "selo", A: 5, B: -1, F: nil},
	&snowballRuntime.Among{Str: "las", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "selas", A: 7, B: -1, F: nil},
	&snowballRuntime.Among{Str: "les", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "los", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "selos", A: 10, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nos", A: -1, B: -1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ando", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "iendo", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "yendo", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ándo", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iéndo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ar", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "er", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ir", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ár", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ér", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ír", A: -1, B: 5, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ic", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ad", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "os", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iv", A: -1, B: 1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "able", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ible", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ante", A: -1, B: 1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ic", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abil", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iv", A: -1, B: 1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ica", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ancia", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "encia", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "adora", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "osa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ista", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iva", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "anza", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "logía", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "idad", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "able", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ible", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ante", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "mente", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "amente", A: 13, B: 6, F: nil},
	&snowballRuntime.Among{Str: "acion", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ucion", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ación", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ución", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ico", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ismo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oso", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "amiento", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "imiento", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivo", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "ador", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "icas", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ancias", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "encias", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "adoras", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "osas", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "istas", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivas", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "anzas", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "logías", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "idades", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "ables", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibles", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aciones", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "uciones", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "adores", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "antes", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "icos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ismos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "osos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "amientos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "imientos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivos", A: -1, B: 9, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ya", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ye", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "yan", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "yen", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "yeron", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "yendo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "yo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "yas", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "yes", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "yais", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "yamos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "yó", A: -1, B: 1, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "aba", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ada", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ida", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ara", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iera", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ía", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aría", A: 5, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ería", A: 5, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iría", A: 5, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ad", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ed", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "id", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ase", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iese", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aste", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iste", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "an", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aban", A: 16, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aran", A: 16, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ieran", A: 16, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ían", A: 16, B: 2, F: nil},
	&snowballRuntime.Among{Str: "arían", A: 20, B: 2, F: nil},
	&snowballRuntime.Among{Str: "erían", A: 20, B: 2, F: nil},
	&snowballRuntime.Among{Str: "irían", A: 20, B: 2, F: nil},
	&snowballRuntime.Among{Str: "en", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asen", A: 24, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iesen", A: 24, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aron", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ieron", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "arán", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "erán", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "irán", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ado", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ido", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ando", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iendo", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ar", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "er", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ir", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "as", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "abas", A: 39, B: 2, F: nil},
	&snowballRuntime.Among{Str: "adas", A: 39, B: 2, F: nil},
	&snowballRuntime.Among{Str: "idas", A: 39, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aras", A: 39, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ieras", A: 39, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ías", A: 39, B: 2, F: nil},
	&snowballRuntime.Among{Str: "arías", A: 45, B: 2, F: nil},
	&snowballRuntime.Among{Str: "erías", A: 45, B: 2, F: nil},
	&snowballRuntime.Among{Str: "irías", A: 45, B: 2, F: nil},
	&snowballRuntime.Among{Str: "es", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ases", A: 49, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ieses", A: 49, B: 2, F: nil},
	&snowballRuntime.Among{Str: "abais", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "arais", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ierais", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "íais", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aríais", A: 55, B: 2, F: nil},
	&snowballRuntime.Among{Str: "eríais", A: 55, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iríais", A: 55, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aseis", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ieseis", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "asteis", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "isteis", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "áis", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "éis", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aréis", A: 64, B: 2, F: nil},
	&snowballRuntime.Among{Str: "eréis", A: 64, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iréis", A: 64, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ados", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "idos", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "amos", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ábamos", A: 70, B: 2, F: nil},
	&snowballRuntime.Among{Str: "áramos", A: 70, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iéramos", A: 70, B: 2, F: nil},
	&snowballRuntime.Among{Str: "íamos", A: 70, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aríamos", A: 74, B: 2, F: nil},
	&snowballRuntime.Among{Str: "eríamos", A: 74, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iríamos", A: 74, B: 2, F: nil},
	&snowballRuntime.Among{Str: "emos", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "aremos", A: 78, B: 2, F: nil},
	&snowballRuntime.Among{Str: "eremos", A: 78, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iremos", A: 78, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ásemos", A: 78, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iésemos", A: 78, B: 2, F: nil},
	&snowballRuntime.Among{Str: "imos", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "arás", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "erás", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "irás", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ís", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ará", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "erá", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "irá", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aré", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "eré", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iré", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ió", A: -1, B: 2, F: nil},
}

var A_9 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "e", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "o", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "os", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "á", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "é", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "í", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ó", A: -1, B: 1, F: nil},
}

var G_v = []byte{17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 17, 4, 10}

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
	lab1:
		for {
			var v_2 = env.Cursor
		lab2:
			for {
				if !env.InGrouping(G_v, 97, 252) {
					break lab2
				}
			lab3:
				for {
					var v_3 = env.Cursor
				lab4:
					for {
						if !env.OutGrouping(G_v, 97, 252) {
							break lab4
						}
						if !env.GoOutGrouping(G_v, 97, 252) {
							break lab4
						}
						env.NextChar()
						break lab3
					}
					env.Cursor = v_3
					if !env.InGrouping(G_v, 97, 252) {
						break lab2
					}
					if !env.GoInGrouping(G_v, 97, 252) {
						break lab2
					}
					env.NextChar()
					break lab3
				}
				break lab1
			}
			env.Cursor = v_2
			if !env.OutGrouping(G_v, 97, 252) {
				break lab0
			}
		lab5:
			for {
				var v_4 = env.Cursor
			lab6:
				for {
					if !env.OutGrouping(G_v, 97, 252) {
						break lab6
					}
					if !env.GoOutGrouping(G_v, 97, 252) {
						break lab6
					}
					env.NextChar()
					break lab5
				}
				env.Cursor = v_4
				if !env.InGrouping(G_v, 97, 252) {
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
		if !env.GoOutGrouping(G_v, 97, 252) {
			break lab7
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 252) {
			break lab7
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		if !env.GoOutGrouping(G_v, 97, 252) {
			break lab7
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 252) {
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
			among_var = env.FindAmong(A_0, context)
			env.Ket = env.Cursor
			switch among_var {
			case 1:
				env.SliceFrom("a")
			case 2:
				env.SliceFrom("e")
			case 3:
				env.SliceFrom("i")
			case 4:
				env.SliceFrom("o")
			case 5:
				env.SliceFrom("u")
			case 6:
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

func r_attached_pronoun(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	if env.FindAmongB(A_1, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	among_var = env.FindAmongB(A_2, context)
	if among_var == 0 {
		return false
	}
	if !r_RV(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.Bra = env.Cursor
		env.SliceFrom("iendo")
	case 2:
		env.Bra = env.Cursor
		env.SliceFrom("ando")
	case 3:
		env.Bra = env.Cursor
		env.SliceFrom("ar")
	case 4:
		env.Bra = env.Cursor
		env.SliceFrom("er")
	case 5:
		env.Bra = env.Cursor
		env.SliceFrom("ir")
	case 6:
		env.SliceDel()
	case 7:
		if !env.EqSB("u") {
			return false
		}
		env.SliceDel()
	}
	return true
}

func r_standard_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
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
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
	case 2:
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
		var v_1 = env.Limit - env.Cursor
	lab0:
		for {
			env.Ket = env.Cursor
			if !env.EqSB("ic") {
				env.Cursor = env.Limit - v_1
				break lab0
			}
			env.Bra = env.Cursor
			if !r_R2(env, context) {
				env.Cursor = env.Limit - v_1
				break lab0
			}
			env.SliceDel()
			break lab0
		}
	case 3:
		if !r_R2(env, context) {
			return false
		}
		env.SliceFrom("log")
	case 4:
		if !r_R2(env, context) {
			return false
		}
		env.SliceFrom("u")
	case 5:
		if !r_R2(env, context) {
			return false
		}
		env.SliceFrom("ente")
	case 6:
		if context.i_p1 > env.Cursor {
			return false
		}
		env.SliceDel()
		var v_2 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			among_var = env.FindAmongB(A_3, context)
			if among_var == 0 {
				env.Cursor = env.Limit - v_2
				break lab1
			}
			env.Bra = env.Cursor
			if !r_R2(env, context) {
				env.Cursor = env.Limit - v_2
				break lab1
			}
			env.SliceDel()
			switch among_var {
			case 1:
				env.Ket = env.Cursor
				if !env.EqSB("at") {
					env.Cursor = env.Limit - v_2
					break lab1
				}
				env.Bra = env.Cursor
				if !r_R2(env, context) {
					env.Cursor = env.Limit - v_2
					break lab1
				}
				env.SliceDel()
			}
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
			if env.FindAmongB(A_5, context) == 0 {
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
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
		var v_5 = env.Limit - env.Cursor
	lab4:
		for {
			env.Ket = env.Cursor
			if !env.EqSB("at") {
				env.Cursor = env.Limit - v_5
				break lab4
			}
			env.Bra = env.Cursor
			if !r_R2(env, context) {
				env.Cursor = env.Limit - v_5
				break lab4
			}
			env.SliceDel()
			break lab4
		}
	}
	return true
}

func r_y_verb_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.Cursor < context.i_pV {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_pV
	env.Ket = env.Cursor
	if env.FindAmongB(A_7, context) == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.LimitBackward = v_1
	if !env.EqSB("u") {
		return false
	}
	env.SliceDel()
	return true
}

func r_verb_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if env.Cursor < context.i_pV {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_pV
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
		var v_2 = env.Limit - env.Cursor
	lab0:
		for {
			if !env.EqSB("u") {
				env.Cursor = env.Limit - v_2
				break lab0
			}
			var v_3 = env.Limit - env.Cursor
			if !env.EqSB("g") {
				env.Cursor = env.Limit - v_2
				break lab0
			}
			env.Cursor = env.Limit - v_3
			break lab0
		}
		env.Bra = env.Cursor
		env.SliceDel()
	case 2:
		env.SliceDel()
	}
	return true
}

func r_residual_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_9, context)
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
	case 2:
		if !r_RV(env, context) {
			return false
		}
		env.SliceDel()
		var v_1 = env.Limit - env.Cursor
	lab0:
		for {
			env.Ket = env.Cursor
			if !env.EqSB("u") {
				env.Cursor = env.Limit - v_1
				break lab0
			}
			env.Bra = env.Cursor
			var v_2 = env.Limit - env.Cursor
			if !env.EqSB("g") {
				env.Cursor = env.Limit - v_1
				break lab0
			}
			env.Cursor = env.Limit - v_2
			if !r_RV(env, context) {
				env.Cursor = env.Limit - v_1
				break lab0
			}
			env.SliceDel()
			break lab0
		}
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
	r_mark_regions(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
	r_attached_pronoun(env, context)
	env.Cursor = env.Limit - v_1
	var v_2 = env.Limit - env.Cursor
lab0:
	for {
	lab1:
		for {
			var v_3 = env.Limit - env.Cursor
		lab2:
			for {
				if !r_standard_suffix(env, context) {
					break lab2
				}
				break lab1
			}
			env.Cursor = env.Limit - v_3
		lab3:
			for {
				if !r_y_verb_suffix(env, context) {
					break lab3
				}
				break lab1
			}
			env.Cursor = env.Limit - v_3
			if !r_verb_suffix(env, context) {
				break lab0
			}
			break lab1
		}
		break lab0
	}
	env.Cursor = env.Limit - v_2
	var v_4 = env.Limit - env.Cursor
	r_residual_suffix(env, context)
	env.Cursor = env.Limit - v_4
	env.Cursor = env.LimitBackward
	var v_5 = env.Cursor
	r_postlude(env, context)
	env.Cursor = v_5
	return true
}
