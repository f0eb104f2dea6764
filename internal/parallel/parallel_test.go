package parallel

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

func TestForCallsEachOnce(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ n, workers int }{{0, 4}, {1, 4}, {7, 1}, {100, 3}, {1000, 64}, {5, 0}} {
		counts := make([]atomic.Int32, c.n)
		if err := For(c.n, c.workers, func(i int) error { counts[i].Add(1); return nil }); err != nil {
			t.Fatal(err)
		}
		for i := range counts {
			if got := counts[i].Load(); got != 1 {
				t.Errorf("n=%d workers=%d: f(%d) called %d times", c.n, c.workers, i, got)
			}
		}
	}
}

func TestForStopsAtTheFirstError(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	var calls atomic.Int32
	err := For(1000, 1, func(i int) error {
		calls.Add(1)
		if i == 10 {
			return boom
		}
		return nil
	})
	if err != boom {
		t.Errorf("err = %v, want boom", err)
	}
	if got := calls.Load(); got != 11 {
		t.Errorf("one worker made %d calls; after the error at the 11th, none should start", got)
	}
}

func TestWorkersStartOncePerWorker(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	starts, iterations := 0, 0
	err := Workers(500, 4, func() func(int) error {
		mu.Lock()
		starts++
		mu.Unlock()
		own := 0
		return func(int) error {
			own++
			mu.Lock()
			iterations++
			mu.Unlock()
			return nil
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if starts < 1 || starts > 4 || iterations != 500 {
		t.Errorf("%d starts and %d iterations; want 1 to 4 starts and 500 iterations", starts, iterations)
	}
}
