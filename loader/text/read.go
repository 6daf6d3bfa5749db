package text

import (
	"bytes"
	"errors"
	"fmt"
	utf16 "golang.org/x/text/encoding/unicode"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
)

// Errors returned by Read. Callers wrap them with the file name
// (fmt.Errorf("%s: %w", name, err)); test with errors.Is.
var (
	// ErrEmpty: the file holds no text (empty, only white space, or HTML
	// without any text).
	ErrEmpty = errors.New("empty document")
	// ErrBinary: the file holds NUL bytes or is mostly control characters.
	ErrBinary = errors.New("binary data, not text")
	// ErrInvalidUTF8: the file is not valid UTF-8; the wrapping message
	// gives the byte offset of the first bad sequence.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrTooLarge: the file is larger than MaxBytes.
	ErrTooLarge = errors.New("document too large")
)

// MaxBytes is the largest file Read accepts, in bytes (8 MiB).
const MaxBytes = 8 << 20

// Formats of a Document.
const (
	FormatText = "text"
	FormatHTML = "html"
)

// Document is one article as read from a file.
type Document struct {
	// Name is the file name as given to Read.
	Name string
	// Raw is the article text: valid UTF-8, NFC-normalised, line breaks
	// as "\n" (CRLF and CR converted), a leading byte-order mark removed;
	// for HTML input the text content with block elements turned into
	// paragraph breaks ("\n\n") and <br> into "\n". All rune offsets of
	// the loader (sentences, mentions, dates) refer to Raw.
	Raw string
	// Title is the headline: for HTML the first <h1> (else <title>), for
	// text the first substantive line (short lines such as "Ru En", and
	// lines that are only a date, are skipped). It may be "".
	Title string
	// Format is FormatText ("text") or FormatHTML ("html").
	Format string
}

