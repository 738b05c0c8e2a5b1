package main

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"ctxbench/seed"
)

// Config is one open-loop run of one variant.
type Config struct {
	Variant   seed.Variant
	Rate      float64       // requests per second
	Duration  time.Duration // how long to send
	Slow      float64       // share of slow requests
	Timeout   time.Duration // the request's timeout
	SlowDelay time.Duration // answer time of a slow worker
	Seed      int64         // seed of the slow-request choice
	LiveGC    time.Duration // how often the sampler forces a GC to read the live heap (0: never)
}

// Result holds the latencies (µs from the intended start, in request order) and what was
// observed while the run lasted.
type Result struct {
	Config         Config
	Latencies      []int64
	Timeouts       int64
	AchievedRate   float64 // requests started per second of actual dispatch time
	MaxLagUs       int64   // how far behind schedule the dispatcher was at worst
	PeakGoroutines int     // sampled every 10 ms
	PeakHeapAlloc  uint64  // MemStats.HeapAlloc, sampled every 100 ms
	GCCount        uint32
	GCPauseTotalUs uint64
	Series         []MemSample // every 100 ms from the first request's intended start
}

// MemSample is one point of the run's memory time series: what the runtime held t_ms after the
// first request's intended start (runtime.ReadMemStats, which stops the world briefly, hence
// every 100 ms only). A variant that leaves work pending per request (the leaky context's timer,
// cancel goroutine and context; time.After's timer and channel where timers are not collectable)
// holds about rate × timeout of it: HeapAlloc and HeapObjects count garbage not yet collected too,
// HeapGoal follows what each GC found live, and HeapLive, every Config.LiveGC, is the heap right
// after a forced GC: exactly what is still reachable (the forced GCs cost the run some CPU, and
// are counted in NumGC).
type MemSample struct {
	TMs         int64
	HeapAlloc   uint64 // MemStats.HeapAlloc: bytes of reachable and not yet swept objects
	HeapObjects uint64 // MemStats.HeapObjects
	HeapGoal    uint64 // MemStats.NextGC: with GOGC=100 about twice the heap marked live at the last GC
	HeapLive    int64  // MemStats.HeapAlloc right after a forced GC: the live heap; -1 when not measured
	Goroutines  int    // runtime.NumGoroutine
	NumGC       uint32 // completed GC cycles since the run started
}

// seriesColumns is the header of <variant>-<label>-timeseries.csv; t_ms first, as the chart tool
// requires of every *-timeseries.csv.
var seriesColumns = []string{"t_ms", "heap_alloc_bytes", "heap_objects", "heap_goal_bytes", "heap_live_bytes", "goroutines", "gc_count"}

// Run drives cfg.Variant open-loop. Requests are started from one dispatcher goroutine: each
// round it starts every request whose intended time has come, then sleeps until the next one,
// so being late never drops or delays the schedule, it only shows up as latency.
func Run(cfg Config) *Result {
	n := int(cfg.Rate * cfg.Duration.Seconds())
	if n < 1 {
		n = 1
	}
	rng := rand.New(rand.NewSource(cfg.Seed))
	slow := make([]bool, n)
	for i := range slow {
		slow[i] = rng.Float64() < cfg.Slow
	}
	interval := float64(time.Second) / cfg.Rate
	lat := make([]int64, n)
	var timeouts int64

	fast := seed.NewEngineCtx
	slowWorker := func(ctx context.Context) (context.Context, error) {
		time.Sleep(cfg.SlowDelay)
		return seed.NewEngineCtx(ctx)
	}

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)

	start := time.Now().Add(5 * time.Millisecond)
	stopSampling := make(chan struct{})
	var peakG int64
	var peakHeap uint64
	var series []MemSample
	liveEvery := int(cfg.LiveGC / (10 * time.Millisecond)) // in sampler ticks of 10 ms; a multiple of 10
	if liveEvery > 0 && liveEvery%10 != 0 {
		liveEvery += 10 - liveEvery%10
	}
	var samplers sync.WaitGroup
	samplers.Add(1)
	go func() { // goroutines every 10 ms, heap every 100 ms (ReadMemStats stops the world)
		defer samplers.Done()
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for k := 0; ; k++ {
			g := runtime.NumGoroutine()
			if int64(g) > peakG {
				peakG = int64(g)
			}
			if k%10 == 0 {
				runtime.ReadMemStats(&ms)
				if ms.HeapAlloc > peakHeap {
					peakHeap = ms.HeapAlloc
				}
				sample := MemSample{TMs: time.Since(start).Milliseconds(), HeapAlloc: ms.HeapAlloc,
					HeapObjects: ms.HeapObjects, HeapGoal: ms.NextGC, HeapLive: -1, Goroutines: g}
				if liveEvery > 0 && k%liveEvery == 0 {
					runtime.GC() // what is still reachable: the requests' pending timers, contexts, channels
					runtime.ReadMemStats(&ms)
					sample.HeapLive = int64(ms.HeapAlloc)
				}
				sample.NumGC = ms.NumGC - before.NumGC
				series = append(series, sample)
			}
			select {
			case <-stopSampling:
				return
			case <-tick.C:
			}
		}
	}()

	ctx := context.TODO()
	var wg sync.WaitGroup
	wg.Add(n)
	var maxLag time.Duration
	var lastDispatch time.Time
	for i := 0; i < n; {
		now := time.Now()
		for i < n {
			intended := start.Add(time.Duration(float64(i) * interval))
			if intended.After(now) {
				break
			}
			if lag := now.Sub(intended); lag > maxLag {
				maxLag = lag
			}
			work := fast
			if slow[i] {
				work = slowWorker
			}
			go func(i int, intended time.Time, work seed.Worker) {
				_, timedOut := cfg.Variant.Run(ctx, cfg.Timeout, work)
				lat[i] = time.Since(intended).Microseconds()
				if timedOut {
					atomic.AddInt64(&timeouts, 1)
				}
				wg.Done()
			}(i, intended, work)
			i++
			lastDispatch = now
		}
		if i < n {
			time.Sleep(time.Until(start.Add(time.Duration(float64(i) * interval))))
		}
	}
	wg.Wait()
	close(stopSampling)
	samplers.Wait()
	runtime.ReadMemStats(&after)

	span := lastDispatch.Sub(start).Seconds()
	achieved := cfg.Rate
	if n > 1 && span > 0 {
		// n-1 intervals between the first and the last request
		achieved = float64(n-1) / span
	}
	return &Result{
		Config:         cfg,
		Latencies:      lat,
		Timeouts:       timeouts,
		AchievedRate:   achieved,
		MaxLagUs:       maxLag.Microseconds(),
		PeakGoroutines: int(peakG),
		PeakHeapAlloc:  peakHeap,
		GCCount:        after.NumGC - before.NumGC,
		GCPauseTotalUs: (after.PauseTotalNs - before.PauseTotalNs) / 1000,
		Series:         series,
	}
}

