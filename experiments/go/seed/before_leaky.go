package seed

import (
	"context"
	"time"
)

// BeforeLeaky is the seed's "before" code (修改之前): context.WithTimeout and a select on
// tmpCtx.Done(), with cancel() called only on the timeout case. On the fast path the timerCtx,
// its AfterFunc timer, closure and lazily made done channel stay in the runtime timer heap until
// the timer fires (timeout later), and the firing starts a goroutine that runs the cancel.
// `go vet` reports it (lostcancel); vet_test.go keeps that finding visible.
func BeforeLeaky(ctx context.Context, timeout time.Duration, work Worker) (*context.Context, bool) {
	tmpCtx, cancel := context.WithTimeout(ctx, timeout)
	engineCtxCh := make(chan *context.Context, 1)

	startWorker(ctx, work, engineCtxCh)

	var engineCtx *context.Context
	select {
	case engineCtx = <-engineCtxCh:
		if engineCtx == nil {
			return nil, false
		}
	case <-tmpCtx.Done():
		// fmt.Println("tmpCtx.Done") in the seed
		// 项目之前没有加cancel，这块如果不加会引发内存泄漏问题
		cancel()
		return nil, true
	}
	return engineCtx, false
}
