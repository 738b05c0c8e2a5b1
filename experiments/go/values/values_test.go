package values

import (
	"context"
	"fmt"
	"testing"
)

var sink any

// lookupCases runs body as depth=D/key=K sub-benchmarks with the key to look up.
func lookupCases(b *testing.B, build func(keys []any) context.Context, lookup func(ctx context.Context, k any) any) {
	for _, depth := range []int{1, 10, 100, 1000} {
		keys, missing := Keys(depth)
		ctx := build(keys)
		b.Run(fmt.Sprintf("depth=%d", depth), func(b *testing.B) {
			for _, key := range []string{"present", "missing"} {
				k := keys[0]
				if key == "missing" {
					k = missing
				}
				b.Run("key="+key, func(b *testing.B) {
					b.ReportAllocs()
					for i := 0; i < b.N; i++ {
						sink = lookup(ctx, k)
					}
				})
			}
		})
	}
}

// BenchmarkValueLookup_chain mirrors ValueLookup.chain: ctx.Value(k) on a chain of depth WithValue
// nodes; a present key is the first one set (at the root end), a missing key walks the whole chain
// down to Background.
//
// Measures: the walk: since Go 1.19 valueCtx.Value loops in context.value() with a type switch
// over the package's own context types (no interface call per node), one interface comparison
// per node (comparing two interface values holding ints: type word, then value).
//
// What could fool it: the chain is built once and stays in cache; in a real request the nodes are
// fresh and scattered. Keys are pre-boxed so no allocation is expected (0 allocs/op).
func BenchmarkValueLookup_chain(b *testing.B) {
	lookupCases(b, Chain, func(ctx context.Context, k any) any { return ctx.Value(k) })
}

// BenchmarkValueLookup_aggregated mirrors ValueLookup.aggregated: one WithValue node holding an
// immutable map of depth entries; a lookup is one Value call and one map access.
//
// What could fool it: map access cost depends on the key type's hash (interface keys holding an
// int here); the map is built once, outside the measurement.
func BenchmarkValueLookup_aggregated(b *testing.B) {
	lookupCases(b, Aggregated, LookupAggregated)
}

// BenchmarkSeedValues_oneByOne mirrors SeedValues.oneByOne (seeds/004's BenchmarkWithValue): set n
// values with n WithValue calls, then read all of them.
//
// Measures: n valueCtx allocations (48 B each) and n lookups, the i-th walking n-i nodes.
//
// What could fool it: seeds/004 does not show its benchmark's code, only its numbers (420 ns vs
// 86 ns on an i7-1068NG7); this is our reading of "set n values one by one vs one aggregated value".
func BenchmarkSeedValues_oneByOne(b *testing.B) {
	for _, n := range []int{5} {
		keys, _ := Keys(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				ctx := context.Background()
				for j, k := range keys {
					ctx = context.WithValue(ctx, k, j)
				}
				for _, k := range keys {
					sink = ctx.Value(k)
				}
			}
		})
	}
}

// BenchmarkSeedValues_aggregated mirrors SeedValues.aggregated (seeds/004's BenchmarkWithValue_One):
// build one map of n entries, set it with one WithValue call, then read all n values through it.
//
// Measures: the map's allocation and n inserts (the dominant cost at n=5), one valueCtx, n
// lookups of one node plus a map access each.
//
// What could fool it: a struct instead of a map would be cheaper still; the map is what seeds/001
// and grpc metadata use.
func BenchmarkSeedValues_aggregated(b *testing.B) {
	for _, n := range []int{5} {
		keys, _ := Keys(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				m := make(map[any]any, len(keys))
				for j, k := range keys {
					m[k] = j
				}
				ctx := context.WithValue(context.Background(), AggKey, m)
				for _, k := range keys {
					sink = LookupAggregated(ctx, k)
				}
			}
		})
	}
}
