package main

import "testing"

func TestLoopbackOnly(t *testing.T) {
	for u, ok := range map[string]bool{
		"http://127.0.0.1:8080":   true,
		"http://127.9.9.9":        true,
		"http://localhost:80":     true,
		"http://[::1]:8080":       true,
		"http://10.0.0.1:8080":    false,
		"http://192.168.1.2":      false,
		"http://example.com":      false,
		"http://0.0.0.0:8080":     false,
		"http://127.0.0.1.nip.io": false,
	} {
		if err := loopback(u); (err == nil) != ok {
			t.Errorf("loopback(%q) = %v, want ok=%v", u, err, ok)
		}
	}
	if err := run("http://10.1.2.3:80", "/v1/analyze", "x", 1, 1, 0); err == nil {
		t.Error("run accepted a non-loopback address")
	}
}
