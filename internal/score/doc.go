// Package score computes a proposal's readiness against the replication
// criteria. It is pure: no I/O, no clock, no randomness; the same guide and
// proposal always give the same Result. The browser self-check reproduces
// this method exactly, so every rule below is stated precisely.
//
// # The published method
//
// Which criteria count. A proposal answers the criteria of the common core
// and of every model it lists (guide.CriteriaFor). A criterion without an
// answer counts as not-started and is listed in Unanswered.
//
// Credits. Each answer earns a share of the criterion's weight (1 useful,
// 2 important, 3 essential), as checklists/guide.yaml publishes it:
// in-place 1, partly 0.5, planned 0.25, not-started 0. "planned" earns its
// credit only with an owner and a due date (the proposal file requires
// both; a Proposal built in code without them earns 0).
//
// Integer quarter-points. Every credit is a multiple of 0.25, so all
// arithmetic is done in whole quarter-points (1 point = 4 quarters):
// a criterion earns weight × credit × 4 quarters and can earn weight × 4.
// A credit in guide.yaml that is not a multiple of 0.25 is rounded to the
// nearest quarter. There are no floating-point sums.
//
// Don't know. "dont-know" ("don't know yet") earns nothing and stays in
// the possible points, exactly like not-started, whatever the credits say;
// a must-have answered dont-know caps the band as a must-have not started
// does. It is kept as it was answered (never turned into not-started), is
// a gap like any answer not in place, and is listed in DontKnow: the
// questions to find out before the score means much.
//
// Claimed, not shown. An answer in-place or partly whose evidence is empty
// (blank after trimming white space) is listed in ClaimedNotShown: the
// reports show how many of the claims rest on nothing written down. It
// scores as answered by default; with Options.RequireEvidence (check
// --require-evidence, and the browser's switch) it scores as not-started,
// with everything that follows from that (caps, gaps).
//
// Not applicable. "not-applicable" takes a criterion out of both the earned
// and the possible points, but only where the criterion allows it
// (na_allowed) and the answer gives a reason. Anywhere else it counts as
// not-started (the proposal file rejects it; this rule only makes the
// scorer total).
//
// Percentage. percent = earned ÷ possible × 100, rounded to one decimal
// place, halves rounded up, computed in integers as
// tenths = (2000 × earned + possible) div (2 × possible) with earned and
// possible in quarter-points, and percent = tenths ÷ 10. With nothing
// possible (every criterion not applicable) the percentage is 0.
//
// Bands. The band is the highest band whose minimum is at or below the
// rounded percentage, so the band always agrees with the percentage shown
// (minimums are compared in tenths: min × 10, rounded).
//
// Must-have gate. A must-have criterion that is not started (or
// unanswered, answered dont-know, or not-applicable where that is not
// allowed) caps the band at
// cap_missing ("developing"); a must-have that is only partly in place or
// planned caps it at cap_partial ("nearly-ready"). The band is the lower of
// the band of the percentage and every cap; UncappedBand keeps the band of
// the percentage, and CappedBy names the must-haves that lowered it.
//
// Domain sub-scores. The same sums and the same rounding, per readiness
// domain, so strength in one domain does not hide a gap in another. A
// domain with no applicable criterion has Possible 0 and no percentage.
//
// Gaps. Every applicable criterion not fully in place is a gap. Gaps are
// ordered: must-haves first; then by points missing (possible − earned, in
// quarter-points: the weight times the missing credit), most first; then by
// how many other criteria of the proposal depend on it (depends_on), most
// first; then in the guide's order.
//
// Dependencies. For each gap, Blocks lists the criteria of the proposal
// that depend on it, and BlockedBy lists the criteria it depends on that
// are themselves gaps. Premature lists criteria answered in place or partly
// whose prerequisites are not in place: worth a second look, since the
// guide says those must come first. Dependencies never change the points.
//
// Strengths. Criteria fully in place, the heaviest first, then in the
// guide's order.
package score
