package values

import "testing"

func TestLookups(t *testing.T) {
	keys, missing := Keys(10)
	chain, agg := Chain(keys), Aggregated(keys)
	for i, k := range keys {
		if chain.Value(k) != i || LookupAggregated(agg, k) != i {
			t.Fatalf("key %v: chain %v, aggregated %v, want %d", k, chain.Value(k), LookupAggregated(agg, k), i)
		}
	}
	if chain.Value(missing) != nil || LookupAggregated(agg, missing) != nil {
		t.Fatal("missing key found")
	}
}
