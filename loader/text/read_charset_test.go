package text

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// cp1256 encodes s in windows-1256, as older Arabic news sites serve pages.
func cp1256(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode windows-1256: %v", err)
	}
	return b
}

// page is an Arabic news page whose head holds meta (a charset
// declaration or nothing).
func page(meta string) string {
	return "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>" + meta +
		"<title>قمة أستانا</title></head>\n<body><h1>بوتين يلتقي أردوغان في أستانا</h1>\n" +
		"<p>التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في أستانا يوم الخميس 13 أكتوبر 2022.</p>\n" +
		"<p>وبحث الرئيسان العلاقات الثنائية.</p></body></html>\n"
}

const (
	pageRaw = "بوتين يلتقي أردوغان في أستانا\n\n" +
		"التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في أستانا يوم الخميس 13 أكتوبر 2022.\n\n" +
		"وبحث الرئيسان العلاقات الثنائية."
	pageTitle = "بوتين يلتقي أردوغان في أستانا"
)

// TestReadHTMLDeclaredCharset: a windows-1256 page that declares its
// charset (meta charset, or http-equiv Content-Type, under any WHATWG
// label of windows-1256) reads as the same page in UTF-8 does.
func TestReadHTMLDeclaredCharset(t *testing.T) {
	utf8Doc, err := Read("utf8.html", []byte(page(`<meta charset="utf-8">`)))
	if err != nil {
		t.Fatal(err)
	}
	if utf8Doc.Raw != pageRaw || utf8Doc.Title != pageTitle {
		t.Fatalf("UTF-8 page read as %q / %q, want %q / %q", utf8Doc.Raw, utf8Doc.Title, pageRaw, pageTitle)
	}
	for _, meta := range []string{
		`<meta charset="windows-1256">`,
		`<META CHARSET=Windows-1256 />`,
		`<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`,
		`<meta content='text/html;charset="cp1256"' http-equiv='content-type'>`,
		// declared after a script that names another charset in its text
		`<script>var s = '<meta charset="utf-8">';</script><meta charset="x-cp1256">`,
	} {
		data := cp1256(t, page(meta))
		if invalidUTF8(data) < 0 {
			t.Fatalf("%s: the windows-1256 fixture is valid UTF-8; it tests nothing", meta)
		}
		doc, err := Read("cp1256.html", data)
		if err != nil {
			t.Errorf("%s: %v", meta, err)
			continue
		}
		if doc.Raw != pageRaw || doc.Title != pageTitle || doc.Format != FormatHTML {
			t.Errorf("%s: read %q / %q (%s), want %q / %q (html)", meta, doc.Raw, doc.Title, doc.Format, pageRaw, pageTitle)
		}
	}
}

// TestReadInvalidUTF8Errors: what cannot be decoded is still refused with
// ErrInvalidUTF8, and the message says why.
func TestReadInvalidUTF8Errors(t *testing.T) {
	noDecl := cp1256(t, page(""))
	off := invalidUTF8(noDecl)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"PlainText", cp1256(t, "قمة أستانا\n\nاجتمع القادة اليوم."), "invalid UTF-8 at byte offset 0"},
		{"TextDeclaringCharset", append(cp1256(t, "قمة أستانا "), []byte("charset=windows-1256")...), "invalid UTF-8 at byte offset 0"},
		{"HTMLWithoutDeclaration", noDecl, "invalid UTF-8 at byte offset " + itoa(off) + " (an HTML page that declares no charset: save it as UTF-8 or add <meta charset=\"…\">)"},
		{"HTMLDeclaringUTF8", cp1256(t, page(`<meta charset="utf-8">`)), "invalid UTF-8 at byte offset " + itoa(off+22) + ` (the page declares charset "utf-8" but is not valid UTF-8)`},
		{"HTMLDeclaringUTF16", cp1256(t, page(`<meta charset="utf-16">`)), `(the page declares charset "utf-16" but is not valid UTF-8)`},
		{"UnknownCharset", cp1256(t, page(`<meta charset="arabic-7bit">`)), `(the page declares charset "arabic-7bit", which is not a known charset)`},
		// 0xA1 is not defined in ISO 8859-6.
		{"BytesUndefinedInDeclared", []byte("<html><head><meta charset=\"iso-8859-6\"></head><body><p>\xa1\xc7</p></body></html>"),
			`invalid UTF-8 at byte offset 55, and not valid iso-8859-6 either, the charset the page declares ("iso-8859-6"): bytes it does not define`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(c.name, c.data)
			if !errors.Is(err, ErrInvalidUTF8) {
				t.Fatalf("Read = %v, want ErrInvalidUTF8", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not say %q", err, c.want)
			}
		})
	}
}

// TestReadUTF8PageDeclaringOtherCharset: valid UTF-8 is read as UTF-8 even
// when the page (wrongly) declares windows-1256.
func TestReadUTF8PageDeclaringOtherCharset(t *testing.T) {
	doc, err := Read("mislabelled.html", []byte(page(`<meta charset="windows-1256">`)))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Raw != pageRaw {
		t.Errorf("read %q, want %q", doc.Raw, pageRaw)
	}
}

func TestCharsetParam(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=windows-1256":     "windows-1256",
		"text/html;charset = 'CP1256' ; x=y":  "cp1256",
		`text/html; charset="iso-8859-6"`:     "iso-8859-6",
		"text/html; charsetx; charset=koi8-r": "koi8-r",
		"text/html":                           "",
		`text/html; charset="unterminated`:    "",
	} {
		if got := charsetParam(in); got != want {
			t.Errorf("charsetParam(%q) = %q, want %q", in, got, want)
		}
	}
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}
