package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Slug turns an English name into the id slug of MODEL.md: lower case ASCII
// letters and digits, words joined by "-", accents removed
// ("Kassym-Jomart Tokayev" → "kassym-jomart-tokayev", "São Tomé" →
// "sao-tome"). It returns "" when nothing is left.
func Slug(name string) string {
	t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(t, name)
	if err != nil {
		s = name
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// StateID returns "state:" + the ISO 3166-1 alpha-3 code in upper case.
func StateID(iso3 string) string { return "state:" + strings.ToUpper(iso3) }

// PersonID returns "person:" + Slug(englishName).
func PersonID(englishName string) string { return "person:" + Slug(englishName) }

// OrgID returns "org:" + Slug(short), where short is an acronym or short name.
func OrgID(short string) string { return "org:" + Slug(short) }

// PlaceID returns "place:" + Slug(englishName).
func PlaceID(englishName string) string { return "place:" + Slug(englishName) }

// MeetingID returns "meeting:DATE:FORMAT:PLACE", e.g.
// "meeting:2022-10-14:cis-heads-of-state:astana"; formatSlug and placeSlug
// are slugged again for safety.
func MeetingID(d Date, formatSlug, placeSlug string) string {
	return "meeting:" + d.String() + ":" + Slug(formatSlug) + ":" + Slug(placeSlug)
}

// InitiativeID returns "initiative:ORG:SLUG", e.g.
// "initiative:cis:human-rights-commission".
func InitiativeID(orgSlug, slug string) string {
	return "initiative:" + Slug(orgSlug) + ":" + Slug(slug)
}

// ChairmanshipID returns "chairmanship:ORG:PERIOD", e.g. "chairmanship:cis:2023";
// period is a year or "2024-2026".
func ChairmanshipID(orgSlug, period string) string {
	return "chairmanship:" + Slug(orgSlug) + ":" + period
}

// ArticleID returns "article:" + the first 16 hex digits of the SHA-256 of
// normalisedText, and the full hex digest (the Article's sha256 property).
func ArticleID(normalisedText string) (id, sha string) {
	sum := sha256.Sum256([]byte(normalisedText))
	sha = hex.EncodeToString(sum[:])
	return "article:" + sha[:16], sha
}

// SentenceID returns articleID + ":s" + index.
func SentenceID(articleID string, index int) string {
	return articleID + ":s" + strconv.Itoa(index)
}
