package warc_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/vntext/vntext/warc"
)

func ExampleReader() {
	page := "<html><body><p>Đại Nội mở cửa miễn phí.</p></body></html>"
	http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(page)) + page
	archive := "WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-02-11T08:00:00Z\r\n" +
		"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nContent-Length: 0\r\n\r\n\r\n\r\n" +
		"WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2024-02-11T08:00:05Z\r\n" +
		"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\n" +
		"WARC-Target-URI: https://example.vn/hue.html\r\nContent-Type: application/http; msgtype=response\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(http)) + http + "\r\n\r\n"
	r, err := warc.NewReader(strings.NewReader(archive))
	if err != nil {
		panic(err)
	}
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			panic(err)
		}
		fmt.Println(rec.TargetURI, rec.Date.Format("2006-01-02T15:04:05Z07:00"), len(rec.Body))
	}
	fmt.Println(r.Stats().Pages, r.Stats().Skipped)
	// Output:
	// https://example.vn/hue.html 2024-02-11T08:00:05Z 69
	// 1 map[warcinfo:1]
}
