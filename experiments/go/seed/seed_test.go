package seed

import (
	"context"
	"runtime"
	"testing"
	"time"

	"ctxbench/internal/settle"
)

// Sinks: results stored here cannot be removed as dead code.
var (
	sinkCtx      *context.Context
	sinkTimedOut bool
)

const (
	fastTimeout    = 200 * time.Millisecond // the seed's timeout
	timeoutTimeout = 100 * time.Microsecond // docs/benchmarks.md: timeoutPath
)

// BenchmarkSeedRequest_fastPath mirrors SeedRequest.fastPath: one op = one request of the seed
// (make the buffered result channel, start the worker goroutine, select on the result or the
// 200 ms timeout) where the worker answers at once, so the result case wins.
//
// Measures: per-request cost of each variant on the path production takes almost always,
// including what the variant leaves behind: before-leaky and after leave a live timer for 200 ms
// (the timer heap grows to 0.2 s worth of requests, and GC scans what those timers reference),
// and those timers fire during the loop: a leaky timerCtx firing starts a goroutine that runs a
// full cancel; a time.After timer does one non-blocking send.
//
// What could fool it: timers created in the last 200 ms of the loop fire after b.StopTimer,
// so up to 0.2 s / benchtime of the firing work is not charged (with -benchtime 1s, about a fifth);
// with a very short -benchtime (smoke) almost none of it is. The leftovers are drained outside the
// timer (sleep 200 ms, wait for goroutines) so they do not leak into the next variant.
// B/op counts the worker goroutine's stack only when a new one must be allocated (Go reuses
// dead goroutines), and the 16 B of &engineCtx escaping (same for all variants).
func BenchmarkSeedRequest_fastPath(b *testing.B) {
	for _, v := range Variants {
		v := v
		b.Run("variant="+v.Name, func(b *testing.B) {
			base := runtime.NumGoroutine()
			ctx := context.TODO()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				sinkCtx, sinkTimedOut = v.Run(ctx, fastTimeout, NewEngineCtx)
			}
			b.StopTimer()
			if sinkTimedOut {
				b.Fatalf("%s: fast path ended on the timeout case", v.Name)
			}
			settle.Timers(b, fastTimeout, base)
		})
	}
}

// BenchmarkSeedRequest_timeoutPath mirrors SeedRequest.timeoutPath: the worker never answers
// (it blocks until the sub-benchmark ends) and the timeout is 100 µs, so every request ends on
// the timeout case: the timerCtx's AfterFunc timer fires (a goroutine runs the cancel and closes
// the done channel) or the channel timer sends, and the select wakes.
//
// Measures: mostly timer latency, not CPU: Go ≤1.22 on Linux sleeps in netpoll with millisecond
// resolution when a P has nothing else to run, so a 100 µs timer typically fires after ~1 ms or
// more; ns/op is therefore dominated by the wake-up delay and says little about the variants'
// CPU cost (compare B/op and allocs/op instead, and the fastPath numbers for CPU).
//
// What could fool it: the blocked workers pile up (one per op, each holding a goroutine stack
// and its buffered channel) and are released only after b.StopTimer; their number grows with b.N.
func BenchmarkSeedRequest_timeoutPath(b *testing.B) {
	for _, v := range Variants {
		v := v
		b.Run("variant="+v.Name, func(b *testing.B) {
			base := runtime.NumGoroutine()
			ctx := context.TODO()
			release := make(chan struct{})
			never := func(ctx context.Context) (context.Context, error) {
				<-release // "never answers" until the benchmark is over
				return NewEngineCtx(ctx)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				sinkCtx, sinkTimedOut = v.Run(ctx, timeoutTimeout, never)
			}
			b.StopTimer()
			if !sinkTimedOut {
				b.Fatalf("%s: timeout path ended on the result case", v.Name)
			}
			close(release) // the workers send into their buffered channels and exit
			settle.Timers(b, timeoutTimeout, base)
		})
	}
}
