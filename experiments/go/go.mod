module ctxbench

go 1.19