// Read validates and decodes the content of an article file named name.
// UTF-8 (with or without a byte-order mark) is read as is; UTF-16 with a
// byte-order mark (as Windows editors save "Unicode" text) is converted to
// UTF-8 with golang.org/x/text/encoding/unicode. An HTML page that is not
// valid UTF-8 is decoded from the charset it declares in its first 4 KiB
// (<meta charset="windows-1256"> or <meta http-equiv="Content-Type"
// content="text/html; charset=windows-1256">, labels as WHATWG defines
// them, looked up with golang.org/x/net/html/charset); valid UTF-8 is
// always read as UTF-8, whatever the page declares. Errors, checked in
// this order: len(data) > MaxBytes → ErrTooLarge; NUL bytes, or more than
// 10% control characters → ErrBinary; invalid UTF-8 → ErrInvalidUTF8 (the
// message gives the byte offset and, for HTML, what the page declares:
// no charset, UTF-8, an unknown charset, or a charset the bytes are not
// valid in either); nothing but white space → ErrEmpty. HTML is recognised by content (a leading <!doctype
// html>, <html, <head, <body, <p, <div, <article, <br, <h1 ...) and parsed
// with golang.org/x/net/html, dropping script, style, noscript, template,
// svg and head content.
func Read(name string, data []byte) (Document, error) {
	doc := Document{Name: name, Format: FormatText}
	if len(data) > MaxBytes {
		return doc, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), MaxBytes)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if u, ok, err := fromUTF16(data); ok {
		if err != nil {
			return doc, fmt.Errorf("%w: UTF-16 text that does not decode: %v", ErrInvalidUTF8, err)
		}
		data = u
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return doc, fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if off := invalidUTF8(data); off >= 0 {
		if !looksHTML(string(data)) {
			return doc, fmt.Errorf("%w at byte offset %d", ErrInvalidUTF8, off)
		}
		u, err := decodeDeclared(data, off)
		if err != nil {
			return doc, err
		}
		data = u
	}
	s := string(data)
	if isBinary(s) {
		return doc, fmt.Errorf("%w: mostly control characters", ErrBinary)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if looksHTML(s) {
		doc.Format = FormatHTML
		text, title, err := htmlText(s)
		if err != nil {
			return doc, fmt.Errorf("parse html: %w", err)
		}
		s = text
		doc.Title = norm.NFC.String(title)
	}
	s = norm.NFC.String(s)
	if strings.TrimFunc(s, isSpaceOrFormat) == "" {
		return doc, ErrEmpty
	}
	doc.Raw = s
	if doc.Title == "" {
		doc.Title = headline(s)
	}
	return doc, nil
}

// charsetScan is how much of an HTML page decodeDeclared searches for a
// charset declaration (the HTML standard's prescan reads 1024 bytes; pages
// with a long head declare it later, and browsers still honour it).
const charsetScan = 4096

// decodeDeclared converts HTML data that is not valid UTF-8 (the first bad
// byte at offset off) to UTF-8 from the charset the page declares. Errors
// wrap ErrInvalidUTF8 and say what the page declares: nothing, UTF-8 (or
// UTF-16, which a page without a byte-order mark cannot be and the HTML
// standard reads as UTF-8), a label that names no known charset, or a
// charset in which data does not decode either.
func decodeDeclared(data []byte, off int) ([]byte, error) {
	label := declaredCharset(data)
	if label == "" {
		return nil, fmt.Errorf("%w at byte offset %d (an HTML page that declares no charset: save it as UTF-8 or add <meta charset=\"…\">)", ErrInvalidUTF8, off)
	}
	enc, name := charset.Lookup(label)
	switch {
	case enc == nil:
		return nil, fmt.Errorf("%w at byte offset %d (the page declares charset %q, which is not a known charset)", ErrInvalidUTF8, off, label)
	case name == "utf-8" || strings.HasPrefix(name, "utf-16"):
		return nil, fmt.Errorf("%w at byte offset %d (the page declares charset %q but is not valid UTF-8)", ErrInvalidUTF8, off, label)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err == nil && bytes.ContainsRune(out, utf8.RuneError) {
		// Decoders replace bytes the charset does not define; refuse
		// rather than lose text (data is not UTF-8, so it held no U+FFFD).
		err = errors.New("bytes it does not define")
	}
	if err != nil {
		return nil, fmt.Errorf("%w at byte offset %d, and not valid %s either, the charset the page declares (%q): %v", ErrInvalidUTF8, off, name, label, err)
	}
	return out, nil
}

// declaredCharset returns the charset label an HTML page declares in a
// <meta charset> or <meta http-equiv="Content-Type" content="…;
// charset=…"> element within its first charsetScan bytes, before <body>;
// "" when it declares none.
func declaredCharset(data []byte) string {
	if len(data) > charsetScan {
		data = data[:charsetScan]
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return ""
			case atom.Meta:
			default:
				continue
			}
			var cs, httpEquiv, content string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = strings.TrimSpace(string(v))
				case "http-equiv":
					httpEquiv = strings.ToLower(strings.TrimSpace(string(v)))
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return cs
			}
			if httpEquiv == "content-type" {
				if cs := charsetParam(content); cs != "" {
					return cs
				}
			}
		}
	}
}

// charsetParam returns the charset parameter of a Content-Type value
// ("text/html; charset=windows-1256" → "windows-1256"), as the HTML
// standard extracts it from a meta element: "charset", optional spaces,
// "=", then a quoted value or one up to ";" or a space.
func charsetParam(contentType string) string {
	s := strings.ToLower(contentType)
	for {
		i := strings.Index(s, "charset")
		if i < 0 {
			return ""
		}
		s = strings.TrimLeft(s[i+len("charset"):], " \t\n\f\r")
		if !strings.HasPrefix(s, "=") {
			continue
		}
		s = strings.TrimLeft(s[1:], " \t\n\f\r")
		if s == "" {
			return ""
		}
		if q := s[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(s[1:], q)
			if end < 0 {
				return ""
			}
			return s[1 : 1+end]
		}
		if end := strings.IndexAny(s, "; \t\n\f\r"); end >= 0 {
			return s[:end]
		}
		return s
	}
}

// invalidUTF8 returns the byte offset of the first invalid UTF-8 sequence
// of b, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// isBinary reports whether more than 10% of the runes of s are control
// characters other than tab, line feed, carriage return and form feed.
func isBinary(s string) bool {
	ctl, n := 0, 0
	for _, r := range s {
		n++
		if unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' && r != '\f' {
			ctl++
		}
	}
	return n > 0 && ctl*10 > n
}

func isSpaceOrFormat(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }

var htmlMarkers = []string{"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<br", "<h1", "<h2", "<span", "<section", "<meta "}

// looksHTML reports whether s looks like an HTML document or fragment,
// judging by its first 4 KiB.
func looksHTML(s string) bool {
	head := s
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = strings.ToLower(head)
	for _, m := range htmlMarkers {
		if strings.Contains(head, m) {
			return true
		}
	}
	return false
}

