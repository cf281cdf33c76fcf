//! Generated from tamil.sbl by Snowball 3.1.1 - https://snowballstem.org/

package tamil

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BB5\u0BC1", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BC2", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BCA", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BCB", A: -1, B: 1, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B95", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B99", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9A", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9E", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAE", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAF", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5", A: -1, B: -1, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BC0", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF", A: -1, B: -1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BC0", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC2", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC7", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF", A: -1, B: -1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BC8", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BCD", A: 0, B: 1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BA9\u0BC1", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1\u0B95\u0BCD", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1\u0B95\u0BCD\u0B95\u0BCD", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "\u0B9F\u0BCD\u0B95\u0BCD", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BB1\u0BCD\u0B95\u0BCD", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0B99\u0BCD", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "\u0B9F\u0BCD\u0B9F\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4\u0BCD\u0BA4\u0BCD", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "\u0BA8\u0BCD\u0BA4\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA8\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9F\u0BCD\u0BAA\u0BCD", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BAF\u0BCD", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BCD\u0BB1\u0BCD", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA8\u0BCD\u0BA4", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAF", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5", A: -1, B: 1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B95", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9A", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9F", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB1", A: -1, B: -1, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B95", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9A", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9F", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB1", A: -1, B: -1, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B9E", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA3", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAE", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAF", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB0", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB2", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB3", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB4", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5", A: -1, B: -1, F: nil},
}

var A_9 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BC0", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC2", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC7", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BCD", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF", A: -1, B: -1, F: nil},
}

var A_10 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B85", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B87", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B89", A: -1, B: -1, F: nil},
}

var A_11 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B95", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B99", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9A", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9E", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAE", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAF", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5", A: -1, B: -1, F: nil},
}

var A_12 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B95", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9A", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9F", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB1", A: -1, B: -1, F: nil},
}

var A_13 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B95\u0BB3\u0BCD", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1\u0B99\u0BCD\u0B95\u0BB3\u0BCD", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9F\u0BCD\u0B95\u0BB3\u0BCD", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BB1\u0BCD\u0B95\u0BB3\u0BCD", A: 0, B: 2, F: nil},
}

var A_14 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BC7", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BCB", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE", A: -1, B: -1, F: nil},
}

var A_15 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BAA\u0BBF", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BBF", A: -1, B: -1, F: nil},
}

var A_16 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BC0", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC2", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC7", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF", A: -1, B: -1, F: nil},
}

var A_17 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BAA\u0B9F\u0BCD\u0B9F\u0BC1", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BBF\u0B9F\u0BCD\u0B9F\u0BC1", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0B9F\u0BC1", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BBF\u0B9F\u0BC1", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6\u0BA9\u0BCD\u0BB1\u0BC1", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1\u0B9F\u0BC8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF\u0BB2\u0BCD\u0BB2\u0BC8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1\u0B9F\u0BA9\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6\u0BA9\u0BC1\u0BAE\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF\u0B9F\u0BAE\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6\u0BB2\u0BCD\u0BB2\u0BBE\u0BAE\u0BCD", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0B9F\u0BCD\u0B9F", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0B9F\u0BCD\u0B9F\u0BA3", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6\u0BA9", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4\u0BBE\u0BA9", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0B9F\u0BBF\u0BA4\u0BBE\u0BA9", A: 15, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1\u0B9F\u0BC8\u0BAF", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0B95\u0BBF\u0BAF", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0B95\u0BC1\u0BB0\u0BBF\u0BAF", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BB2\u0BCD\u0BB2", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1\u0BB3\u0BCD\u0BB3", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0B95\u0BBF", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0B9F\u0BBF", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF\u0BA9\u0BCD\u0BB1\u0BBF", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0BB1\u0BCD\u0BB1\u0BBF", A: -1, B: 3, F: nil},
}

var A_18 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BC0", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC2", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC7", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF", A: -1, B: -1, F: nil},
}

var A_19 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BC0", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC2", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC7", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF", A: -1, B: -1, F: nil},
}

