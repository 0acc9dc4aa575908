package guide

// Notes are the editors' notes an entry may carry beside its text: open:
// (what the source leaves open, contradicts or has only in draft) and, on
// criteria, adapt: (what the criterion means elsewhere). A model has an
// open: note per section.

// Notes returns the entry's notes by their path below the entry ("open",
// "adapt", "open/how_it_works"), leaving out empty ones; nil when it has
// none.
func Notes(e Entry) map[string]string {
	out := map[string]string{}
	add := func(key, text string) {
		if text != "" {
			out[key] = text
		}
	}
	switch t := e.(type) {
	case BlockText:
		add("open", t.Open)
	case CriterionText:
		add("open", t.Open)
		add("adapt", t.Adapt)
	case MeasureText:
		add("open", t.Open)
	case ModelText:
		if t.Open != nil {
			for key, text := range t.Open.All() {
				add("open/"+key, text)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
