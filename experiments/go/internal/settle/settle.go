// Package settle lets a benchmark wait, outside the timer, until the goroutines and timers it
// started are gone, so that one sub-benchmark does not pay for the leftovers of the previous one.
package settle

import (
	"runtime"
	"testing"
	"time"
)

// Goroutines waits until runtime.NumGoroutine() is back to base (the count taken before the
// benchmark started its goroutines) and fails the benchmark if that does not happen within
// limit: a goroutine that outlives its benchmark is a leak in the benchmark, not a result.
// Call it after b.StopTimer().
func Goroutines(b testing.TB, base int, limit time.Duration) {
	b.Helper()
	deadline := time.Now().Add(limit)
	for {
		n := runtime.NumGoroutine()
		if n <= base {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("settle: %d goroutines still running %v after the benchmark (expected %d)", n, limit, base)
		}
		time.Sleep(time.Millisecond)
	}
}

// Timers sleeps long enough for timers created with duration d during the benchmark to fire,
// then waits for the goroutines they started (AfterFunc timers start one each) to finish.
func Timers(b testing.TB, d time.Duration, base int) {
	b.Helper()
	time.Sleep(d + 20*time.Millisecond)
	Goroutines(b, base, 10*time.Second)
}
