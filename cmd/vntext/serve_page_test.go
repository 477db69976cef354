package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// browser starts a headless Chromium for the page tests, or skips the test
// naming why.
func browser(t *testing.T) context.Context {
	t.Helper()
	var exe string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			exe = p
			break
		}
	}
	if exe == "" {
		const why = "no chromium or chrome on PATH: the demo page's browser test needs one (Debian: apt-get install chromium)"
		if os.Getenv("VNTEXT_BROWSER") == "required" { // set by .ci/run, which installs it
			t.Fatal(why)
		}
		t.Skip(why)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() { cancelTime(); cancel(); cancelAlloc() })
	return ctx
}

// analyzeInPage types text into the page at url, presses Analyze and waits
// for the answer to be drawn.
func analyzeInPage(ctx context.Context, url, text string) error {
	return chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.ID("input")),
		chromedp.SetValue(chromedp.ID("input"), text),
		chromedp.Click(chromedp.ID("go")),
		chromedp.Poll[chromedp.Void](`/ ms$/.test(document.getElementById("status").textContent)`, chromedp.WithPollingTimeout(30*time.Second)),
	)
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	require.NoError(t, err, expr)
	return v
}

func click(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID(id))))
}

// An article holding markup is shown as text: nothing it holds runs or
// becomes an element; the units it names are shown with what they became
// in 2025, in the page itself; the labels switch between Vietnamese and
// English.
func TestServePageInRealBrowser(t *testing.T) {
	ctx := browser(t)
	_, ts := newTestService(t, nil)
	text := `Chủ tịch UBND tỉnh Nam Định Trần Văn Bình <img src=x onerror="window.pwned=1"> phát biểu tại huyện Hải Hậu, tỉnh Nam Định. ` +
		`<script>window.pwned=2</script><b>đậm</b> &amp; "trích dẫn" <a href="javascript:window.pwned=3">liên kết</a>`
	require.NoError(t, analyzeInPage(ctx, ts.URL+"/", text))

	assert.False(t, eval[bool](t, ctx, `window.pwned !== undefined`), "markup in the article ran")
	assert.Zero(t, eval[int](t, ctx, `document.querySelectorAll("main img, main script, main b, main a").length`), "markup in the article became elements")
	assert.Equal(t, text, eval[string](t, ctx, `document.getElementById("text").textContent`), "the article is shown as it was written, character for character")
	units := eval[string](t, ctx, `document.getElementById("units").textContent`)
	assert.Contains(t, units, "tỉnh Nam Định (province, before 2025) → since 2025: Tỉnh Ninh Bình", "Nam Định and the province that took it over in 2025")
	assert.Contains(t, units, "huyện Hải Hậu")
	assert.Contains(t, eval[string](t, ctx, `document.getElementById("officials").textContent`), "Trần Văn Bình")

	const labels = `document.querySelector("[data-i18n=officials]").textContent + "|" + document.getElementById("units").textContent`
	click(t, ctx, "lang-en")
	heading := eval[string](t, ctx, labels)
	assert.True(t, strings.HasPrefix(heading, "Officials|"), heading)
	assert.Contains(t, heading, "since 2025")
	click(t, ctx, "lang-vi")
	heading = eval[string](t, ctx, labels)
	assert.True(t, strings.HasPrefix(heading, "Quan chức|"), heading)
	assert.Contains(t, heading, "từ 2025")
}

// Role status (roles as {"text", "status"} objects) is shown next to each
// role, in the chosen language; an answer's markup is text there too.
func TestServePageRoleStatus(t *testing.T) {
	ctx := browser(t)
	page := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write(servePage)
			return
		}
		// A canned answer with role objects, as issue 12 gives them.
		writeJSONAnswer(w, 200, map[string]any{
			"text": "Nguyên Chủ tịch Lê Văn A và Quyền Giám đốc <i>B</i>.", "entities": []any{}, "sentences": []any{},
			"summary": map[string]any{"sentences": []any{}}, "keywords": []any{},
			"officials": []any{
				map[string]any{"name": "Lê Văn A", "roles": []any{map[string]any{"text": "Chủ tịch UBND tỉnh", "status": "former"}}, "mentions": []any{}},
				map[string]any{"name": "TrÃ¡ÂºÂ§n C", "normalized": "Trần C", "roles": []any{"Giám đốc"}, "mentions": []any{}},
				map[string]any{"name": "<i>B</i>", "roles": []any{map[string]any{"text": "Giám đốc Sở", "status": "acting"}, "Bí thư"}, "mentions": []any{}},
			},
		})
	})
	ts := httptest.NewServer(page)
	defer ts.Close()
	require.NoError(t, analyzeInPage(ctx, ts.URL+"/", "x"))
	click(t, ctx, "lang-vi")
	vi := eval[string](t, ctx, `document.getElementById("officials").textContent`)
	click(t, ctx, "lang-en")
	en := eval[string](t, ctx, `document.getElementById("officials").textContent`)
	assert.Contains(t, vi, "Chủ tịch UBND tỉnhnguyên")
	assert.Contains(t, vi, "Giám đốc Sởquyền")
	assert.Contains(t, en, "Chủ tịch UBND tỉnhformer")
	assert.Contains(t, en, "Giám đốc Sởacting; Bí thư")
	assert.Contains(t, en, "<i>B</i>")
	assert.Contains(t, en, "Trần C — Giám đốc", "the normalized name is shown")
	assert.Zero(t, eval[int](t, ctx, `document.querySelectorAll("#officials i").length`))
}
