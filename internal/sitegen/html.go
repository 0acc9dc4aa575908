package sitegen

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// The HTML the templates used to make from the guide data, made here once
// per language: every Markdown text rendered with the site's Markdown
// settings (hugo.toml: goldmark, no raw HTML, tables, no typographer or
// linkify), right-to-left isolation on right-to-left languages (what
// layouts/_partials/bidi.html does for hand-written pages), and each list
// of source references as the citation list every page shows. The page
// bodies (body*.go) are made of these (the HTML map of an entry), which are
// not written into the data file.

// markdown is goldmark with the settings of hugo.toml's [markup.goldmark].
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table))

// The patterns of layouts/_partials/bidi.html, which hand-written pages
// still go through: both must change together (TestBidiMatchesTemplate).
const (
	bidiRTLLetter = `[\x{0590}-\x{08FF}]`
	bidiLatinWord = `[A-Za-z\x{00C0}-\x{024F}](?:[A-Za-z\x{00C0}-\x{024F}0-9'’.\-]|&[a-z]+;|&#\d+;)*`
	bidiRange     = `(^|[^\w&#/.])(\d[\d.,:]*%?(?:[ \x{00A0}]?[–—\-][ \x{00A0}]?\d[\d.,:]*%?)+)`
)

var (
	reRTL   = regexp.MustCompile(bidiRTLLetter)
	reNext  = fmt.Sprintf(`(?:\(%s\)|%s|&amp;|\d+(?:[.,:\-–]\d+)*)`, bidiLatinWord, bidiLatinWord)
	reLatin = regexp.MustCompile(fmt.Sprintf(`(^|[^&#\w\x{00C0}-\x{024F}])(%s(?:[ \x{00A0}]%s){0,5})`, bidiLatinWord, reNext))
	reRange = regexp.MustCompile(bidiRange)
	reTag   = regexp.MustCompile(`(?s)^([^>]*>)(.*)$`)
	reCode  = regexp.MustCompile(`^<(code|pre)\b`)
	reCodeE = regexp.MustCompile(`^</(code|pre)>`)
)

// bidi isolates, in HTML with right-to-left letters, Latin names (<bdi
// class="latin">) and number ranges (<span class="ltr">), outside code;
// only text between tags is touched. Left-to-right HTML comes back as it is.
func bidi(s string) string {
	if !reRTL.MatchString(s) {
		return s
	}
	var b strings.Builder
	code := 0
	for i, part := range strings.Split(s, "<") {
		tag, text := "", part
		if i > 0 {
			if m := reTag.FindStringSubmatch(part); m != nil {
				tag, text = m[1], m[2]
			} else {
				tag, text = part, ""
			}
			tag = "<" + tag
		}
		if reCode.MatchString(tag) {
			code++
		} else if code > 0 && reCodeE.MatchString(tag) {
			code--
		}
		if code == 0 {
			text = reLatin.ReplaceAllString(text, `$1<bdi class="latin">$2</bdi>`)
			text = reRange.ReplaceAllString(text, `$1<span class="ltr">$2</span>`)
		}
		b.WriteString(tag)
		b.WriteString(text)
	}
	return b.String()
}

// htmlMaker makes the HTML of one language, each Markdown text once.
type htmlMaker struct {
	lang    string
	locale  string
	decimal string // the language's decimal separator
	rtl     bool
	// the source language's locale and direction, for texts shown untranslated
	srcLocale, srcDir string
	words             func(key string) (string, error)
	sources           map[string]sourceJSON
	md                map[string]string
	err               error
}

func newHTMLMaker(g *guide.Guide, l guide.Language, d langJSON, ui map[string]map[string]string) *htmlMaker {
	h := &htmlMaker{lang: l.Code, locale: l.Locale, decimal: l.Decimal, rtl: l.Direction == "rtl", sources: d.Sources, md: map[string]string{},
		words: func(key string) (string, error) { return title(ui, l.Code, key) }, srcLocale: l.Locale, srcDir: "ltr"}
	for _, x := range g.Languages {
		if x.Code == guide.SourceLang {
			h.srcLocale = x.Locale
			if x.Direction != "" {
				h.srcDir = x.Direction
			}
		}
	}
	return h
}

// t is an interface word, HTML-escaped; the first missing word is kept as
// the maker's error.
func (h *htmlMaker) t(key string) string {
	s, err := h.words(key)
	if err != nil && h.err == nil {
		h.err = err
	}
	return html.EscapeString(s)
}

