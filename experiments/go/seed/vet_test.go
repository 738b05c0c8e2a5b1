package seed

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestVetReportsLostCancel keeps go vet's finding visible: the lostcancel analyzer reports that
// the seed's "before" code does not call cancel on the result path (a context leak until the
// timer fires), and reports nothing in the other variants. `go test` itself runs only a few vet
// analyzers, not lostcancel, so the package still builds and benchmarks; this test runs the full
// `go vet` on this package.
func TestVetReportsLostCancel(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := exec.LookPath(goTool); err != nil {
		if goTool, err = exec.LookPath("go"); err != nil {
			t.Skip("go tool not found")
		}
	}
	out, err := exec.Command(goTool, "vet", ".").CombinedOutput()
	text := string(out)
	if err == nil {
		t.Fatalf("go vet found nothing; expected the lostcancel diagnostic for before_leaky.go\n%s", text)
	}
	var leaky []string
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.Contains(line, "before_leaky.go:") {
			t.Errorf("unexpected vet diagnostic outside before_leaky.go: %s", line)
			continue
		}
		leaky = append(leaky, line)
	}
	joined := strings.Join(leaky, "\n")
	for _, want := range []string{
		"the cancel function is not used on all paths (possible context leak)",
		"this return statement may be reached without using the cancel var",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("go vet output lacks %q for before_leaky.go:\n%s", want, text)
		}
	}
	t.Logf("go vet (expected findings):\n%s", joined)
}
