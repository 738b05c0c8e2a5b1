// Command load is the seed load experiment on the real Go runtime: the request code of
// ctxbench/seed driven open-loop at a fixed rate, as the Java load experiment (SeedLoad.openLoop)
// drives the model.
//
// For each variant: requests are started at the intended times start + i/rate for the given
// duration, each in its own goroutine (a server's per-request goroutine), whether or not earlier
// requests have finished (open loop). A request runs the variant with the seed's 200 ms timeout and
// a worker that answers at once, or, for a share -slow of the requests (the same requests for
// every variant: a seeded pseudo-random choice), answers after -slowdelay (default twice the
// timeout), so those requests end on the timeout case. Latency is measured from the request's
// INTENDED start time, so a dispatcher that falls behind (a GC pause, a busy scheduler) shows up
// as latency instead of being hidden (coordinated omission corrected).
//
// Output: two files per variant. <out>/<variant>-<label>.lat (label: -label, default go): one
// header comment line
//
//	# variant=after rate=1000 duration=10s slow=0.01 timeout=200ms ... unit=us
//
// then one latency per line, an integer number of microseconds, in request order. The Java side
// loads these into HdrHistogram. <out>/<variant>-<label>-timeseries.csv: the runtime's memory
// every 100 ms (t_ms, heap_alloc_bytes, heap_objects, heap_goal_bytes, goroutines, gc_count), and
// every -livegc (default 1s) the live heap right after a forced GC (heap_live_bytes; empty otherwise), charted like the
// model's time series. Each file is written to a temporary name and renamed.
//
// Usage:
//
//	go run ./load -rate 1000 -duration 10s -variant all -slow 0.01 -out DIR
//
// Run one variant per process (scripts/go-bench.sh --load does) so that one variant's live timers
// and heap do not affect the next; with several variants in one process the program waits for
// the previous variant's timers to fire and runs a GC in between.
package main

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"

	"ctxbench/seed"
)

func main() {
	var (
		rate      = flag.Float64("rate", 1000, "requests per second (open loop)")
		duration  = flag.Duration("duration", 10*time.Second, "how long to send requests")
		variant   = flag.String("variant", "all", "variant(s): "+strings.Join(seed.Names(), ", ")+", comma separated, or all")
		slow      = flag.Float64("slow", 0, "share of requests whose worker answers after -slowdelay (0..1)")
		out       = flag.String("out", ".", "folder for the <variant>-go.lat files (must exist)")
		timeout   = flag.Duration("timeout", 200*time.Millisecond, "the request timeout (the seed's 200 ms)")
		slowDelay = flag.Duration("slowdelay", 0, "answer time of a slow worker (default 2 × timeout)")
		seedFlag  = flag.Int64("seed", 1, "seed of the choice of slow requests")
		list      = flag.Bool("list", false, "print the variants' names, one per line, and exit")
		liveGC    = flag.Duration("livegc", time.Second, "how often to force a GC and record the live heap (0: never)")
		label     = flag.String("label", "go", "the output files' label: <variant>-<label>.lat, <variant>-<label>-timeseries.csv")
	)
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: load -rate R -duration D -variant V -slow P -out DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *list {
		for _, name := range seed.Names() {
			fmt.Println(name)
		}
		return
	}
	if flag.NArg() > 0 {
		fail("unexpected argument %q", flag.Arg(0))
	}
	if *rate <= 0 {
		fail("-rate must be > 0")
	}
	if *duration <= 0 {
		fail("-duration must be > 0")
	}
	if *slow < 0 || *slow > 1 {
		fail("-slow must be within 0..1")
	}
	if *timeout <= 0 {
		fail("-timeout must be > 0")
	}
	if *slowDelay == 0 {
		*slowDelay = 2 * *timeout
	}
	if !labelPattern.MatchString(*label) {
		fail("-label %q must be lower-case letters, digits, dots and dashes", *label)
	}
	if st, err := os.Stat(*out); err != nil || !st.IsDir() {
		fail("-out %s is not a folder", *out)
	}
	var variants []seed.Variant
	if *variant == "all" {
		variants = seed.Variants
	} else {
		for _, name := range strings.Split(*variant, ",") {
			v, ok := seed.Lookup(strings.TrimSpace(name))
			if !ok {
				fail("unknown variant %q", name)
			}
			variants = append(variants, v)
		}
	}
	for i, v := range variants {
		if i > 0 {
			Quiesce(*timeout, *slowDelay)
		}
		cfg := Config{Variant: v, Rate: *rate, Duration: *duration, Slow: *slow,
			Timeout: *timeout, SlowDelay: *slowDelay, Seed: *seedFlag, LiveGC: *liveGC}
		res := Run(cfg)
		path, err := res.WriteFile(*out, *label)
		if err != nil {
			fail("%v", err)
		}
		if _, err := res.WriteSeries(*out, *label); err != nil {
			fail("%v", err)
		}
		fmt.Fprintf(os.Stderr, "load: %s: %d requests (%d timed out), p50 %d us, p99 %d us, max %d us -> %s\n",
			v.Name, len(res.Latencies), res.Timeouts, res.Percentile(50), res.Percentile(99), res.Percentile(100), path)
	}
}

// labelPattern is what -label may be: a file-name token.
var labelPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]*$`)

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "load: "+format+"\n", args...)
	os.Exit(2)
}
