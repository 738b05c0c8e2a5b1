package timers

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"ctxbench/internal/settle"
)

var sinkTimer *time.Timer

// forEach runs body as kind=K/live=L sub-benchmarks, with L idle timers created once per live
// value (outside any measurement: a parent benchmark's function runs once) and stopped after.
func forEach(b *testing.B, body func(b *testing.B, kind string)) {
	for _, kind := range Kinds {
		kind := kind
		b.Run("kind="+kind, func(b *testing.B) {
			for _, live := range Lives {
				stop := Idle(live)
				b.Run(fmt.Sprintf("live=%d", live), func(b *testing.B) {
					b.ReportAllocs()
					body(b, kind)
				})
				stop()
			}
		})
	}
}

// BenchmarkTimerOps_createStop mirrors TimerOps.createStop: NewTimer(1h) (kind=chan) or
// AfterFunc(1h, f) (kind=func), then Stop().
//
// Measures: allocation of the timer (chan: Timer + buffered channel, 3 allocs; func: Timer only),
// the O(log4 n) sift-up into the current P's heap, and Stop's O(1) mark-as-deleted.
//
// What could fool it: Stop does not remove the entry; deleted entries are swept when they reach
// the top or pass a quarter of the heap, so part of the cost is paid in bursts (a mean over many
// ops includes it). With GOMAXPROCS>1 the benchmark goroutine may sit on a P whose heap holds
// fewer of the `live` timers than the others (see Idle).
func BenchmarkTimerOps_createStop(b *testing.B) {
	forEach(b, func(b *testing.B, kind string) {
		if kind == "chan" {
			for i := 0; i < b.N; i++ {
				t := time.NewTimer(time.Hour)
				t.Stop()
				sinkTimer = t
			}
		} else {
			for i := 0; i < b.N; i++ {
				t := time.AfterFunc(time.Hour, noop)
				t.Stop()
				sinkTimer = t
			}
		}
	})
}

// BenchmarkTimerOps_createAbandon mirrors TimerOps.createAbandon: NewTimer(200ms) /
// AfterFunc(200ms, f), never stopped, as time.After and a leaked WithTimeout do.
//
// Measures: creation plus, for the timers that fire during the loop, the firing (chan: a
// non-blocking send into the buffered channel; func: a new goroutine running f), with the heap
// holding 200 ms worth of abandoned timers on top of `live`.
//
// What could fool it: timers created in the last 200 ms fire after b.StopTimer and are not
// charged (a larger share with a short -benchtime); they are drained outside the timer.
func BenchmarkTimerOps_createAbandon(b *testing.B) {
	const d = 200 * time.Millisecond
	forEach(b, func(b *testing.B, kind string) {
		base := runtime.NumGoroutine()
		if kind == "chan" {
			for i := 0; i < b.N; i++ {
				sinkTimer = time.NewTimer(d)
			}
		} else {
			for i := 0; i < b.N; i++ {
				sinkTimer = time.AfterFunc(d, noop)
			}
		}
		b.StopTimer()
		settle.Timers(b, d, base)
	})
}

// BenchmarkTimerOps_reset mirrors TimerOps.reset: Reset(1h) of one long-lived, never firing timer.
//
// Measures: modtimer on an active timer. Each Reset moves the deadline later, which Go 1.19
// records as timerModifiedLater without re-sifting at once; the heap is fixed up lazily when the
// timer reaches the top (adjusttimers), so with a 1 h deadline the measured op is mostly the
// status change and lock. A model that re-sifts on every reset will look slower here.
//
// What could fool it: Reset's result (was the timer active) is ignored by the loop; the timer
// and its channel are allocated once, outside the measurement (0 allocs/op is expected).
func BenchmarkTimerOps_reset(b *testing.B) {
	forEach(b, func(b *testing.B, kind string) {
		var t *time.Timer
		if kind == "chan" {
			t = time.NewTimer(time.Hour)
		} else {
			t = time.AfterFunc(time.Hour, noop)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			t.Reset(time.Hour)
		}
		b.StopTimer()
		t.Stop()
		sinkTimer = t
	})
}

// BenchmarkTimerOps_fire mirrors TimerOps.fire: NewTimer(0) and receive from C (kind=chan), or
// AfterFunc(0, f) and wait until f has run (kind=func; f sends on a channel the loop receives).
//
// Measures: the whole firing path: insert at the top of the heap, the scheduler finding the
// expired timer (runtimer in checkTimers/findrunnable), sendTime's non-blocking send or goFunc's
// new goroutine, and the wake-up of the waiting goroutine.
//
// What could fool it: the waiting goroutine parks, so the op includes a scheduler round trip;
// with 2 Ps the timer may be run by the other P (work stealing of timers), adding a cross-P
// wake-up. f is built once outside the loop so no closure is allocated per op.
func BenchmarkTimerOps_fire(b *testing.B) {
	forEach(b, func(b *testing.B, kind string) {
		if kind == "chan" {
			for i := 0; i < b.N; i++ {
				t := time.NewTimer(0)
				<-t.C
				sinkTimer = t
			}
		} else {
			done := make(chan struct{})
			f := func() { done <- struct{}{} }
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				sinkTimer = time.AfterFunc(0, f)
				<-done
			}
		}
	})
}
