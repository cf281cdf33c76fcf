//! Generated from romanian.sbl by Snowball 3.1.1 - https://snowballstem.org/

package romanian

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ş", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ţ", A: -1, B: 2, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "I", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "U", A: 0, B: 2, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ea", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ația", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "aua", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iua", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ație", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ele", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ile", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "iile", A: 6, B: 4, F: nil},
	&snowballRuntime.Among{Str: "iei", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "atei", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ii", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ului", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ul", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "elor", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ilor", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "iilor", A: 14, B: 4, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "icala", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "iciva", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ativa", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "itiva", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "icale", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ațiune", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ițiune", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "atoare", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "itoare", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ătoare", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "icitate", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "abilitate", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibilitate", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ivitate", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "icive", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ative", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "itive", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "icali", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "atori", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "icatori", A: 18, B: 4, F: nil},
	&snowballRuntime.Among{Str: "itori", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ători", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "icitati", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "abilitati", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivitati", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "icivi", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ativi", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "itivi", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "icităi", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "abilităi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivităi", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "icități", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "abilități", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivități", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ical", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ator", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "icator", A: 35, B: 4, F: nil},
	&snowballRuntime.Among{Str: "itor", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "ător", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "iciv", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ativ", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "itiv", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "icală", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "icivă", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "ativă", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "itivă", A: -1, B: 6, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ica", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abila", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibila", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oasa", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ata", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ita", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "anta", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ista", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "uta", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iva", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ic", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ice", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abile", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibile", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isme", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "iune", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "oase", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ate", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itate", A: 17, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ite", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ante", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iste", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ute", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ive", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ici", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abili", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibili", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iuni", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "atori", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "osi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ati", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "itati", A: 30, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iti", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "anti", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "isti", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "uti", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iști", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ivi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ităi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oși", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ități", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abil", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibil", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ism", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ator", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "os", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "at", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "it", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ant", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ist", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ut", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iv", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ică", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "abilă", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ibilă", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "oasă", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ată", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ită", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "antă", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "istă", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "ută", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ivă", A: -1, B: 1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ea", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ia", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "esc", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ăsc", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ind", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ând", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "are", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ere", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ire", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âre", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "se", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ase", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sese", A: 10, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ise", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "use", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âse", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ește", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ăște", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eze", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ai", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eai", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iai", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sei", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ești", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ăști", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ui", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ezi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ași", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "seși", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aseși", A: 28, B: 1, F: nil},
	&snowballRuntime.Among{Str: "seseși", A: 28, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iseși", A: 28, B: 1, F: nil},
	&snowballRuntime.Among{Str: "useși", A: 28, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âseși", A: 28, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iși", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "uși", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âși", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ați", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "eați", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iați", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eți", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iți", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "arăți", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "serăți", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aserăți", A: 43, B: 1, F: nil},
	&snowballRuntime.Among{Str: "seserăți", A: 43, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iserăți", A: 43, B: 1, F: nil},
	&snowballRuntime.Among{Str: "userăți", A: 43, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âserăți", A: 43, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irăți", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "urăți", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ârăți", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âți", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "âi", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "am", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eam", A: 54, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iam", A: 54, B: 1, F: nil},
	&snowballRuntime.Among{Str: "em", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "asem", A: 57, B: 1, F: nil},
	&snowballRuntime.Among{Str: "sesem", A: 57, B: 2, F: nil},
	&snowballRuntime.Among{Str: "isem", A: 57, B: 1, F: nil},
	&snowballRuntime.Among{Str: "usem", A: 57, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âsem", A: 57, B: 1, F: nil},
	&snowballRuntime.Among{Str: "im", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ăm", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "arăm", A: 64, B: 1, F: nil},
	&snowballRuntime.Among{Str: "serăm", A: 64, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aserăm", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "seserăm", A: 66, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iserăm", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "userăm", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âserăm", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "irăm", A: 64, B: 1, F: nil},
	&snowballRuntime.Among{Str: "urăm", A: 64, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ârăm", A: 64, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âm", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "au", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "eau", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iau", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "indu", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ându", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ez", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ească", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ară", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "seră", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "aseră", A: 84, B: 1, F: nil},
	&snowballRuntime.Among{Str: "seseră", A: 84, B: 2, F: nil},
	&snowballRuntime.Among{Str: "iseră", A: 84, B: 1, F: nil},
	&snowballRuntime.Among{Str: "useră", A: 84, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âseră", A: 84, B: 1, F: nil},
	&snowballRuntime.Among{Str: "iră", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ură", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "âră", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ează", A: -1, B: 1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "a", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "e", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ie", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "i", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ă", A: -1, B: 1, F: nil},
}

var G_v = []byte{17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 32, 0, 0, 4}

type Context struct {
	b_standard_suffix_removed bool
	i_p2                      int
	i_p1                      int
	i_pV                      int
}

func r_norm(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
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
						among_var = env.FindAmong(A_0, context)
						if among_var == 0 {
							break lab4
						}
						env.Ket = env.Cursor
						switch among_var {
						case 1:
							env.SliceFrom("ș")
						case 2:
							env.SliceFrom("ț")
						}
						env.Cursor = v_3
						break golab3
					}
					env.Cursor = v_3
					if env.Cursor >= env.Limit {
						break lab2
					}
					env.NextChar()
				}
				continue replab1
			}
			env.Cursor = v_2
			break replab1
		}
		break lab0
	}
	env.Cursor = v_1
	return true
}

func r_prelude(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
replab0:
	for {
		var v_1 = env.Cursor
	lab1:
		for range [2]struct{}{} {
		golab2:
			for {
				var v_2 = env.Cursor
			lab3:
				for {
					if !env.InGrouping(G_v, 97, 259) {
						break lab3
					}
					env.Bra = env.Cursor
				lab4:
					for {
						var v_3 = env.Cursor
					lab5:
						for {
							if !env.EqS("u") {
								break lab5
							}
							env.Ket = env.Cursor
							if !env.InGrouping(G_v, 97, 259) {
								break lab5
							}
							env.SliceFrom("U")
							break lab4
						}
						env.Cursor = v_3
						if !env.EqS("i") {
							break lab3
						}
						env.Ket = env.Cursor
						if !env.InGrouping(G_v, 97, 259) {
							break lab3
						}
						env.SliceFrom("I")
						break lab4
					}
					env.Cursor = v_2
					break golab2
				}
				env.Cursor = v_2
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
				if !env.InGrouping(G_v, 97, 259) {
					break lab2
				}
			lab3:
				for {
					var v_3 = env.Cursor
				lab4:
					for {
						if !env.OutGrouping(G_v, 97, 259) {
							break lab4
						}
						if !env.GoOutGrouping(G_v, 97, 259) {
							break lab4
						}
						env.NextChar()
						break lab3
					}
					env.Cursor = v_3
					if !env.InGrouping(G_v, 97, 259) {
						break lab2
					}
					if !env.GoInGrouping(G_v, 97, 259) {
						break lab2
					}
					env.NextChar()
					break lab3
				}
				break lab1
			}
			env.Cursor = v_2
			if !env.OutGrouping(G_v, 97, 259) {
				break lab0
			}
		lab5:
			for {
				var v_4 = env.Cursor
			lab6:
				for {
					if !env.OutGrouping(G_v, 97, 259) {
						break lab6
					}
					if !env.GoOutGrouping(G_v, 97, 259) {
						break lab6
					}
					env.NextChar()
					break lab5
				}
				env.Cursor = v_4
				if !env.InGrouping(G_v, 97, 259) {
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
		if !env.GoOutGrouping(G_v, 97, 259) {
			break lab7
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 259) {
			break lab7
		}
		env.NextChar()
		context.i_p1 = env.Cursor
		if !env.GoOutGrouping(G_v, 97, 259) {
			break lab7
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 97, 259) {
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

func r_R1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_p1 <= env.Cursor
}

func r_step_0(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_2, context)
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
	case 4:
		env.SliceFrom("i")
	case 5:
	lab0:
		for {
			if !env.EqSB("ab") {
				break lab0
			}
			return false
		}
		env.SliceFrom("i")
	case 6:
		env.SliceFrom("at")
	case 7:
		env.SliceFrom("ați")
	}
	return true
}

func r_combo_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	var v_1 = env.Limit - env.Cursor
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_3, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if !r_R1(env, context) {
		return false
	}
	switch among_var {
	case 1:
		env.SliceFrom("abil")
	case 2:
		env.SliceFrom("ibil")
	case 3:
		env.SliceFrom("iv")
	case 4:
		env.SliceFrom("ic")
	case 5:
		env.SliceFrom("at")
	case 6:
		env.SliceFrom("it")
	}
	context.b_standard_suffix_removed = true
	env.Cursor = env.Limit - v_1
	return true
}

func r_standard_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	context.b_standard_suffix_removed = false
replab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for range [2]struct{}{} {
			if !r_combo_suffix(env, context) {
				break lab1
			}
			continue replab0
		}
		env.Cursor = env.Limit - v_1
		break replab0
	}
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_4, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	if context.i_p2 > env.Cursor {
		return false
	}
	switch among_var {
	case 1:
		env.SliceDel()
	case 2:
		if !env.EqSB("ț") {
			return false
		}
		env.Bra = env.Cursor
		env.SliceFrom("t")
	case 3:
		env.SliceFrom("ist")
	}
	context.b_standard_suffix_removed = true
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
	among_var = env.FindAmongB(A_5, context)
	if among_var == 0 {
		env.LimitBackward = v_1
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
	lab0:
		for {
		lab1:
			for {
				if !env.OutGroupingB(G_v, 97, 259) {
					break lab1
				}
				break lab0
			}
			if !env.EqSB("u") {
				env.LimitBackward = v_1
				return false
			}
			break lab0
		}
		env.SliceDel()
	case 2:
		env.SliceDel()
	}
	env.LimitBackward = v_1
	return true
}

func r_vowel_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_6, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	if context.i_pV > env.Cursor {
		return false
	}
	env.SliceDel()
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		b_standard_suffix_removed: false,
		i_p2:                      0,
		i_p1:                      0,
		i_pV:                      0,
	}
	_ = context
	r_norm(env, context)
	var v_1 = env.Cursor
	r_prelude(env, context)
	env.Cursor = v_1
	r_mark_regions(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_2 = env.Limit - env.Cursor
	r_step_0(env, context)
	env.Cursor = env.Limit - v_2
	var v_3 = env.Limit - env.Cursor
	r_standard_suffix(env, context)
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
lab0:
	for {
	lab1:
		for {
		lab2:
			for {
				if !context.b_standard_suffix_removed {
					break lab2
				}
				break lab1
			}
			if !r_verb_suffix(env, context) {
				break lab0
			}
			break lab1
		}
		break lab0
	}
	env.Cursor = env.Limit - v_4
	var v_5 = env.Limit - env.Cursor
	r_vowel_suffix(env, context)
	env.Cursor = env.Limit - v_5
	env.Cursor = env.LimitBackward
	var v_6 = env.Cursor
	r_postlude(env, context)
	env.Cursor = v_6
	return true
}