var A_20 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BC0", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "\u0BCA\u0B9F\u0BC1", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BCB\u0B9F\u0BC1", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4\u0BC1", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF\u0BB0\u0BC1\u0BA8\u0BCD\u0BA4\u0BC1", A: 3, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF\u0BA9\u0BCD\u0BB1\u0BC1", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1\u0B9F\u0BC8", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BC8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0B95\u0BA3\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAE\u0BC1\u0BA9\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF\u0BA9\u0BCD", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF\u0B9F\u0BAE\u0BCD", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0BAE\u0BC7\u0BB1\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF\u0BB1\u0BCD", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BB2\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BAE\u0BC7\u0BB2\u0BCD", A: 14, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0BAE\u0BB2\u0BCD", A: 14, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0BB2\u0BCD", A: 14, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF\u0BB2\u0BCD", A: 14, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1\u0BB3\u0BCD", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0B95\u0BC0\u0BB4\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BBF\u0B9F", A: -1, B: 2, F: nil},
}

var A_21 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B95", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9A", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9F", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB1", A: -1, B: -1, F: nil},
}

var A_22 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B95", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9A", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9F", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB1", A: -1, B: -1, F: nil},
}

var A_23 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B85", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B86", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B87", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B88", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B89", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B8A", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B8E", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B8F", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B90", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B92", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B93", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B94", A: -1, B: -1, F: nil},
}

var A_24 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0BC0", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC1", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC2", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC7", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC8", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF", A: -1, B: -1, F: nil},
}

var A_25 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B95\u0BC1", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0B9F\u0BC1", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4\u0BC1", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "\u0BBF\u0BB1\u0BCD\u0BB1\u0BC1", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BC8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BC8", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BC6\u0BA9\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC7\u0BA9\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BA9\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0BA9\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BA9\u0BCD", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0BA9\u0BCD", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BBE\u0BA9\u0BCD", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAE\u0BBF\u0BA9\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0B95\u0BC1\u0BAE\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0B9F\u0BC1\u0BAE\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4\u0BC1\u0BAE\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB1\u0BC1\u0BAE\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC6\u0BAE\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BC7\u0BAE\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BCB\u0BAE\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BAE\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0BAE\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0BAE\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0BAF\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BC0\u0BB0\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BB0\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0BB0\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BC0\u0BAF\u0BB0\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BB0\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0BB0\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BBE\u0BB0\u0BCD", A: 30, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAE\u0BBE\u0BB0\u0BCD", A: 30, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BBF\u0BB0\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BB3\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA\u0BB3\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BB5\u0BB3\u0BCD", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0BB3\u0BCD", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9\u0BBE\u0BB3\u0BCD", A: 38, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0B95", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA4", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BA9", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAA", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BAF", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE", A: -1, B: 5, F: nil},
}

var A_26 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "\u0B95\u0BBF\u0BA9\u0BCD\u0BB1\u0BCD", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0BA8\u0BBF\u0BA9\u0BCD\u0BB1\u0BCD", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B95\u0BBF\u0BB1\u0BCD", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B95\u0BBF\u0BA9\u0BCD\u0BB1", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0BBE\u0BA8\u0BBF\u0BA9\u0BCD\u0BB1", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "\u0B95\u0BBF\u0BB1", A: -1, B: -1, F: nil},
}

type Context struct {
	b_found_vetrumai_urupu bool
}

func r_has_min_length(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	return snowballRuntime.RuneCountInString(env.Current()) > 4
}

func r_fix_va_start(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Bra = env.Cursor
	among_var = env.FindAmong(A_0, context)
	if among_var == 0 {
		return false
	}
	env.Ket = env.Cursor
	switch among_var {
	case 1:
		env.SliceFrom("\u0B93")
	case 2:
		env.SliceFrom("\u0B92")
	case 3:
		env.SliceFrom("\u0B89")
	case 4:
		env.SliceFrom("\u0B8A")
	}
	return true
}

