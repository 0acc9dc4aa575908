package proposal

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/wrap"
)

// templateText holds the template's comments in each language, written
// natively; every language has the same keys (a test checks).
var templateText = map[string]map[string]string{
	"en": {
		"head":     "Readiness self-check: a proposed local project replicating %s.",
		"how":      "Answer every criterion below, then run: exitguide check FILE",
		"statuses": "status: in-place | partly | planned (with owner and due) | not-started | not-applicable (only where allowed, with reason)",
		"fields":   "For each answer, evidence: says what shows it; notes: anything else.",
		"locality": "The place the project is for (municipality, borough, region).",
		"orgs":     "The organisations proposing the project, the lead first.",
		"date":     "The day of this assessment, YYYY-MM-DD.",
		"assessed": "Who made this assessment (names, roles or a working group).",
		"language": "The language of the report: en, da, sl or he.",
		"core":     "Common core (any replication)",
		"must":     "MUST-HAVE: without it the band is capped.",
		"na":       "not-applicable is allowed here, with a reason.",
		"weight":   "Weight %d of 3.",
		"good":     "In place means at least: %s",
	},
	"da": {
		"head":     "Parathedstjek: et lokalt projekt, der gentager %s.",
		"how":      "Besvar hvert kriterium nedenfor, og kør derefter: exitguide check FIL",
		"statuses": "status: in-place (på plads) | partly (delvist) | planned (planlagt, med owner og due) | not-started (ikke påbegyndt) | not-applicable (kun hvor tilladt, med reason)",
		"fields":   "Skriv ved hvert svar under evidence:, hvad der viser det, og under notes: alt andet.",
		"locality": "Stedet, projektet er for (kommune, bydel, region).",
		"orgs":     "Organisationerne bag projektet, den ansvarlige først.",
		"date":     "Datoen for denne vurdering, ÅÅÅÅ-MM-DD.",
		"assessed": "Hvem der har lavet vurderingen (navne, funktioner eller en arbejdsgruppe).",
		"language": "Rapportens sprog: en, da, sl eller he.",
		"core":     "Fælles kerne (enhver gentagelse)",
		"must":     "MUST-HAVE: uden det begrænses niveauet.",
		"na":       "not-applicable er tilladt her, med en begrundelse.",
		"weight":   "Vægt %d af 3.",
		"good":     "På plads betyder mindst: %s",
	},
	"sl": {
		"head":     "Samopreverjanje pripravljenosti: lokalni projekt, ki prenaša %s.",
		"how":      "Odgovorite na vsako merilo spodaj in nato zaženite: exitguide check DATOTEKA",
		"statuses": "status: in-place (vzpostavljeno) | partly (delno) | planned (načrtovano, z owner in due) | not-started (ni začeto) | not-applicable (le kjer je dovoljeno, z reason)",
		"fields":   "Pri vsakem odgovoru v evidence: zapišite, kaj to dokazuje, v notes: pa vse drugo.",
		"locality": "Kraj, za katerega je projekt (občina, mestna četrt, regija).",
		"orgs":     "Organizacije, ki predlagajo projekt, nosilka najprej.",
		"date":     "Datum te ocene, LLLL-MM-DD.",
		"assessed": "Kdo je pripravil oceno (imena, vloge ali delovna skupina).",
		"language": "Jezik poročila: en, da, sl ali he.",
		"core":     "Skupno jedro (vsak prenos modela)",
		"must":     "NUJNO: brez tega je raven omejena.",
		"na":       "not-applicable je tu dovoljen, z utemeljitvijo.",
		"weight":   "Utež %d od 3.",
		"good":     "Vzpostavljeno pomeni vsaj: %s",
	},
	"he": {
		"head":     "בדיקה עצמית של מוכנות: פרויקט מקומי שמשכפל את %s.",
		"how":      "יש לענות על כל קריטריון למטה, ואז להריץ: exitguide check FILE",
		"statuses": "status: in-place (קיים) | partly (חלקית) | planned (מתוכנן, עם owner ו-due) | not-started (לא התחיל) | not-applicable (רק היכן שמותר, עם reason)",
		"fields":   "בכל תשובה, תחת evidence: מה מראה זאת, ותחת notes: כל דבר אחר.",
		"locality": "המקום שהפרויקט מיועד לו (עירייה, רובע, אזור).",
		"orgs":     "הארגונים שמציעים את הפרויקט, הארגון המוביל ראשון.",
		"date":     "תאריך ההערכה, YYYY-MM-DD.",
		"assessed": "מי ערכו את ההערכה (שמות, תפקידים או צוות עבודה).",
		"language": "שפת הדוח: en,‏ da,‏ sl או he.",
		"core":     "ליבה משותפת (כל שכפול)",
		"must":     "חובה: בלעדיו הרמה מוגבלת.",
		"na":       "מותר כאן not-applicable, עם נימוק.",
		"weight":   "משקל %d מתוך 3.",
		"good":     "„קיים” פירושו לפחות: %s",
	},
}

