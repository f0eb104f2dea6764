// Package parallel runs the iterations of a loop on several goroutines: the
// one way the stages spread work over the processors (reading every
// article, rendering every page, arranging related articles, finishing the
// search index, removing an old output).
//
// For calls f(0) to f(n-1), each exactly once unless one fails, on at most
// the workers asked for and never more than n; iterations are handed out in
// order, one at a time, to whichever worker is free, so that a slow one
// (a long article, a disk that waits) holds up no other. The first error
// stops the loop: no iteration starts after it, those under way finish,
// and For returns it. Workers is For where each worker first makes state of
// its own, kept across the iterations it runs (a scratch buffer).
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// PerCPU returns k workers for each processor Go runs on: 1 for work that
// only computes, more where workers wait on the disk, so that others
// compute meanwhile.
func PerCPU(k int) int { return k * runtime.GOMAXPROCS(0) }

// For calls f(i) for every i in [0, n) on at most workers goroutines, and
// returns the first error.
func For(n, workers int, f func(i int) error) error {
	return Workers(n, workers, func() func(i int) error { return f })
}

// Workers is For where each worker calls start once, before its first
// iteration, and then the function start returned for each iteration it
// runs.
func Workers(n, workers int, start func() func(i int) error) error {
	if n <= 0 {
		return nil
	}
	var (
		next     atomic.Int64
		failed   atomic.Bool
		once     sync.Once
		firstErr error
		wg       sync.WaitGroup
	)
	for range max(1, min(workers, n)) {
		wg.Go(func() {
			var f func(int) error
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if f == nil {
					f = start()
				}
				if err := f(i); err != nil {
					once.Do(func() { firstErr = err })
					failed.Store(true)
					return
				}
			}
		})
	}
	wg.Wait()
	return firstErr
}