func r_fix_endings(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Cursor
lab0:
	for {
	replab1:
		for {
			var v_2 = env.Cursor
		lab2:
			for range [2]struct{}{} {
				if !r_fix_ending(env, context) {
					break lab2
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

func r_remove_question_prefixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Bra = env.Cursor
	if !env.EqS("\u0B8E") {
		return false
	}
	if env.FindAmong(A_1, context) == 0 {
		return false
	}
	if !env.EqS("\u0BCD") {
		return false
	}
	env.Ket = env.Cursor
	env.SliceDel()
	var v_1 = env.Cursor
	r_fix_va_start(env, context)
	env.Cursor = v_1
	return true
}

func r_fix_ending(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if snowballRuntime.RuneCountInString(env.Current()) <= 3 {
		return false
	}
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			among_var = env.FindAmongB(A_5, context)
			if among_var == 0 {
				break lab1
			}
			env.Bra = env.Cursor
			switch among_var {
			case 1:
				env.SliceDel()
			case 2:
				var v_2 = env.Limit - env.Cursor
				if env.FindAmongB(A_2, context) == 0 {
					break lab1
				}
				env.Cursor = env.Limit - v_2
				env.SliceDel()
			case 3:
				env.SliceFrom("\u0BB3\u0BCD")
			case 4:
				env.SliceFrom("\u0BB2\u0BCD")
			case 5:
				env.SliceFrom("\u0B9F\u0BC1")
			case 6:
				if !context.b_found_vetrumai_urupu {
					break lab1
				}
			lab2:
				for {
					if !env.EqSB("\u0BC8") {
						break lab2
					}
					break lab1
				}
				env.SliceFrom("\u0BAE\u0BCD")
			case 7:
				env.SliceFrom("\u0BCD")
			case 8:
				var v_3 = env.Limit - env.Cursor
			lab3:
				for {
					if env.FindAmongB(A_3, context) == 0 {
						break lab3
					}
					break lab1
				}
				env.Cursor = env.Limit - v_3
				env.SliceDel()
			case 9:
				among_var = env.FindAmongB(A_4, context)
				switch among_var {
				case 1:
					env.SliceDel()
				case 2:
					env.SliceFrom("\u0BAE\u0BCD")
				}
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
		if !env.EqSB("\u0BCD") {
			return false
		}
	lab4:
		for {
			var v_4 = env.Limit - env.Cursor
		lab5:
			for {
				if env.FindAmongB(A_6, context) == 0 {
					break lab5
				}
				var v_5 = env.Limit - env.Cursor
			lab6:
				for {
					if !env.EqSB("\u0BCD") {
						env.Cursor = env.Limit - v_5
						break lab6
					}
					if env.FindAmongB(A_7, context) == 0 {
						env.Cursor = env.Limit - v_5
						break lab6
					}
					break lab6
				}
				env.Bra = env.Cursor
				env.SliceDel()
				break lab4
			}
			env.Cursor = env.Limit - v_4
		lab7:
			for {
				if env.FindAmongB(A_8, context) == 0 {
					break lab7
				}
				env.Bra = env.Cursor
				if !env.EqSB("\u0BCD") {
					break lab7
				}
				env.SliceDel()
				break lab4
			}
			env.Cursor = env.Limit - v_4
			var v_6 = env.Limit - env.Cursor
			if env.FindAmongB(A_9, context) == 0 {
				return false
			}
			env.Cursor = env.Limit - v_6
			env.Bra = env.Cursor
			env.SliceDel()
			break lab4
		}
		break lab0
	}
	env.Cursor = env.LimitBackward
	return true
}

func r_remove_pronoun_prefixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Bra = env.Cursor
	if env.FindAmong(A_10, context) == 0 {
		return false
	}
	if env.FindAmong(A_11, context) == 0 {
		return false
	}
	if !env.EqS("\u0BCD") {
		return false
	}
	env.Ket = env.Cursor
	env.SliceDel()
	var v_1 = env.Cursor
	r_fix_va_start(env, context)
	env.Cursor = v_1
	return true
}

func r_remove_plural_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_13, context)
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
				if env.FindAmongB(A_12, context) == 0 {
					break lab1
				}
				env.SliceFrom("\u0BC1\u0B99\u0BCD")
				break lab0
			}
			env.Cursor = env.Limit - v_1
			env.SliceFrom("\u0BCD")
			break lab0
		}
	case 2:
		env.SliceFrom("\u0BB2\u0BCD")
	case 3:
		env.SliceFrom("\u0BB3\u0BCD")
	case 4:
		env.SliceDel()
	}
	env.Cursor = env.LimitBackward
	return true
}