// TemplateOptions are the choices of `exitguide init`.
type TemplateOptions struct {
	Models     []string // model ids, known to the guide
	Lang       string   // language of the comments and of the report
	Date       string   // YYYY-MM-DD, the day the template is written
	SchemaPath string   // the yaml-language-server modeline's schema path
}

// WriteTemplate writes a complete, commented proposal template: every
// criterion of the models with its question, each answered not-started.
// The planner fills in locality, organisations and assessed_by (the file
// is not valid until they do) and the answers.
func WriteTemplate(w io.Writer, g *guide.Guide, o TemplateOptions) error {
	tt := templateText[o.Lang]
	if tt == nil {
		tt = templateText["en"]
	}
	var b bytes.Buffer
	f := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	comment := func(indent, s string) { wrap.Comment(&b, indent, s) }
	var names []string
	for _, m := range o.Models {
		t, _ := guide.TextOf(g, o.Lang, guide.ModelTexts, m)
		if t.Name == "" {
			t.Name = m
		}
		names = append(names, t.Name)
	}
	f("# yaml-language-server: $schema=%s\n#\n", o.SchemaPath)
	comment("", fmt.Sprintf(tt["head"], strings.Join(names, " + ")))
	comment("", tt["how"])
	comment("", tt["statuses"])
	comment("", tt["fields"])
	f("proposal: 1\n")
	comment("", tt["locality"])
	f("locality: \"\"\n")
	comment("", tt["orgs"])
	f("organisations:\n  - \"\"\n")
	f("models: [%s]\n", strings.Join(o.Models, ", "))
	comment("", tt["date"])
	f("date: %s\n", o.Date)
	comment("", tt["assessed"])
	f("assessed_by: \"\"\n")
	comment("", tt["language"])
	f("language: %s\n", o.Lang)
	f("answers:\n")
	block := "\x00"
	for _, c := range g.CriteriaFor(o.Models...) {
		if c.Block != block {
			block = c.Block
			bt, _ := guide.TextOf(g, o.Lang, guide.BlockTexts, c.Block)
			name := bt.Name
			if name == "" {
				name = c.Block
			}
			if g.ModelOf(c) == "" {
				name = tt["core"] + ": " + name
			}
			f("\n  # ── %s ──\n", name)
		}
		ct, _ := guide.TextOf(g, o.Lang, guide.CriterionTexts, c.ID)
		q := ct.Question
		if q == "" {
			q = c.ID
		}
		f("\n")
		comment("  ", q)
		notes := fmt.Sprintf(tt["weight"], c.Weight)
		if c.MustHave {
			notes = tt["must"] + " " + notes
		}
		if c.NAAllowed {
			notes += " " + tt["na"]
		}
		comment("  ", notes)
		if ge := oneLine(ct.GoodEnough); ge != "" {
			comment("  ", fmt.Sprintf(tt["good"], ge))
		}
		f("  %s:\n    status: not-started\n    evidence: \"\"\n", c.ID)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// oneLine flattens short Markdown to one line for a comment.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("**", "", "`", "").Replace(s)), " ")
}
