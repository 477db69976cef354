// Command loadtest sends a bounded number of requests to a vntext serve on
// this machine and reports requests/s and latency percentiles. It refuses
// any address that is not loopback, and stops after -n requests or -d,
// whichever comes first.
//
//	go run ./scripts/loadtest -url http://127.0.0.1:8080 -c 8 -n 2000
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	target := flag.String("url", "http://127.0.0.1:8080", "base URL of vntext serve (loopback only)")
	endpoint := flag.String("endpoint", "/v1/analyze", "endpoint to POST to")
	file := flag.String("file", "testdata/sample.txt", "article sent as the text of every request")
	conc := flag.Int("c", 8, "concurrent clients")
	n := flag.Int("n", 2000, "total requests, at most")
	dur := flag.Duration("d", 30*time.Second, "run time, at most")
	flag.Parse()
	if err := run(*target, *endpoint, *file, *conc, *n, *dur); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// loopback accepts only addresses on this machine.
func loopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("%s is not a loopback address; this tool only loads a service on this machine", host)
}

func run(target, endpoint, file string, conc, n int, dur time.Duration) error {
	if err := loopback(target); err != nil {
		return err
	}
	if conc < 1 || n < 1 || conc > 1000 || n > 1_000_000 {
		return fmt.Errorf("-c must be 1..1000 and -n 1..1000000")
	}
	text, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	body, err := json.Marshal(map[string]string{"text": string(text)})
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conc}, Timeout: 30 * time.Second}

	var (
		next      atomic.Int64
		mu        sync.Mutex
		latencies []time.Duration
		statuses  = map[string]int{}
		wg        sync.WaitGroup
	)
	start := time.Now()
	for range conc {
		wg.Go(func() {
			for ctx.Err() == nil && next.Add(1) <= int64(n) {
				t0 := time.Now()
				status := post(ctx, client, target+endpoint, body)
				lat := time.Since(t0)
				mu.Lock()
				statuses[status]++
				if status == "200" {
					latencies = append(latencies, lat)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)

	total := 0
	for _, c := range statuses {
		total += c
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))]
	}
	fmt.Printf("endpoint      %s (%d-byte body, %d clients)\n", endpoint, len(body), conc)
	fmt.Printf("requests      %d in %.2fs: %v\n", total, elapsed.Seconds(), statuses)
	fmt.Printf("throughput    %.0f requests/s (200s only: %.0f/s)\n", float64(total)/elapsed.Seconds(), float64(len(latencies))/elapsed.Seconds())
	fmt.Printf("latency       p50 %s  p90 %s  p99 %s  max %s\n", pct(0.50).Round(time.Microsecond), pct(0.90).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), pct(1).Round(time.Microsecond))
	if len(latencies) == 0 {
		return fmt.Errorf("no request succeeded")
	}
	return nil
}

func post(ctx context.Context, client *http.Client, u string, body []byte) string {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return "error"
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return "stopped"
		}
		return "error"
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body) // reuse the connection
	return fmt.Sprint(resp.StatusCode)
}