func r_remove_question_suffixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_has_min_length(env, context) {
		return false
	}
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		env.Ket = env.Cursor
		if env.FindAmongB(A_14, context) == 0 {
			break lab0
		}
		env.Bra = env.Cursor
		env.SliceFrom("\u0BCD")
		break lab0
	}
	env.Cursor = env.Limit - v_1
	env.Cursor = env.LimitBackward
	r_fix_endings(env, context)
	return true
}

func r_remove_command_suffixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_has_min_length(env, context) {
		return false
	}
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	env.Ket = env.Cursor
	if env.FindAmongB(A_15, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	env.Cursor = env.LimitBackward
	return true
}

func r_remove_um(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	if !r_has_min_length(env, context) {
		return false
	}
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	env.Ket = env.Cursor
	if !env.EqSB("\u0BC1\u0BAE\u0BCD") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceFrom("\u0BCD")
	env.Cursor = env.LimitBackward
	var v_1 = env.Cursor
	r_fix_ending(env, context)
	env.Cursor = v_1
	return true
}

func r_remove_common_word_endings(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	if !r_has_min_length(env, context) {
		return false
	}
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_17, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		env.SliceFrom("\u0BCD")
	case 2:
		var v_1 = env.Limit - env.Cursor
	lab0:
		for {
			if env.FindAmongB(A_16, context) == 0 {
				break lab0
			}
			return false
		}
		env.Cursor = env.Limit - v_1
		env.SliceFrom("\u0BCD")
	case 3:
		env.SliceDel()
	}
	env.Cursor = env.LimitBackward
	r_fix_endings(env, context)
	return true
}

func r_remove_vetrumai_urupukal(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	context.b_found_vetrumai_urupu = false
	if !r_has_min_length(env, context) {
		return false
	}
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			var v_2 = env.Limit - env.Cursor
			env.Ket = env.Cursor
			among_var = env.FindAmongB(A_20, context)
			if among_var == 0 {
				break lab1
			}
			env.Bra = env.Cursor
			switch among_var {
			case 1:
				env.SliceDel()
			case 2:
				env.SliceFrom("\u0BCD")
			case 3:
			lab2:
				for {
					if !env.EqSB("\u0BAE") {
						break lab2
					}
					break lab1
				}
				env.SliceFrom("\u0BCD")
			case 4:
				if snowballRuntime.RuneCountInString(env.Current()) < 7 {
					break lab1
				}
				env.SliceFrom("\u0BCD")
			case 5:
				var v_3 = env.Limit - env.Cursor
			lab3:
				for {
					if env.FindAmongB(A_18, context) == 0 {
						break lab3
					}
					break lab1
				}
				env.Cursor = env.Limit - v_3
				env.SliceFrom("\u0BCD")
			case 6:
				var v_4 = env.Limit - env.Cursor
			lab4:
				for {
					if env.FindAmongB(A_19, context) == 0 {
						break lab4
					}
					break lab1
				}
				env.Cursor = env.Limit - v_4
				env.SliceDel()
			case 7:
				env.SliceFrom("\u0BBF")
			}
			env.Cursor = env.Limit - v_2
			break lab0
		}
		env.Cursor = env.Limit - v_1
		var v_5 = env.Limit - env.Cursor
		env.Ket = env.Cursor
		if !env.EqSB("\u0BC8") {
			return false
		}
	lab5:
		for {
			var v_6 = env.Limit - env.Cursor
		lab6:
			for {
				var v_7 = env.Limit - env.Cursor
			lab7:
				for {
					if env.FindAmongB(A_21, context) == 0 {
						break lab7
					}
					break lab6
				}
				env.Cursor = env.Limit - v_7
				break lab5
			}
			env.Cursor = env.Limit - v_6
			var v_8 = env.Limit - env.Cursor
			if env.FindAmongB(A_22, context) == 0 {
				return false
			}
			if !env.EqSB("\u0BCD") {
				return false
			}
			env.Cursor = env.Limit - v_8
			break lab5
		}
		env.Bra = env.Cursor
		env.SliceFrom("\u0BCD")
		env.Cursor = env.Limit - v_5
		break lab0
	}
	context.b_found_vetrumai_urupu = true
	var v_9 = env.Limit - env.Cursor
