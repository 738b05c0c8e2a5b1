package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"ctxbench/seed"
)

// TestRunWritesLatencies runs a tiny open loop (50 requests, 10% slow, 5 ms timeout) and checks
// the file format: one header comment line, then one integer per request. No timing assertions
// beyond the structural: a slow request cannot finish before its timeout.
func TestRunWritesLatencies(t *testing.T) {
	v, _ := seed.Lookup("before-cancel")
	cfg := Config{Variant: v, Rate: 1000, Duration: 50 * time.Millisecond, Slow: 0.1,
		Timeout: 5 * time.Millisecond, SlowDelay: 10 * time.Millisecond, Seed: 1, LiveGC: 100 * time.Millisecond}
	res := Run(cfg)
	if len(res.Latencies) != 50 {
		t.Fatalf("requests: %d, want 50", len(res.Latencies))
	}
	if res.Timeouts == 0 {
		t.Errorf("no request timed out with slow=0.1")
	}
	dir := t.TempDir()
	path, err := res.WriteFile(dir, "go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(path, "before-cancel-go.lat") {
		t.Errorf("file name %s", path)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	header := sc.Text()
	for _, want := range []string{"# variant=before-cancel ", " rate=1000 ", " duration=50ms ", " slow=0.1 ", " unit=us"} {
		if !strings.Contains(header+" ", want) {
			t.Errorf("header %q lacks %q", header, want)
		}
	}
	lines, slowSeen := 0, 0
	for sc.Scan() {
		v, err := strconv.ParseInt(sc.Text(), 10, 64)
		if err != nil || v < 0 {
			t.Fatalf("line %d: %q is not a latency", lines+2, sc.Text())
		}
		if v >= 5000 {
			slowSeen++
		}
		lines++
	}
	if lines != 50 {
		t.Errorf("latency lines: %d, want 50", lines)
	}
	if int64(slowSeen) < res.Timeouts {
		t.Errorf("%d timed-out requests but only %d latencies >= the 5 ms timeout", res.Timeouts, slowSeen)
	}
	series, err := res.WriteSeries(dir, "go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(series, "before-cancel-go-timeseries.csv") {
		t.Errorf("file name %s", series)
	}
	text, err := os.ReadFile(series)
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSuffix(string(text), "\n"), "\n")
	if rows[0] != "t_ms,heap_alloc_bytes,heap_objects,heap_goal_bytes,heap_live_bytes,goroutines,gc_count" {
		t.Errorf("series header %q", rows[0])
	}
	if len(rows) < 2 || len(rows)-1 != len(res.Series) {
		t.Fatalf("series rows: %d, samples: %d (want at least one, the first at the start)", len(rows)-1, len(res.Series))
	}
	for i, row := range rows[1:] {
		cells := strings.Split(row, ",")
		if len(cells) != 7 {
			t.Fatalf("series row %d: %q", i+1, row)
		}
		for j, c := range cells {
			if j != 0 && c == "" && seriesColumns[j] != "heap_live_bytes" {
				t.Fatalf("series row %d: %q has an empty %s", i+1, row, seriesColumns[j])
			}
			if c == "" {
				continue // the live heap is measured every LiveGC only
			}
			if v, err := strconv.ParseInt(c, 10, 64); err != nil || (v < 0 && j != 0) {
				t.Fatalf("series row %d: %q is not a count", i+1, row)
			}
		}
	}
	if res.Series[0].HeapLive <= 0 {
		t.Errorf("the first sample (t=0, a multiple of LiveGC) has no live heap: %+v", res.Series[0])
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}
