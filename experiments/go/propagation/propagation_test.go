package propagation

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"ctxbench/internal/settle"
)

var sinkCtx context.Context

// BenchmarkPropagateCancel_withCancel mirrors PropagateCancel.withCancel: WithCancel(parent) then
// cancel(), for each parent kind (see NewParent for the propagateCancel path each one takes).
//
// Measures: newCancelCtx (one alloc), propagateCancel's path, the cancel func closure, and cancel
// (which here, with Done() never called on the child, stores the shared closedchan instead of
// making a channel) plus removeChild from the parent's map where the child joined one.
//
// What could fool it: for cancelCtx/timerCtx/valueOverCancel the parent's children map is made
// by the first child and reused after, so the map allocation is amortized away; for
// foreign/afterFuncer each op starts a watcher goroutine that exits after cancel, asynchronously:
// part of its cost (its exit, the scheduler) may land after the loop, and the goroutines are
// awaited outside the timer. On Go 1.19 afterFuncer takes the same path as foreign.
func BenchmarkPropagateCancel_withCancel(b *testing.B) {
	for _, name := range Parents {
		name := name
		b.Run("parent="+name, func(b *testing.B) {
			base := runtime.NumGoroutine()
			parent, release := NewParent(name)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				ctx, cancel := context.WithCancel(parent)
				cancel()
				sinkCtx = ctx
			}
			b.StopTimer()
			release()
			settle.Goroutines(b, base, 10*time.Second)
		})
	}
}

// BenchmarkCancelTree_depth mirrors CancelTree.depth: build a chain of WithCancel contexts of the
// given depth below a WithCancel root, then cancel the root (which cancels the chain depth-first).
//
// Measures: depth × (newCancelCtx + propagateCancel into the parent's children map, making the
// parent's lazy done channel and its first children map) and the recursive cancel.
//
// What could fool it: the children's cancel funcs are kept in a slice reused across ops (no
// allocation, and go vet's lostcancel stays quiet) and never called: the root's cancel cancels
// them all, as in Go's own BenchmarkCancelTree.
func BenchmarkCancelTree_depth(b *testing.B) {
	for _, depth := range []int{1, 10, 100, 1000} {
		depth := depth
		b.Run(fmt.Sprintf("depth=%d", depth), func(b *testing.B) {
			cancels := make([]context.CancelFunc, depth)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				root, cancel := context.WithCancel(context.Background())
				ctx := root
				for d := 0; d < depth; d++ {
					ctx, cancels[d] = context.WithCancel(ctx)
				}
				cancel()
				sinkCtx = ctx
			}
		})
	}
}

// BenchmarkCancelTree_fanout mirrors CancelTree.fanout: build that many WithCancel children of one
// WithCancel root, then cancel the root.
//
// Measures: fanout × (newCancelCtx + insertion into the root's children map, which grows by
// rehashing) and the cancel that iterates the map and cancels every child.
//
// What could fool it: as in depth, children's cancel funcs are kept in a reused slice and never
// called. Map growth dominates at 10000; Go's map iteration order is random, so the cancel order
// differs from run to run (it does not change the work).
func BenchmarkCancelTree_fanout(b *testing.B) {
	for _, fanout := range []int{1, 100, 10000} {
		fanout := fanout
		b.Run(fmt.Sprintf("fanout=%d", fanout), func(b *testing.B) {
			cancels := make([]context.CancelFunc, fanout)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				root, cancel := context.WithCancel(context.Background())
				for c := 0; c < fanout; c++ {
					sinkCtx, cancels[c] = context.WithCancel(root)
				}
				cancel()
			}
		})
	}
}