// Quiesce waits until timers left by a previous run have fired and slow workers have answered,
// then collects garbage, so the next variant starts from a quiet runtime.
func Quiesce(timeout, slowDelay time.Duration) {
	d := timeout
	if slowDelay > d {
		d = slowDelay
	}
	time.Sleep(d + 50*time.Millisecond)
	runtime.GC()
}

// TimerSemantics is the timer-channel semantics this binary runs with, as observed: go1.23 when
// timer channels are Go 1.23's synchronous ones (cap 0: a Go 1.23 toolchain building a module that
// says go 1.23), else go1.19 (buffered, cap 1: every earlier release, and Go 1.23 building a module
// that says an older go line). The Java importer checks it against the file's name.
func TimerSemantics() string {
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	if cap(t.C) == 0 {
		return "go1.23"
	}
	return "go1.19"
}

// Header is the file's comment line: key=value pairs separated by spaces.
func (r *Result) Header() string {
	c := r.Config
	return fmt.Sprintf("# variant=%s rate=%s duration=%s slow=%s timeout=%s slow_delay=%s seed=%d requests=%d timeouts=%d "+
		"achieved_rate=%.1f max_dispatch_lag_us=%d peak_goroutines=%d peak_heap_alloc=%d gc_count=%d gc_pause_total_us=%d "+
		"go=%s timers=%s gomaxprocs=%d source=go unit=us",
		c.Variant.Name, strconv.FormatFloat(c.Rate, 'f', -1, 64), c.Duration, strconv.FormatFloat(c.Slow, 'f', -1, 64),
		c.Timeout, c.SlowDelay, c.Seed, len(r.Latencies), r.Timeouts,
		r.AchievedRate, r.MaxLagUs, r.PeakGoroutines, r.PeakHeapAlloc, r.GCCount, r.GCPauseTotalUs,
		runtime.Version(), TimerSemantics(), runtime.GOMAXPROCS(0))
}

// WriteFile writes dir/<variant>-<label>.lat: the header line, then one latency per line.
func (r *Result) WriteFile(dir, label string) (string, error) {
	return writeAtomically(dir, r.Config.Variant.Name+"-"+label+".lat", func(w *bufio.Writer) {
		fmt.Fprintln(w, r.Header())
		for _, v := range r.Latencies {
			w.WriteString(strconv.FormatInt(v, 10))
			w.WriteByte('\n')
		}
	})
}

// WriteSeries writes dir/<variant>-<label>-timeseries.csv: the memory time series, one row per
// sample under seriesColumns.
func (r *Result) WriteSeries(dir, label string) (string, error) {
	return writeAtomically(dir, r.Config.Variant.Name+"-"+label+"-timeseries.csv", func(w *bufio.Writer) {
		w.WriteString(strings.Join(seriesColumns, ",") + "\n")
		for _, m := range r.Series {
			live := ""
			if m.HeapLive >= 0 {
				live = strconv.FormatInt(m.HeapLive, 10)
			}
			fmt.Fprintf(w, "%d,%d,%d,%d,%s,%d,%d\n", m.TMs, m.HeapAlloc, m.HeapObjects, m.HeapGoal, live, m.Goroutines, m.NumGC)
		}
	})
}

// writeAtomically writes dir/name through a temporary file in dir and a rename, so a reader never
// sees half a file and a failure leaves nothing behind.
func writeAtomically(dir, name string, write func(*bufio.Writer)) (string, error) {
	path := filepath.Join(dir, name)
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	w := bufio.NewWriter(tmp)
	write(w)
	if err := w.Flush(); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", err
	}
	return path, nil
}

// Percentile p (0..100) of the latencies, nearest rank; for the summary line only (the Java side
// computes the published percentiles with HdrHistogram).
func (r *Result) Percentile(p float64) int64 {
	if len(r.Latencies) == 0 {
		return 0
	}
	s := append([]int64(nil), r.Latencies...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	k := int(p/100*float64(len(s))+0.999999) - 1
	if k < 0 {
		k = 0
	}
	if k >= len(s) {
		k = len(s) - 1
	}
	return s[k]
}
