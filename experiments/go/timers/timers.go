// Package timers mirrors the Java suite timers (TimerOps): the cost of creating, stopping,
// resetting and firing Go runtime timers, channel timers (time.NewTimer) and func timers
// (time.AfterFunc), as the number of other live timers in the heap grows. The benchmarks are in
// timers_test.go; this file holds the live-timer set-up they share.
package timers

import (
	"runtime"
	"sync"
	"time"
)

// Kinds in the catalogue's order: chan = time.NewTimer, func = time.AfterFunc.
var Kinds = []string{"chan", "func"}

// Lives: the numbers of other idle timers (deadline 1 h) in the heap while measuring.
var Lives = []int{0, 1000, 100000, 1000000}

func noop() {}

// Idle creates n idle timers (time.AfterFunc(time.Hour, noop): 1 alloc each, no channel) and
// returns a function that stops them all and reports how many were still pending. Go keeps one timer heap per P, so the timers are
// created by GOMAXPROCS goroutines, one share each, to spread them over the Ps' heaps; the
// scheduler decides which P each goroutine runs on, so the spread is likely, not guaranteed.
func Idle(n int) (stop func() int) {
	procs := runtime.GOMAXPROCS(0)
	shares := make([][]*time.Timer, procs)
	var wg sync.WaitGroup
	for p := 0; p < procs; p++ {
		count := n / procs
		if p < n%procs {
			count++
		}
		wg.Add(1)
		go func(p, count int) {
			defer wg.Done()
			ts := make([]*time.Timer, count)
			for i := range ts {
				ts[i] = time.AfterFunc(time.Hour, noop)
			}
			shares[p] = ts
		}(p, count)
	}
	wg.Wait()
	return func() int {
		stopped := 0
		for _, ts := range shares {
			for _, t := range ts {
				if t.Stop() {
					stopped++
				}
			}
		}
		// Stopped timers are only marked deleted; a GC now returns their memory before the
		// next measurement instead of during it.
		runtime.GC()
		return stopped
	}
}
