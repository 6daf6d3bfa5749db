package text

import (
	"errors"
	"testing"

	utf16 "golang.org/x/text/encoding/unicode"
)

// TestReadUTF16 reads the same Arabic text saved as UTF-16 (both byte
// orders, with a byte-order mark, as Windows editors write it) and as
// UTF-8: the documents are equal. A UTF-16 file cut in the middle of a
// code unit is an error, not a silent loss.
func TestReadUTF16(t *testing.T) {
	const src = "قمة في أستانا\n\nاجتمع القادة اليوم."
	want, err := Read("a.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, order := range []utf16.Endianness{utf16.LittleEndian, utf16.BigEndian} {
		enc, err := utf16.UTF16(order, utf16.UseBOM).NewEncoder().Bytes([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		got, err := Read("a.txt", enc)
		if err != nil {
			t.Fatalf("byte order %v: %v", order, err)
		}
		if got.Raw != want.Raw || got.Title != want.Title {
			t.Errorf("byte order %v: read %q / %q, want %q / %q", order, got.Raw, got.Title, want.Raw, want.Title)
		}
		if _, err := Read("cut.txt", enc[:len(enc)-1]); !errors.Is(err, ErrInvalidUTF8) {
			t.Errorf("byte order %v: truncated UTF-16 gave %v, want ErrInvalidUTF8", order, err)
		}
	}
}
