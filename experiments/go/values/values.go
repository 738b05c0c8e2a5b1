// Package values mirrors the Java suite values: context.Value lookup along a chain of WithValue
// nodes (valueCtx.Value walks parent by parent, O(depth)) against one WithValue node holding an
// immutable map of all the entries (the aggregation that seeds/001, seeds/004 and grpc metadata
// use), and seeds/004's pair: n WithValue calls vs one aggregated value. Benchmarks are in
// values_test.go.
package values

import "context"

// Key is the key type of the chain; keys are pre-boxed (see Keys) so a lookup does not box.
type Key int

type aggKey struct{}

// AggKey is the single key of the aggregated node.
var AggKey any = aggKey{}

// Keys returns n pre-boxed keys 0..n-1 and a key that none of the contexts holds.
func Keys(n int) (keys []any, missing any) {
	keys = make([]any, n)
	for i := range keys {
		keys[i] = Key(i)
	}
	return keys, Key(-1)
}

// Chain returns Background with one WithValue node per key, keys[0] first, so keys[0] sits at
// the root end: the deepest lookup.
func Chain(keys []any) context.Context {
	ctx := context.Background()
	for i, k := range keys {
		ctx = context.WithValue(ctx, k, i)
	}
	return ctx
}

// Aggregated returns Background with one WithValue node whose value is a map of all the keys.
// The map is never written after it is built: an update would copy it (copy-on-write).
func Aggregated(keys []any) context.Context {
	m := make(map[any]any, len(keys))
	for i, k := range keys {
		m[k] = i
	}
	return context.WithValue(context.Background(), AggKey, m)
}

// LookupAggregated is ctx.Value(k) for an aggregated context.
func LookupAggregated(ctx context.Context, k any) any {
	m, _ := ctx.Value(AggKey).(map[any]any)
	return m[k]
}
