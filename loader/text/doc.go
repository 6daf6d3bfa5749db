// Package text is the front end of diplograph's loader: it reads an
// article file into a Document (validated, NFC-normalised UTF-8 with HTML
// stripped), folds Arabic text into matching keys (Fold, FoldMap), splits a
// document into paragraphs and sentences (Segment), strips Arabic
// proclitics (StripClitics) and recognises date expressions (Dateline,
// FindDates, FindPeriods).
//
// All offsets in this package are rune offsets (not byte offsets), end
// exclusive, because MODEL.md stores Sentence start/end as rune offsets in
// the article.
package text
