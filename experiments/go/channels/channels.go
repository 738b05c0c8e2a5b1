// Package channels mirrors the Java suite channels on the Go runtime's own channels
// (runtime/chan.go, runtime/select.go): ping-pong round trips, producer-to-consumer transfer over
// buffer capacities, receive through a select over 2 or 4 channels, and N producers × M consumers.
// The Java side's impl and threads parameters do not exist here: this is the thing they model.
// Benchmarks are in channels_test.go; the drivers are here so they can be tested.
package channels

import "sync"

// PingPong does n round trips: send on ping, an echo goroutine sends it back on pong.
// The echo goroutine has exited when PingPong returns.
func PingPong(n, capacity int) int {
	ping, pong := make(chan int, capacity), make(chan int, capacity)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			pong <- v
		}
		close(done)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	<-done
	return sum
}

// Transfer moves n values from a producer goroutine to the caller over one channel.
func Transfer(n, capacity int) int {
	ch := make(chan int, capacity)
	done := make(chan struct{})
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(done)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	<-done
	return sum
}

// SelectRecv receives n values through a select over `cases` (2 or 4) unbuffered channels, which
// a producer goroutine feeds round-robin.
func SelectRecv(n, cases int) int {
	chs := make([]chan int, cases)
	for i := range chs {
		chs[i] = make(chan int)
	}
	done := make(chan struct{})
	go func() {
		for i := 0; i < n; i++ {
			chs[i%cases] <- i
		}
		close(done)
	}()
	sum := 0
	switch cases {
	case 2:
		a, b := chs[0], chs[1]
		for i := 0; i < n; i++ {
			select {
			case v := <-a:
				sum += v
			case v := <-b:
				sum += v
			}
		}
	case 4:
		a, b, c, d := chs[0], chs[1], chs[2], chs[3]
		for i := 0; i < n; i++ {
			select {
			case v := <-a:
				sum += v
			case v := <-b:
				sum += v
			case v := <-c:
				sum += v
			case v := <-d:
				sum += v
			}
		}
	default:
		panic("cases must be 2 or 4")
	}
	<-done
	return sum
}

// ProdCons moves n values from `producers` goroutines to `consumers` goroutines over one
// channel; the producers share n as evenly as possible, the consumers range until it is closed.
// All goroutines have exited when it returns.
func ProdCons(n, producers, consumers, capacity int) int {
	ch := make(chan int, capacity)
	var prod, cons sync.WaitGroup
	sums := make([]int, consumers)
	for c := 0; c < consumers; c++ {
		cons.Add(1)
		go func(c int) {
			defer cons.Done()
			s := 0
			for v := range ch {
				s += v
			}
			sums[c] = s
		}(c)
	}
	for p := 0; p < producers; p++ {
		count := n / producers
		if p < n%producers {
			count++
		}
		prod.Add(1)
		go func(count int) {
			defer prod.Done()
			for i := 0; i < count; i++ {
				ch <- 1
			}
		}(count)
	}
	prod.Wait()
	close(ch)
	cons.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	return total
}
