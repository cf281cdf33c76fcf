//! Generated from persian.sbl by Snowball 3.1.1 - https://snowballstem.org/

package persian

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: " ", A: 0, B: 6, F: nil},
	&snowballRuntime.Among{Str: "\u0623", A: 0, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0624", A: 0, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0625", A: 0, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0626", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0629", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0643", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u064A", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u06C1", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u200D", A: 0, B: 6, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0645\u06CC\u200C", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0646\u0645\u06CC\u200C", A: -1, B: 1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0648\u0627\u0646", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0633\u062A\u0627\u0646", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0631\u0627\u0646", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0633\u0627\u0646", A: -1, B: -1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u06AF\u06CC\u0644\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0622\u0644\u0645\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0645\u0633\u0644\u0645\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0633\u0644\u06CC\u0645\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u06CC\u0645\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u067E\u06CC\u0645\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0633\u0627\u062E\u062A\u0645\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0631\u0645\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0642\u0647\u0631\u0645\u0627\u0646", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06A9\u0631\u0645\u0627\u0646", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u062F\u0631\u0645\u0627\u0646", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0645\u0632\u0645\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0633\u0627\u0632\u0645\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0622\u0633\u0645\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06CC\u0648\u0646\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0644\u0628\u0646\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0635\u0641\u0647\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u067E\u0627\u06CC\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0628\u06CC\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u062C\u0631\u06CC\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0645\u06A9\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0622\u0630\u0631\u0628\u0627\u06CC\u062C\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0645\u062F\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u062E\u0627\u0646\u062F\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0632\u0646\u062F\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0645\u06CC\u0632\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0622\u062A\u0634\u0641\u0634\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0646\u0634\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u06CC\u0634\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u067E\u0631\u06CC\u0634\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06A9\u0647\u06A9\u0634\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u062F\u0631\u062E\u0634\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0633\u0644\u0637\u0627\u0646", A: -1, B: 1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0627\u0633\u0627\u062A\u06CC\u062F", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u062E\u0628\u0627\u0631", A: -1, B: 1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0627\u0645", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06CC\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u062A\u0631\u06CC\u0646", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0646", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06CC\u0627\u0646", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0628\u0627\u0646", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06AF\u0627\u0646", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0646\u0647", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06AF\u0627\u0647", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0646\u06CC", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06CC\u06CC", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0627\u06CC", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06AF\u06CC", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0647\u0627", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0646\u0627\u06A9", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06CC\u062A", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u062A", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0645\u0646\u062F", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0648\u0627\u0631", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06AF\u0627\u0631", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u062A\u0631", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0634", A: -1, B: 1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u06CC\u0645", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u06CC\u0645", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u06CC", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0633\u062A", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0646\u062F", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06CC\u062F", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u06CC\u062F", A: 5, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0633", A: -1, B: 1, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0645", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u06CC\u0645", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0631\u0641\u062A\u06CC\u0645", A: 1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0645", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0631\u0641\u062A\u0645", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0646", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u062A\u0647", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u062F\u0647", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0646\u062F\u0647", A: 7, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0631\u0641\u062A\u06CC", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u062F", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0627\u0646\u062F", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0631\u0641\u062A\u0627\u0646\u062F", A: 11, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u06CC\u062F", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0631\u0641\u062A\u06CC\u062F", A: 13, B: 2, F: nil},
}

type Context struct {
	i_p1                         int
	b_remove_verb_person_endings bool
	b_saw_present_prefix         bool
}

func r_Normalize_Characters(env *snowballRuntime.Env, ctx interface{}) bool {
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
				env.SliceFrom("\u06A9")
			case 2:
				env.SliceFrom("\u06CC")
			case 3:
				env.SliceFrom("\u0647")
			case 4:
				env.SliceFrom("\u0627")
			case 5:
				env.SliceFrom("\u0648")
			case 6:
				env.SliceDel()
			case 7:
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

func r_Prefixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Bra = env.Cursor
	among_var = env.FindAmong(A_1, context)
	if among_var == 0 {
		return false
	}
	env.Ket = env.Cursor
	switch among_var {
	case 1:
		if !env.Hop(2) {
			return false
		}
		context.b_saw_present_prefix = true
	case 2:
		if !env.Hop(2) {
			return false
		}
		env.SliceDel()
		context.b_saw_present_prefix = true
	}
	return true
}

func r_Delete_ZWNJ(env *snowballRuntime.Env, ctx interface{}) bool {
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
					env.Bra = env.Cursor
					if !env.EqS("\u200C") {
						break lab3
					}
					env.Ket = env.Cursor
					env.SliceDel()
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

func r_R1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return context.i_p1 <= env.Cursor
}

