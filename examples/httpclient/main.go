// HTTP client: send an article to a running "vntext serve" and print what
// came back.
//
//	go run ./cmd/vntext serve &                 # in another terminal
//	go run ./examples/httpclient                # the built-in article
//	go run ./examples/httpclient article.txt    # your own
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"time"
)

// result is the part of /v1/analyze's answer this client prints.
type result struct {
	Summary struct {
		Sentences []struct {
			Text string `json:"text"`
		} `json:"sentences"`
	} `json:"summary"`
	Officials []struct {
		Name  string   `json:"name"`
		Roles []string `json:"roles"`
	} `json:"officials"`
	Entities []struct {
		Type  string `json:"type"`
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	} `json:"entities"`
	Keywords []struct {
		Normalized string `json:"normalized"` // the form to show; "text" is the article's own bytes
	} `json:"keywords"`
}

const article = `Sáng 12/3/2024, UBND tỉnh Hà Giang tổ chức hội nghị sơ kết Chương trình mục tiêu quốc gia nước sạch vùng cao. ` +
	`Chủ tịch UBND tỉnh Hà Giang Trần Minh Khôi cho biết 68 xã của tỉnh đã đạt chuẩn nông thôn mới.`

func main() {
	addr := flag.String("addr", "http://127.0.0.1:8080", "where vntext serve listens")
	flag.Parse()
	text := article
	if flag.NArg() > 0 {
		b, err := os.ReadFile(flag.Arg(0))
		if err != nil {
			log.Fatal(err)
		}
		text = string(b)
	}

	body, err := json.Marshal(map[string]string{"text": text})
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, *addr+"/v1/analyze", bytes.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatalf("%v\n(is the service running? start it with: go run ./cmd/vntext serve)", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		log.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		// Errors come back as {"error": "...", "status": N}.
		log.Fatalf("%s: %s", resp.Status, raw)
	}
	var res result
	if err := json.Unmarshal(raw, &res); err != nil {
		log.Fatal(err)
	}

	fmt.Println("Summary:")
	for _, s := range res.Summary.Sentences {
		fmt.Println("  " + s.Text)
	}
	fmt.Println("Officials:")
	for _, o := range res.Officials {
		fmt.Printf("  %s — %v\n", o.Name, o.Roles)
	}
	fmt.Println("Entities:")
	for _, e := range res.Entities {
		// Byte offsets into the text as sent; e.Text is the normalized form.
		fmt.Printf("  %-12s %s\n", e.Type, text[e.Start:e.End])
	}
	fmt.Print("Keywords:")
	for _, k := range res.Keywords {
		fmt.Print(" " + k.Normalized)
	}
	fmt.Println()
}