// markdown renders a Markdown text as block HTML ("" for no text).
func (h *htmlMaker) markdown(text string) string {
	if text == "" {
		return ""
	}
	if out, ok := h.md[text]; ok {
		return out
	}
	var b bytes.Buffer
	if err := markdown.Convert([]byte(text), &b); err != nil && h.err == nil {
		h.err = err
	}
	out := b.String()
	if h.rtl {
		out = bidi(out)
	}
	h.md[text] = out
	return out
}

// plain is a one-line text (a question, a name) as HTML.
func (h *htmlMaker) plain(text string) string {
	out := html.EscapeString(text)
	if h.rtl {
		out = bidi(out)
	}
	return out
}

// evidenceKind is a source's kind as words: "funding application, draft".
func (h *htmlMaker) evidenceKind(typ, status string) string {
	if typ == "" {
		return ""
	}
	s := h.t("evidence_type_" + strings.ReplaceAll(typ, "-", "_"))
	if status == "draft" {
		s += ", " + h.t("evidence_status_draft")
	}
	return s
}

// sourceRef is one reference as every citation shows it: the source's
// title linked to the sources page, its kind, and the section's heading
// (or the section id where the source names none).
func (h *htmlMaker) sourceRef(ref guide.SourceRef) string {
	doc, sec, _ := strings.Cut(string(ref), "#")
	src, ok := h.sources[doc]
	ttl := doc
	if ok && src.Title != "" {
		ttl = src.Title
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<a href="/%s/sources/#%s"><bdi>%s</bdi></a>`, h.lang, html.EscapeString(doc), html.EscapeString(ttl))
	if src.Type != "" {
		fmt.Fprintf(&b, ` <span class="evidence-kind">(%s)</span>`, h.evidenceKind(src.Type, src.Status))
	}
	if sec != "" {
		if s, ok := src.Sections[sec]; ok && s.Heading != "" {
			// The heading in the page's language, with the heading as it
			// stands in the document as the title; or the document's own,
			// in its language.
			attr := ""
			if s.Original != "" {
				attr = fmt.Sprintf(` title="%s"`, html.EscapeString(s.Original))
			} else if src.Language != "" {
				attr = fmt.Sprintf(` lang="%s"`, html.EscapeString(src.Language))
			}
			fmt.Fprintf(&b, ` <span class="source-refs__section">§ <bdi%s>%s</bdi></span>`, attr, html.EscapeString(s.Heading))
		} else {
			fmt.Fprintf(&b, ` <span class="source-refs__section ltr">#%s</span>`, html.EscapeString(sec))
		}
	}
	return b.String()
}

