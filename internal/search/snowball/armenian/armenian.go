//! Generated from armenian.sbl by Snowball 3.1.1 - https://snowballstem.org/

package armenian

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "բար", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "րորդ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "երորդ", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ալի", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ակի", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "որակ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եղ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վուն", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "արան", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ական", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "են", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "երեն", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եկեն", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "որէն", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ին", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "գին", A: 14, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ովին", A: 14, B: 1, F: nil},
	&snowballRuntime.Among{Str: "լայն", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "պես", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "իվ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ատ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ավետ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "կոտ", A: -1, B: 1, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ար", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացար", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եցար", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացրիր", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացիր", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եցիր", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վեցիր", A: 5, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ալուց", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ելուց", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "աց", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եց", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացրեց", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ալու", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ելու", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "աք", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ցաք", A: 14, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացաք", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացրիք", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացիք", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եցիք", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վեցիք", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "անք", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ցանք", A: 21, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացանք", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացրինք", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացինք", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եցինք", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վեցինք", A: 26, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ա", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացա", A: 28, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եցա", A: 28, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վե", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացրի", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացի", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եցի", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վեցի", A: 34, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ալ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ըալ", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացնալ", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "անալ", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ենալ", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ել", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ըել", A: 41, B: 1, F: nil},
	&snowballRuntime.Among{Str: "նել", A: 41, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ցնել", A: 43, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եցնել", A: 44, B: 1, F: nil},
	&snowballRuntime.Among{Str: "չել", A: 41, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վել", A: 41, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացվել", A: 47, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եցվել", A: 47, B: 1, F: nil},
	&snowballRuntime.Among{Str: "տել", A: 41, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ատել", A: 50, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ոտել", A: 50, B: 1, F: nil},
	&snowballRuntime.Among{Str: "կոտել", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ված", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ում", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վում", A: 55, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ան", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ցան", A: 57, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացան", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացրին", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացին", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եցին", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վեցին", A: 62, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ալիս", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ելիս", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ավ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ացավ", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եցավ", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ալով", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ելով", A: -1, B: 1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "գար", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վոր", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ավոր", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "անօց", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ոց", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ու", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ք", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "արք", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "չեք", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "իք", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ալիք", A: 9, B: 1, F: nil},
	&snowballRuntime.Among{Str: "անիք", A: 9, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վածք", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ույք", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ունք", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "մունք", A: 14, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ենք", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ոնք", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "իչք", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "որդ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ույթ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ցի", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ուհի", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "իլ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ուկ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ակ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "յակ", A: 25, B: 1, F: nil},
	&snowballRuntime.Among{Str: "անակ", A: 25, B: 1, F: nil},
	&snowballRuntime.Among{Str: "իկ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "յուն", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ություն", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ան", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "արան", A: 31, B: 1, F: nil},
	&snowballRuntime.Among{Str: "պան", A: 31, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ստան", A: 31, B: 1, F: nil},
	&snowballRuntime.Among{Str: "եղէն", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ածո", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "իչ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ուս", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ուստ", A: -1, B: 1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "եր", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ներ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ց", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ուց", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ից", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "երից", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ներից", A: 5, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ցից", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վանից", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ոջից", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վից", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ոց", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "սա", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վա", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ամբ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "դ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "երդ", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ներդ", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ուդ", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "անդ", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ությանդ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վանդ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ոջդ", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ը", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "երը", A: 23, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ները", A: 24, B: 1, F: nil},
	&snowballRuntime.Among{Str: "անը", A: 23, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ությանը", A: 26, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վանը", A: 26, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ոջը", A: 23, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ի", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "երի", A: 30, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ների", A: 31, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վի", A: 30, B: 1, F: nil},
	&snowballRuntime.Among{Str: "երում", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ներում", A: 34, B: 1, F: nil},
	&snowballRuntime.Among{Str: "անում", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ն", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "երն", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ներն", A: 38, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ուն", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ան", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ության", A: 41, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վան", A: 41, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ին", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "երին", A: 44, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ներին", A: 45, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ությանն", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ոջ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ությանս", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վանս", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ոջս", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ով", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "երով", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ներով", A: 53, B: 1, F: nil},
	&snowballRuntime.Among{Str: "անով", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "վով", A: 52, B: 1, F: nil},
}

var G_v = []byte{209, 4, 128, 0, 18}

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
		if !env.GoOutGrouping(G_v, 1377, 1413) {
			break lab0
		}
		env.NextChar()
		context.i_pV = env.Cursor
		if !env.GoInGrouping(G_v, 1377, 1413) {
			break lab0
		}
		env.NextChar()
		if !env.GoOutGrouping(G_v, 1377, 1413) {
			break lab0
		}
		env.NextChar()
		if !env.GoInGrouping(G_v, 1377, 1413) {
			break lab0
		}
		env.NextChar()
		context.i_p2 = env.Cursor
		break lab0
	}
	env.Cursor = v_1
	return true
}

func r_adjective(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_0, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func r_verb(env *snowballRuntime.Env, ctx interface{}) bool {
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

func r_noun(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_2, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func r_ending(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_3, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	if context.i_p2 > env.Cursor {
		return false
	}
	env.SliceDel()
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p2: 0,
		i_pV: 0,
	}
	_ = context
	r_mark_regions(env, context)
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	if env.Cursor < context.i_pV {
		return false
	}
	var v_1 = env.LimitBackward
	env.LimitBackward = context.i_pV
	var v_2 = env.Limit - env.Cursor
	r_ending(env, context)
	env.Cursor = env.Limit - v_2
	var v_3 = env.Limit - env.Cursor
	r_verb(env, context)
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
	r_adjective(env, context)
	env.Cursor = env.Limit - v_4
	var v_5 = env.Limit - env.Cursor
	r_noun(env, context)
	env.Cursor = env.Limit - v_5
	env.LimitBackward = v_1
	env.Cursor = env.LimitBackward
	return true
}
