package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Meeting bodies: an organisation's councils and assemblies name the
// meetings of that organisation ("الدورة الـ44 للمجلس الأعلى لمجلس
// التعاون"، "المجلس الاقتصادي الأوراسي الأعلى"، "الدورة الـ78 للجمعية
// العامة"). The knowledge base says which organisation a body is part of;
// the body's English name says what level its meetings are:
//
//   - a supreme council, a council of heads of state or an assembly of
//     heads of state meets at summit level: its meeting is the parent
//     organisation's summit (format <org>-summit, convened under the
//     parent), unless the parent has a heads-of-state council format;
//   - a general assembly or another deliberative council (security
//     council, peace and security council, intergovernmental council)
//     convenes its own sessions: format <body slug>, convened under the
//     body;
//   - secretariats, commissions and committees are administrative: they
//     convene no meeting.

// summitBodyWords mark a body that meets at summit level.
var summitBodyWords = []string{"supreme", "heads of state", "summit"}

// sessionBodyWords mark a body that convenes its own sessions.
var sessionBodyWords = []string{"general assembly", "security council", "intergovernmental council", "council of the", "european council"}

// bodyRole classifies an organisation body: "summit", "session" or "" (not
// a meeting body, or not a body).
func (e *engine) bodyRole(id string) (role, parent string) {
	ent, ok := e.entity(id)
	if !ok || ent.Kind != "BODY" || ent.PartOf == "" || !strings.HasPrefix(ent.PartOf, "org:") {
		return "", ""
	}
	if strings.Contains(id, "heads-of-state") || strings.Contains(id, "foreign-ministers") || strings.Contains(id, "heads-of-government") {
		return "", "" // handled by the council formats
	}
	name := strings.ToLower(ent.Name)
	for _, w := range summitBodyWords {
		if strings.Contains(name, w) {
			return "summit", ent.PartOf
		}
	}
	if e.namesItsParent(name, ent.PartOf) {
		return "summit", ent.PartOf
	}
	for _, w := range sessionBodyWords {
		if strings.Contains(name, w) {
			return "session", ent.PartOf
		}
	}
	return "", ""
}

// namesItsParent reports whether a council body is named after the whole
// organisation it is part of ("CSTO Collective Security Council" of the
// Collective Security Treaty Organization): such a council is the
// organisation's own highest organ, which meets at summit level, unlike a
// council named for a narrower remit ("United Nations Security Council").
func (e *engine) namesItsParent(name, parent string) bool {
	pe, ok := e.entity(parent)
	if !ok || !strings.Contains(name, "council") {
		return false
	}
	pw := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(pe.Name)) {
		pw[w] = true
	}
	acr := strings.ToLower(strings.TrimPrefix(parent, "org:"))
	n := 0
	for _, w := range strings.Fields(name) {
		switch {
		case w == "council" || w == acr || w == "of" || w == "the":
		case pw[w]:
			n++
		default:
			return false
		}
	}
	return n > 0
}

// bodyFormat is the format of a meeting of a body (see above).
func (e *engine) bodyFormat(id string) (format, bool) {
	role, parent := e.bodyRole(id)
	switch role {
	case "summit":
		lbl := e.orgLabel(parent)
		return format{slug: orgSlug(parent) + "-summit", org: parent, kind: "SUMMIT", title: lbl + " summit"}, true
	case "session":
		return format{slug: orgSlug(id), org: id, kind: "MEETING", title: e.name(id) + " session"}, true
	}
	return format{}, false
}

// topicPlaceWords are the nouns of a topic phrase about a place ("الحرب
// في أوكرانيا"، "الوضع في غزة"، "وقف إطلاق النار في قطاع غزة"): a place
// they govern is what a meeting discusses, not where it is held.
var topicPlaceWords = set("الحرب", "حرب", "الوضع", "الأوضاع", "الأزمة", "أزمة", "النار", "الصراع", "النزاع",
	"العدوان", "التصعيد", "الاستقرار", "الأمن", "السلام", "التسوية", "الحل", "الأحداث", "التطورات", "القتال",
	"المعارك", "الهجمات", "الهجوم", "العمليات", "الاحتلال", "المجازر", "الكارثة", "الإنسانية", "المساعدات", "الفلسطينيين",
	"ترتكبه", "ترتكبها", "يجري", "تجري", "يحدث", "يدور", "الدائرة", "الدائر", "إعمار", "تهجير")

// topicLinkWords may stand between a topic noun and its place.
var topicLinkWords = set("في", "على", "ب", "قطاع", "مدينة", "إقليم", "منطقة", "شمال", "جنوب", "شرق", "غرب", "الروسية", "الأوكرانية")

// topicPlace reports whether the place mention at token k is governed by a
// topic noun: the few words before it are links ("في"، "على قطاع") back
// to a topic noun.
func topicPlace(a *sent, k int) bool {
	for x := k - 1; x >= 0 && x >= k-4; x-- {
		t := a.toks[x]
		if t.punct {
			return false
		}
		if t.has(topicPlaceWords) {
			return true
		}
		if t.ent >= 0 || !t.has(topicLinkWords) {
			return false
		}
	}
	return false
}

// attachedOrg returns the organisation syntactically attached to the
// meeting noun at anchor: the first entity after it when only ordinals,
// session and format words, adjectives of the session ("العادية"), other
// meeting nouns ("لمؤتمر القمة") and "أعمال" stand between.
func (e *engine) attachedOrg(a *sent, lo, hi, anchor int) string {
	for j := anchor + 1; j < hi && j <= anchor+6; j++ {
		t := a.toks[j]
		if en := a.entAt(j); en != nil {
			if en.label == graph.LabelOrganization && !en.quoted && !en.mod && e.meetingOrg(en.id) {
				return en.id
			}
			return ""
		}
		if t.punct || t.quoted {
			return ""
		}
		if isOrdinalWord(t) || t.has(sessionAdjectives) || isSessionNoun(t) || t.has(formatWords) {
			continue
		}
		if _, _, ok := meetingNounOf(t); ok {
			continue
		}
		return ""
	}
	return ""
}

// sessionAdjectives qualify a session ("الدورة العادية"، "الاستثنائية").
var sessionAdjectives = set("العادية", "الاستثنائية", "الطارئة", "العادي", "الاستثنائي", "الطارئ", "الحالية", "الحالي", "السنوية", "السنوي")