func r_Protect_Lexical_AN(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		if !r_AN_Exception(env, context) {
			break lab0
		}
		return false
	}
	env.Cursor = env.Limit - v_1
	var v_2 = env.Limit - env.Cursor
lab1:
	for {
		if env.FindAmongB(A_2, context) == 0 {
			break lab1
		}
		return false
	}
	env.Cursor = env.Limit - v_2
	return true
}

func r_AN_Exception(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if env.FindAmongB(A_3, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	return true
}

func r_Irregular_Noun(env *snowballRuntime.Env, ctx interface{}) bool {
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
		env.SliceFrom("\u062E\u0628\u0631")
	case 2:
		env.SliceFrom("\u0627\u0633\u062A\u0627\u062F")
	}
	return true
}

func r_Stem_Noun_or_Adjective(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			if !r_Irregular_Noun(env, context) {
				break lab1
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
		if env.Cursor < context.i_p1 {
			return false
		}
		var v_2 = env.LimitBackward
		env.LimitBackward = context.i_p1
		env.Ket = env.Cursor
		among_var = env.FindAmongB(A_5, context)
		if among_var == 0 {
			env.LimitBackward = v_2
			return false
		}
		env.Bra = env.Cursor
		switch among_var {
		case 1:
			env.SliceDel()
		case 2:
			if env.Cursor <= env.LimitBackward {
				env.LimitBackward = v_2
				return false
			}
			env.SliceDel()
		}
		env.LimitBackward = v_2
		break lab0
	}
	return true
}

func r_Stem_Verb(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			if env.FindAmongB(A_6, context) == 0 {
				break lab1
			}
			env.Bra = env.Cursor
			if !r_R1(env, context) {
				break lab1
			}
			env.SliceDel()
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
		among_var = env.FindAmongB(A_7, context)
		if among_var == 0 {
			return false
		}
		env.Bra = env.Cursor
		switch among_var {
		case 1:
			if !context.b_remove_verb_person_endings {
				return false
			}
			if !r_R1(env, context) {
				return false
			}
			env.SliceDel()
		case 2:
			env.SliceFrom("\u0631\u0641\u062A")
		case 3:
			if !r_R1(env, context) {
				return false
			}
			env.SliceDel()
			context.b_remove_verb_person_endings = true
		case 4:
			if env.Cursor <= env.LimitBackward {
				return false
			}
			env.SliceFrom("\u062F")
			context.b_remove_verb_person_endings = true
		case 5:
			if env.Cursor <= env.LimitBackward {
				return false
			}
			env.SliceFrom("\u062A")
			context.b_remove_verb_person_endings = true
		}
		break lab0
	}
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		i_p1:                         0,
		b_remove_verb_person_endings: false,
		b_saw_present_prefix:         false,
	}
	_ = context
	context.b_saw_present_prefix = false
	var v_1 = env.Cursor
	r_Normalize_Characters(env, context)
	env.Cursor = v_1
	var v_2 = env.Cursor
	r_Prefixes(env, context)
	env.Cursor = v_2
	var v_3 = env.Cursor
	r_Delete_ZWNJ(env, context)
	env.Cursor = v_3
	context.i_p1 = env.Limit
	var v_4 = env.Cursor
lab0:
	for {
		if !env.Hop(3) {
			break lab0
		}
		context.i_p1 = env.Cursor
		break lab0
	}
	env.Cursor = v_4
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
replab1:
	for {
		var v_5 = env.Limit - env.Cursor
	lab2:
		for range [2]struct{}{} {
			var v_6 = env.Limit - env.Cursor
			context.b_remove_verb_person_endings = false
		lab3:
			for {
				if !context.b_saw_present_prefix {
					break lab3
				}
				context.b_remove_verb_person_endings = true
				break lab3
			}
			if !r_Protect_Lexical_AN(env, context) {
				break lab2
			}
		lab4:
			for {
				var v_7 = env.Limit - env.Cursor
			lab5:
				for {
					if !r_Stem_Noun_or_Adjective(env, context) {
						break lab5
					}
					break lab4
				}
				env.Cursor = env.Limit - v_7
				if !r_Stem_Verb(env, context) {
					break lab2
				}
				break lab4
			}
			env.Cursor = env.Limit - v_6
			continue replab1
		}
		env.Cursor = env.Limit - v_5
		break replab1
	}
	env.Cursor = env.LimitBackward
	return true
}
