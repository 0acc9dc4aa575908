// The ranking of the questionnaire "which model fits us", again in the
// browser: the same rule as internal/fit (Rank), held to it by
// testdata/parity/fit.json (tests/parity/fit.test.mjs).
//
// data: {points: {level: n}, models: [id, ...] in model order,
//        questions: [{id, options: [{id, fit: {model: level}}]}]}
// answers: {questionId: optionId}; a question left out is not answered.

export const NONE = "none";
export const CLEAR = "clear";
export const TIE = "tie";
export const NO_CLEAR_FIT = "no-clear-fit";

export function rank(data, answers) {
  const byModel = new Map(data.models.map((m) => [m, { model: m, points: 0, rank: 0, levels: {} }]));
  let answered = 0;
  for (const q of data.questions) {
    if (!Object.hasOwn(answers, q.id)) continue;
    const o = q.options.find((x) => x.id === answers[q.id]);
    if (!o) throw new Error(`question "${q.id}" has no answer "${answers[q.id]}"`);
    answered++;
    for (const m of data.models) {
      const level = o.fit[m] || "silent";
      const r = byModel.get(m);
      r.points += data.points[level] || 0;
      r.levels[level] = (r.levels[level] || 0) + 1;
    }
  }
  for (const q of Object.keys(answers)) {
    if (!data.questions.some((x) => x.id === q)) throw new Error(`no question "${q}"`);
  }
  // Most points first; equal points keep the model order (a stable sort).
  const models = data.models.map((m) => byModel.get(m)).sort((a, b) => b.points - a.points);
  models.forEach((m, i) => {
    m.rank = i > 0 && m.points === models[i - 1].points ? models[i - 1].rank : i + 1;
  });
  const result = { answered, max: answered * data.points.good, outcome: NONE, top: [], models };
  if (answered === 0) return result;
  if (models.length === 0 || models[0].points < answered * data.points.possible) {
    result.outcome = NO_CLEAR_FIT;
    return result;
  }
  result.top = models.filter((m) => m.rank === 1).map((m) => m.model);
  result.outcome = result.top.length > 1 ? TIE : CLEAR;
  return result;
}
