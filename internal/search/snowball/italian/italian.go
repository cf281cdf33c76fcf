//! Generated from italian.sbl by Snowball 3.1.1 - https://snowballstem.org/

package italian

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "all'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "d'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dall'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "dell'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "gl'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "l'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "m'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "nell'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "quell'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "quest'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "s'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sull'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "t'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tutt'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "un'", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "v'", A: -1, B: -1, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "qu", A: 0, B: 6, F: nil},
	&snowballRuntime.Among{Str: "á", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "é", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "í", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ó", A: 0, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ú", A: 0, B: 5, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "I", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "U", A: 0, B: 2, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "la", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "cela", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "gliela", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mela", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tela", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "vela", A: 0, B: -1, F: nil},
	&snowballRuntime.Among{Str: "le", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "cele", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "gliele", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mele", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tele", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "vele", A: 6, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ne", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "cene", A: 12, B: -1, F: nil},
	&snowballRuntime.Among{Str: "gliene", A: 12, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mene", A: 12, B: -1, F: nil},
	&snowballRuntime.Among{Str: "sene", A: 12, B: -1, F: nil},
	&snowballRuntime.Among{Str: "tene", A: 12, B: -1, F: nil},
	&snowballRuntime.Among{Str: "vene", A: 12, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ci", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "li", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "celi", A: 20, B: -1, F: nil},
	&snowballRuntime.Among{Str: "glieli", A: 20, B: -1, F: nil},
	&snowballRuntime.Among{Str: "meli", A: 20, B: -1, F: nil},
	&snowballRuntime.Among{Str: "teli", A: 20, B: -1, F: nil},
	&snowballRuntime.Among{Str: "veli", A: 20, B: -1, F: nil},
	&snowballRuntime.Among{Str: "gli", A: 20, B: -1, F: nil},
	&snowballRuntime.Among{Str: "mi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "si", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "ti", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "vi", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "lo", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "celo", A: 31, B: -1, F: nil},
	&snowballRuntime.Among{Str: "glielo", A: 31, B: -1, F: nil},
	&snowballRuntime.Among{Str: "melo", A: 31, B: -1, F: nil},
	&snowballRuntime.Among{Str: "telo", A: 31, B: -1, F: nil},
	&snowballRuntime.Among{Str: "velo", A: 31, B: -1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ando", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "endo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ar", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "er", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ir", A: -1, B: 2, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ic", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "abil", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "os", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "iv", A: -1, B: 1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ic", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abil", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iv", A: -1, B: 1, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ica", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "logia", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "osa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ista", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iva", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "anza", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enza", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ice", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atrice", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iche", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "logie", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "abile", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibile", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "usione", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "azione", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "uzione", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "atore", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ose", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ante", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "mente", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "amente", A: 19, B: 7, F: nil},
	&snowballRuntime.Among{Str: "iste", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ive", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "anze", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enze", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ici", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "atrici", A: 25, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ichi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abili", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibili", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ismi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "usioni", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "azioni", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "uzioni", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "atori", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "osi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "anti", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "amenti", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "imenti", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "isti", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivi", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "ico", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ismo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oso", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "amento", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "imento", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ivo", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "ità", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "istà", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "istè", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "istì", A: -1, B: 1, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "isca", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "enda", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ata", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ita", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uta", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ava", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eva", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iva", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erebbe", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irebbe", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isce", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ende", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "are", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ere", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ire", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "asse", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ate", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "avate", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "evate", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivate", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ete", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erete", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irete", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ite", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ereste", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ireste", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ute", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erai", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irai", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isci", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "endi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erei", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irei", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ati", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iti", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eresti", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iresti", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uti", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "avi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "evi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isco", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ando", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "endo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "Yamo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iamo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "avamo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "evamo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivamo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eremo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iremo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assimo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ammo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "emmo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eremmo", A: 54, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iremmo", A: 54, B: 1, F: nil},
	&snowballRuntime.Among{Str: "immo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ano", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iscano", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "avano", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "evano", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivano", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eranno", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iranno", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ono", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iscono", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "arono", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erono", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irono", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erebbero", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irebbero", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "assero", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "essero", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "issero", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ato", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ito", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uto", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "avo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "evo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivo", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ar", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ir", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erà", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irà", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "erò", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irò", A: -1, B: 1, F: nil},
}

var G_v = []byte{17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 128, 8, 2, 1}

var G_AEIO = []byte{17, 65, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 128, 8, 2}

var G_CG = []byte{17}

type Context struct {
	i_p2 int
	i_p1 int
	i_pV int
}

func r_elisions(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Bra = env.Cursor
	if env.FindAmong(A_0, context) == 0 {
		return false
	}
	env.Ket = env.Cursor
	if env.Cursor >= env.Limit {
		return false
	}
	env.SliceDel()
	return true
}

func r_prelude(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	var v_1 = env.Cursor
replab0:
	for {
		var v_2 = env.Cursor
	lab1:
		for range [2]struct{}{} {
			env.Bra = env.Cursor
			among_var = env.FindAmong(A_1, context)
			env.Ket = env.Cursor
			switch among_var {
			case 1:
				env.SliceFrom("à")
			case 2:
				env.SliceFrom("è")
			case 3:
				env.SliceFrom("ì")
			case 4:
				env.SliceFrom("ò")
			case 5:
				env.SliceFrom("ù")
			case 6:
				env.SliceFrom("qU")
			case 7:
				if env.Cursor >= env.Limit {
					break lab1
				}
				env.NextChar()
			}
			continue replab0
		}
		env.Cursor = v_2
		break replab0
	}
	env.Cursor = v_1
replab2:
	for {
		var v_3 = env.Cursor
	lab3:
		for range [2]struct{}{} {
		golab4:
			for {
				var v_4 = env.Cursor
			lab5:
				for {
					if !env.InGrouping(G_v, 97, 249) {
						break lab5
					}
					env.Bra = env.Cursor
				lab6:
					for {
						var v_5 = env.Cursor
					lab7:
						for {
							if !env.EqS("u") {
								break lab7
							}
							env.Ket = env.Cursor
							if !env.InGrouping(G_v, 97, 249) {
								break lab7
							}
							env.SliceFrom("U")
							break lab6
						}
						env.Cursor = v_5
						if !env.EqS("i") {
							break lab5
						}
						env.Ket = env.Cursor
						if !env.InGrouping(G_v, 97, 249) {
							break lab5
						}
						env.SliceFrom("I")
						break lab6
					}
					env.Cursor = v_4
					break golab4
				}
				env.Cursor = v_4
				if env.Cursor >= env.Limit {
					break lab3
				}
				env.NextChar()
			}
			continue replab2
		}
		env.Cursor = v_3
		break replab2
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
				if !env.InGrouping(G_v, 97, 249) {
					break lab2
				}
			lab3:
				for {
					var v_3 = env.Cursor
				lab4:
					for {
						if !env.OutGrouping(G_v, 97, 249) {
							break lab4
						}
						if !env.GoOutGrouping(G_v, 97, 249) {
							break lab4
						}
						env.NextChar()
						break lab3
					}
					env.Cursor = v_3
					if !env.InGrouping(G_v, 97, 249) {
						break lab2
					}
					if !env.GoInGrouping(G_v, 97, 249) {
						break lab2
					}
					env.NextChar()
					break lab3
				}
				break lab1
			}
			env.Cursor = v_2
		lab5:
			for {
				if !env.EqS("divan") {
					break lab5
				}
				break lab1
			}
			env.Cursor = v_2
			if !env.OutGrouping(G_v, 97, 249) {
				break lab0
			}
		lab6:
			for {
				var v_4 = env.Cursor
			lab7:
				for {
					if !env.OutGrouping(G_v, 97, 249) {
						break lab7
					}
					if !env.GoOutGrouping(G_v, 97, 249) {
						break lab7
					}
					env.NextChar()
					break lab6
				}
				env.Cursor = v_4
				if !env.InGrouping(G_v, 97, 249) {
					break lab0
				}
				if env.Cursor >= env.Limit {
					break lab0
				}
				env.NextChar()
				break lab6
			}
			break lab1
		}
		context.i_pV = env.Cursor
		break lab0
	}
	env.Cursor = v_1
	var v_5 = env.Cursor
lab8:
	for {
		if !env.GoOutGrouping(G_v, 97, 249) {
			break lab8
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 249) {
			break lab8
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		if !env.GoOutGrouping(G_v, 97, 249) {
			break lab8
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 249) {
			break lab8
		}
		env.NextChar()
		context.i_p2 = env.Cursor
		break lab8
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
			among_var = env.FindAmong(A_2, context)
			env.Ket = env.Cursor
			switch among_var {
			case 1:
				env.SliceFrom("i")
			case 2:
				env.SliceFrom("u")
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

func r_attached_pronoun(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	if env.FindAmongB(A_3, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	among_var = env.FindAmongB(A_4, context)
	if among_var == 0 {
		return false
	}
	if !r_RV(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.SliceDel()
	case 2:
		env.SliceFrom("e")
	}
	return true
}

func r_standard_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
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
		if !r_RV(env, context) {
			return false
		}
		env.SliceDel()
	case 7:
		if context.i_p1 > env.Cursor {
			return false
		}
		env.SliceDel()
		var v_2 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			among_var = env.FindAmongB(A_5, context)
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
	case 8:
		if !r_R2(env, context) {
			return false
		}
		env.SliceDel()
		var v_3 = env.Limit - env.Cursor
	lab2:
		for {
			env.Ket = env.Cursor
			if env.FindAmongB(A_6, context) == 0 {
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
	case 9:
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
			env.Ket = env.Cursor
			if !env.EqSB("ic") {
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
	if env.FindAmongB(A_8, context) == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	env.LimitBackward = v_1
	return true
}

func r_vowel_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		env.Ket = env.Cursor
		if !env.InGroupingB(G_AEIO, 97, 242) {
			env.Cursor = env.Limit - v_1
			break lab0
		}
		env.Bra = env.Cursor
		if !r_RV(env, context) {
			env.Cursor = env.Limit - v_1
			break lab0
		}
		env.SliceDel()
		env.Ket = env.Cursor
		if !env.EqSB("i") {
			env.Cursor = env.Limit - v_1
			break lab0
		}
		env.Bra = env.Cursor
		if !r_RV(env, context) {
			env.Cursor = env.Limit - v_1
			break lab0
		}
		env.SliceDel()
		break lab0
	}
	var v_2 = env.Limit - env.Cursor
lab1:
	for {
		env.Ket = env.Cursor
		if !env.EqSB("h") {
			env.Cursor = env.Limit - v_2
			break lab1
		}
		env.Bra = env.Cursor
		if !env.InGroupingB(G_CG, 99, 103) {
			env.Cursor = env.Limit - v_2
			break lab1
		}
		if !r_RV(env, context) {
			env.Cursor = env.Limit - v_2
			break lab1
		}
		env.SliceDel()
		break lab1
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
	r_elisions(env, context)
	env.Cursor = v_1
	var v_2 = env.Cursor
	r_prelude(env, context)
	env.Cursor = v_2
	r_mark_regions(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_3 = env.Limit - env.Cursor
	r_attached_pronoun(env, context)
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
lab0:
	for {
	lab1:
		for {
			var v_5 = env.Limit - env.Cursor
		lab2:
			for {
				if !r_standard_suffix(env, context) {
					break lab2
				}
				break lab1
			}
			env.Cursor = env.Limit - v_5
			if !r_verb_suffix(env, context) {
				break lab0
			}
			break lab1
		}
		break lab0
	}
	env.Cursor = env.Limit - v_4
	var v_6 = env.Limit - env.Cursor
	r_vowel_suffix(env, context)
	env.Cursor = env.Limit - v_6
	env.Cursor = env.LimitBackward
	var v_7 = env.Cursor
	r_postlude(env, context)
	env.Cursor = v_7
	return true
}