lab8:
	for {
		env.Ket = env.Cursor
		if !env.EqSB("\u0BBF\u0BA9\u0BCD") {
			break lab8
		}
		env.Bra = env.Cursor
		env.SliceFrom("\u0BCD")
		break lab8
	}
	env.Cursor = env.Limit - v_9
	env.Cursor = env.LimitBackward
	r_fix_endings(env, context)
	return true
}

func r_remove_tense_suffixes(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
replab0:
	for {
		var v_1 = env.Cursor
	lab1:
		for range [2]struct{}{} {
			if !r_remove_tense_suffix(env, context) {
				break lab1
			}
			continue replab0
		}
		env.Cursor = v_1
		break replab0
	}
	return true
}

func r_remove_tense_suffix(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	var b_found_a_match bool
	b_found_a_match = false
	if !r_has_min_length(env, context) {
		return false
	}
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		var v_2 = env.Limit - env.Cursor
		env.Ket = env.Cursor
		among_var = env.FindAmongB(A_25, context)
		if among_var == 0 {
			break lab0
		}
		env.Bra = env.Cursor
		switch among_var {
		case 1:
			env.SliceDel()
		case 2:
			var v_3 = env.Limit - env.Cursor
		lab1:
			for {
				if env.FindAmongB(A_23, context) == 0 {
					break lab1
				}
				break lab0
			}
			env.Cursor = env.Limit - v_3
			env.SliceDel()
		case 3:
			var v_4 = env.Limit - env.Cursor
		lab2:
			for {
				if env.FindAmongB(A_24, context) == 0 {
					break lab2
				}
				break lab0
			}
			env.Cursor = env.Limit - v_4
			env.SliceDel()
		case 4:
		lab3:
			for {
				if !env.EqSB("\u0B9A") {
					break lab3
				}
				break lab0
			}
			env.SliceFrom("\u0BCD")
		case 5:
			env.SliceFrom("\u0BCD")
		case 6:
			var v_5 = env.Limit - env.Cursor
			if !env.EqSB("\u0BCD") {
				break lab0
			}
			env.Cursor = env.Limit - v_5
			env.SliceDel()
		}
		b_found_a_match = true
		env.Cursor = env.Limit - v_2
		break lab0
	}
	env.Cursor = env.Limit - v_1
	var v_6 = env.Limit - env.Cursor
lab4:
	for {
		env.Ket = env.Cursor
		if env.FindAmongB(A_26, context) == 0 {
			break lab4
		}
		env.Bra = env.Cursor
		env.SliceDel()
		b_found_a_match = true
		break lab4
	}
	env.Cursor = env.Limit - v_6
	env.Cursor = env.LimitBackward
	r_fix_endings(env, context)
	return b_found_a_match
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		b_found_vetrumai_urupu: false,
	}
	_ = context
	context.b_found_vetrumai_urupu = false
	var v_1 = env.Cursor
	r_fix_ending(env, context)
	env.Cursor = v_1
	if !r_has_min_length(env, context) {
		return false
	}
	var v_2 = env.Cursor
	r_remove_question_prefixes(env, context)
	env.Cursor = v_2
	var v_3 = env.Cursor
	r_remove_pronoun_prefixes(env, context)
	env.Cursor = v_3
	r_remove_question_suffixes(env, context)
	var v_4 = env.Cursor
	r_remove_um(env, context)
	env.Cursor = v_4
	var v_5 = env.Cursor
	r_remove_common_word_endings(env, context)
	env.Cursor = v_5
	var v_6 = env.Cursor
	r_remove_vetrumai_urupukal(env, context)
	env.Cursor = v_6
	var v_7 = env.Cursor
	r_remove_plural_suffix(env, context)
	env.Cursor = v_7
	var v_8 = env.Cursor
	r_remove_command_suffixes(env, context)
	env.Cursor = v_8
	var v_9 = env.Cursor
	r_remove_tense_suffixes(env, context)
	env.Cursor = v_9
	return true
}