var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Dd: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Tr: true,
	atom.Ul: true, atom.Td: true, atom.Th: true, atom.Caption: true, atom.Body: true,
}

var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Head: true, atom.Iframe: true, atom.Object: true,
}

// htmlText returns the text content of an HTML document: block elements
// become paragraph breaks, <br> a line break, runs of white space inside
// text one space; and the headline (first <h1>, else <title>).
func htmlText(src string) (text, title string, err error) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", "", err
	}
	var b strings.Builder
	var h1, ttl string
	pendingBreak := 0 // 1: line break, 2: paragraph break
	brk := func(n int) {
		if b.Len() > 0 && n > pendingBreak {
			pendingBreak = n
		}
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			t := n.Data
			if !pre {
				t = collapseSpace(t)
			}
			if strings.TrimSpace(t) == "" && !pre {
				if b.Len() > 0 && pendingBreak == 0 && t != "" {
					pendingBreak = -1 // a space
				}
				return
			}
			switch pendingBreak {
			case -1:
				b.WriteByte(' ')
			case 1:
				b.WriteString("\n")
			case 2:
				b.WriteString("\n\n")
			}
			pendingBreak = 0
			if b.Len() == 0 || strings.HasSuffix(b.String(), "\n") {
				t = strings.TrimLeft(t, " ")
			}
			b.WriteString(t)
			return
		case html.ElementNode:
			if n.DataAtom == atom.Title && ttl == "" {
				ttl = strings.TrimSpace(collapseSpace(nodeText(n)))
			}
			if skipAtoms[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.H1 && h1 == "" {
				h1 = strings.TrimSpace(collapseSpace(nodeText(n)))
			}
			if n.DataAtom == atom.Br {
				if pendingBreak < 1 {
					pendingBreak = 1
				}
				return
			}
			if n.DataAtom == atom.Pre {
				pre = true
			}
		}
		block := n.Type == html.ElementNode && blockAtoms[n.DataAtom]
		if block {
			brk(2)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
		if block {
			brk(2)
		}
	}
	walk(root, false)
	// Trim trailing blanks at line ends.
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	text = strings.Join(lines, "\n")
	if h1 != "" {
		title = h1
	} else {
		title = ttl
	}
	return text, title, nil
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// collapseSpace replaces every run of white space (including NBSP and
// line breaks) with one ASCII space, as HTML rendering does.
func collapseSpace(s string) string {
	var b strings.Builder
	sp := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !sp {
				b.WriteByte(' ')
			}
			sp = true
			continue
		}
		sp = false
		b.WriteRune(r)
	}
	return b.String()
}

// headline returns the first substantive line of s: a line with at least
// three words, or at least 12 letters, that is not only a date.
func headline(s string) string {
	for i, line := range strings.Split(s, "\n") {
		if i > 40 {
			break
		}
		l := strings.TrimFunc(line, isSpaceOrFormat)
		if l == "" {
			continue
		}
		letters, words := 0, len(strings.Fields(l))
		for _, r := range l {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if words < 3 && letters < 12 {
			continue
		}
		if isDateLine(l) {
			continue
		}
		return l
	}
	return ""
}

// isDateLine reports whether line is nothing but a date expression (and
// punctuation or weekday names).
func isDateLine(line string) bool {
	ds := FindDates(line, graphZero)
	if len(ds) == 0 {
		return false
	}
	covered := 0
	for _, d := range ds {
		covered += d.End - d.Start
	}
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters++
		}
	}
	return covered*10 >= utf8.RuneCountInString(line)*7 || letters < 4
}

// fromUTF16 converts data to UTF-8 when it starts with a UTF-16 byte-order
// mark (ok is then true); other data is left alone.
func fromUTF16(data []byte) (out []byte, ok bool, err error) {
	if len(data) < 2 || !(data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff) {
		return nil, false, nil
	}
	if len(data)%2 != 0 {
		return nil, true, fmt.Errorf("odd length %d", len(data))
	}
	dec := utf16.UTF16(utf16.LittleEndian, utf16.ExpectBOM).NewDecoder()
	out, err = dec.Bytes(data)
	if err == nil && bytes.ContainsRune(out, '\uFFFD') {
		// The decoder replaces unpaired surrogates; refuse rather than lose text.
		err = errors.New("unpaired surrogate")
	}
	return out, true, err
}