// sourceList is the citation list under a fact ("" for no references).
func (h *htmlMaker) sourceList(refs []guide.SourceRef) string {
	if len(refs) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="source-refs"><span class="source-refs__label">%s</span><ul>`, h.t("sources_label"))
	for _, r := range refs {
		b.WriteString("<li>")
		b.WriteString(h.sourceRef(r))
		b.WriteString("</li>")
	}
	b.WriteString("</ul></div>")
	return b.String()
}

// set adds a non-empty piece of HTML under key.
func set(m map[string]string, key, value string) map[string]string {
	if value == "" {
		return m
	}
	if m == nil {
		m = map[string]string{}
	}
	m[key] = value
	return m
}

// addHTML fills the HTML map of every entry of d.
func addHTML(g *guide.Guide, l guide.Language, d *langJSON, ui map[string]map[string]string) error {
	h := newHTMLMaker(g, l, *d, ui)
	part := func(p partJSON) partJSON {
		p.HTML = set(p.HTML, "text", h.markdown(p.Text))
		p.HTML = set(p.HTML, "open", h.markdown(p.Open))
		p.HTML = set(p.HTML, "sources", h.sourceList(p.Sources))
		return p
	}
	for id, x := range d.Bands {
		x.HTML = set(x.HTML, "description", h.markdown(x.Description))
		d.Bands[id] = x
	}
	for id, x := range d.Sources {
		x.HTML = set(x.HTML, "description", h.markdown(x.Description))
		d.Sources[id] = x
	}
	for id, x := range d.Models {
		x.HTML = set(x.HTML, "name", h.plain(x.Name))
		x.HTML = set(x.HTML, "summary", h.markdown(x.Summary))
		x.HTML = set(x.HTML, "sources", h.sourceList(x.Sources))
		for k, p := range x.Sections {
			x.Sections[k] = part(p)
		}
		for k, p := range x.Compare {
			x.Compare[k] = part(p)
		}
		d.Models[id] = x
	}
	compareNotes(d, h)
	for id, x := range d.Blocks {
		x.HTML = set(x.HTML, "description", h.markdown(x.Description))
		x.HTML = set(x.HTML, "open", h.markdown(x.Open))
		x.HTML = set(x.HTML, "sources", h.sourceList(x.Sources))
		d.Blocks[id] = x
	}
	for id, x := range d.Criteria {
		x.HTML = set(x.HTML, "question", h.plain(x.Question))
		x.HTML = set(x.HTML, "why", h.markdown(x.Why))
		x.HTML = set(x.HTML, "good_enough", h.markdown(x.GoodEnough))
		x.HTML = set(x.HTML, "better", h.markdown(x.Better))
		x.HTML = set(x.HTML, "open", h.markdown(x.Open))
		x.HTML = set(x.HTML, "adapt", h.markdown(x.Adapt))
		x.HTML = set(x.HTML, "sources", h.sourceList(x.Sources))
		d.Criteria[id] = x
	}
	for id, x := range d.Recommendations {
		x.HTML = set(x.HTML, "body", h.markdown(x.Body))
		x.HTML = set(x.HTML, "sources", h.sourceList(x.Sources))
		d.Recommendations[id] = x
	}
	for id, x := range d.Methods {
		x.HTML = set(x.HTML, "summary", h.markdown(x.Summary))
		x.HTML = set(x.HTML, "sources", h.sourceList(x.Sources))
		x.HTML = set(x.HTML, "diagram", h.diagram(x))
		for i, s := range x.Steps {
			s.HTML = set(s.HTML, "description", h.markdown(s.Description))
			x.Steps[i] = s
		}
		d.Methods[id] = x
	}
	for id, x := range d.Measures {
		x.HTML = set(x.HTML, "description", h.markdown(x.Description))
		x.HTML = set(x.HTML, "open", h.markdown(x.Open))
		x.HTML = set(x.HTML, "sources", h.sourceList(x.Sources))
		d.Measures[id] = x
	}
	for id, x := range d.Terms {
		x.HTML = set(x.HTML, "definition", h.markdown(x.Definition))
		x.HTML = set(x.HTML, "sources", h.sourceList(x.Sources))
		d.Terms[id] = x
	}
	// Whole pieces of page, from the pieces above (view.go).
	for id, x := range d.Criteria {
		x.HTML = set(x.HTML, "section", h.criterionSection(d, x))
		x.HTML = set(x.HTML, "pack_item", h.packItem(d, x))
		d.Criteria[id] = x
	}
	for id, x := range d.Blocks {
		x.HTML = set(x.HTML, "head", h.blockHead(x))
		x.HTML = set(x.HTML, "prompts", h.blockPrompts(x))
		d.Blocks[id] = x
	}
	for _, m := range d.Models {
		for k, p := range m.Sections {
			p.HTML = set(p.HTML, "body", h.partBody(p))
			m.Sections[k] = p
		}
	}
	for id, x := range d.Measures {
		x.HTML = set(x.HTML, "section", h.measureSection(x))
		d.Measures[id] = x
	}
	for id, x := range d.Recommendations {
		x.HTML = set(x.HTML, "section", h.recSection(d, x))
		d.Recommendations[id] = x
	}
	for id, x := range d.Terms {
		x.HTML = set(x.HTML, "glossary", h.glossaryEntry(x))
		x.HTML = set(x.HTML, "pack", h.packTerm(x))
		d.Terms[id] = x
	}
	d.Order.Terms = termOrder(d.Terms, h.lang)
	return h.err
}

// compareNotes numbers the comparison page's sources: each reference once,
// in reading order (row by row, the models in order), and gives every cell
// the numbers of its references.
func compareNotes(d *langJSON, h *htmlMaker) {
	num := map[guide.SourceRef]int{}
	d.CompareNotes = compareNotesJSON{Refs: []guide.SourceRef{}, HTML: []string{}}
	var rows []string
	for _, id := range d.Order.Models {
		rows = d.Models[id].CompareOrder
		break
	}
	for _, key := range rows {
		for _, id := range d.Order.Models {
			cell, ok := d.Models[id].Compare[key]
			if !ok {
				continue
			}
			cell.Notes = nil
			for _, r := range cell.Sources {
				if num[r] == 0 {
					d.CompareNotes.Refs = append(d.CompareNotes.Refs, r)
					d.CompareNotes.HTML = append(d.CompareNotes.HTML, h.sourceRef(r))
					num[r] = len(d.CompareNotes.Refs)
				}
				cell.Notes = append(cell.Notes, num[r])
			}
			d.Models[id].Compare[key] = cell
		}
	}
}
