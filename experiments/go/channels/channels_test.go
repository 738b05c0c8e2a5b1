package channels

import (
	"fmt"
	"testing"
)

var sink int

// BenchmarkChanPingPong_roundTrip mirrors ChanPingPong.roundTrip: one op = one value to an echo
// goroutine over `ping` and back over `pong` (both with capacity cap).
//
// Measures: two channel operations on each side and, since each side waits for the other, two
// park/unpark pairs per round trip (or, when the partner is running on the other P, spinning
// before parking): mostly scheduler latency.
//
// What could fool it: with GOMAXPROCS=1 the hand-off is a direct goroutine switch on one P and
// much faster; with 2 Ps it depends on whether both goroutines share a P (runnext). Starting the
// echo goroutine is inside the measurement, amortized over b.N.
func BenchmarkChanPingPong_roundTrip(b *testing.B) {
	for _, c := range []int{0, 1} {
		c := c
		b.Run(fmt.Sprintf("cap=%d", c), func(b *testing.B) {
			b.ReportAllocs()
			sink = PingPong(b.N, c)
		})
	}
}

// BenchmarkChanThroughput_transfer mirrors ChanThroughput.transfer: one op = one value from a
// producer goroutine to the consumer (the benchmark goroutine) over a channel of capacity cap.
//
// Measures: ns per value. With cap 0 every value is a rendezvous (direct hand-off to a parked
// receiver, or the sender parks); with a buffer the two sides run ahead of each other and park
// only when the buffer is full or empty, so the cost per value falls with the capacity.
//
// What could fool it: the producer's start and the final wait are inside the measurement
// (amortized over b.N); allocation is the channel and buffer only, amortized to ~0 B/op.
func BenchmarkChanThroughput_transfer(b *testing.B) {
	for _, c := range []int{0, 1, 16, 100, 1024} {
		c := c
		b.Run(fmt.Sprintf("cap=%d", c), func(b *testing.B) {
			b.ReportAllocs()
			sink = Transfer(b.N, c)
		})
	}
}

// BenchmarkChanSelect_recv mirrors ChanSelect.recv: one op = one receive through a select over
// `cases` unbuffered channels, which a producer feeds round-robin.
//
// Measures: selectgo: lock all the cases' channels in address order, poll them in random order,
// and when none is ready enqueue a sudog on every channel, park, and dequeue from all on wake-up.
//
// What could fool it: whether the select finds a sender already waiting (fast path, no park) or
// parks depends on the relative speed of the two goroutines, which differs between Go and the
// model; the producer's send blocks because the channels are unbuffered.
func BenchmarkChanSelect_recv(b *testing.B) {
	for _, cases := range []int{2, 4} {
		cases := cases
		b.Run(fmt.Sprintf("cases=%d", cases), func(b *testing.B) {
			b.ReportAllocs()
			sink = SelectRecv(b.N, cases)
		})
	}
}

// BenchmarkChanProdCons_transfer mirrors ChanProdCons.transfer: one op = one value through one
// channel (capacity cap) shared by N producers and M consumers (pc=NxM).
//
// Measures: ns per value under contention on the channel's lock: with more goroutines than the
// machine's 2 cores, mostly parking and waking.
//
// What could fool it: the result depends heavily on GOMAXPROCS and the number of cores (2 here);
// 4x4 on 2 cores measures the scheduler more than the channel.
func BenchmarkChanProdCons_transfer(b *testing.B) {
	for _, pc := range []struct {
		name string
		p, c int
	}{{"1x1", 1, 1}, {"2x2", 2, 2}, {"4x4", 4, 4}} {
		pc := pc
		b.Run("pc="+pc.name, func(b *testing.B) {
			for _, c := range []int{0, 100} {
				c := c
				b.Run(fmt.Sprintf("cap=%d", c), func(b *testing.B) {
					b.ReportAllocs()
					sink = ProdCons(b.N, pc.p, pc.c, c)
				})
			}
		})
	}
}
