// The playground: the library's own ES module build, and the DOM. No framework.
import {
  COMPARISON_MODEL,
  actionKey,
  crisisAudience,
  DEFAULT_POLICY,
  referrals,
  showCrisisResources,
  buildComparisonTable,
  createLocalizer,
  createScopeAssessor,
  en,
  isScopeConfigError,
  renderHtml,
} from "./lib/index.js";
import { crisisLines } from "./lib/crisis.js";
import { buildIntake, isShown, nextQuestions, toScreeningInput } from "./lib/intake.js";
import { en as intakeEn } from "./lib/intake/locales/en.js";
import { de as intakeDe } from "./lib/intake/locales/de.js";
import { es as intakeEs } from "./lib/intake/locales/es.js";
import { fr as intakeFr } from "./lib/intake/locales/fr.js";
import { de } from "./lib/locales/de.js";
import { es } from "./lib/locales/es.js";
import { fr } from "./lib/locales/fr.js";

const LOCALES = { en, de, es, fr };
const INTAKE_LOCALES = { en: intakeEn, de: intakeDe, es: intakeEs, fr: intakeFr };
// An example client to start from: an adult who answered no to every risk and red-flag question.
const EXAMPLE = {
  "client.age": 35,
  "risk.imminentDanger": false,
  "risk.suicidalThoughts": "none",
  "risk.recentSuicidalBehavior": false,
  "risk.selfHarm": false,
  "risk.harmToOthers": false,
  "redFlags.psychosis": false,
  "redFlags.mania": false,
  "redFlags.substance-use": false,
  "redFlags.eating-disorder": false,
  "redFlags.abuse-or-violence": false,
  "redFlags.cognitive-decline": false,
};
const THRESHOLDS = [
  ["phq9", "care"], ["phq9", "refer"], ["gad7", "care"], ["gad7", "refer"], ["indicators", "care"], ["indicators", "refer"],
];

const $ = (id) => document.getElementById(id);
const form = $("form");
const locale = () => LOCALES[$("locale").value];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

// --- The form: the intake, rendered with the DOM ------------------------------------------
let answers = { ...EXAMPLE };
let intake;
const fieldId = (q, i) => `q-${q.id.replace(/[^A-Za-z0-9-]/g, "_")}${i === undefined ? "" : `-${i}`}`;

/** One question as a labelled control: radio buttons, checkboxes, or a number field. */
function control(q) {
  const value = answers[q.id];
  if (q.type === "integer") {
    const input = el("input", { type: "number", id: fieldId(q), name: q.id, min: String(q.min), max: String(q.max), step: "1", inputmode: "numeric" });
    input.value = value === undefined ? "" : String(value);
    return el("div", { class: "row" }, el("label", { class: "q", for: fieldId(q) }, q.text), input);
  }
  const multiple = q.type === "multiple";
  const legend = el("legend", { class: "q", text: q.text });
  const box = el("fieldset", { class: multiple ? "checks" : "choices" }, legend);
  q.options.forEach((o, i) => {
    const input = el("input", { type: multiple ? "checkbox" : "radio", name: q.id, id: fieldId(q, i), value: JSON.stringify(o.value) });
    input.checked = multiple ? (value ?? []).includes(o.value) : value === o.value;
    box.append(el("label", { for: fieldId(q, i) }, input, ` ${o.label}`));
  });
  if (q.help !== undefined) box.append(el("p", { class: "help", text: q.help }));
  return box;
}

function renderIntake() {
  // The PHQ-9 and GAD-7 where the language has their published texts (German and Spanish: the PHQ-9 only).
  intake = buildIntake({ locale: INTAKE_LOCALES[$("locale").value] });
  $("intake").replaceChildren(
    ...intake.sections.map((section) => {
      const set = el("fieldset", { class: "section", id: `section-${section.id.replace(/\./g, "-")}` }, el("legend", { text: section.title }));
      if (section.help !== undefined) set.append(el("p", { class: "help", text: section.help }));
      for (const q of section.questions) {
        const wrap = el("div", { class: "question", "data-question": q.id }, control(q));
        wrap.hidden = !isShown(q, answers);
        set.append(wrap);
      }
      if (section.notice !== undefined) set.append(el("p", { class: "notice", text: section.notice }));
      return set;
    }),
  );
}

/** The answers on the form, a hidden follow-up's too: a risk answer is never thrown away. */
function readAnswers() {
  const out = {};
  for (const q of intake.sections.flatMap((s) => s.questions)) {
    if (q.type === "integer") {
      const raw = $(fieldId(q)).value.trim();
      if (raw !== "") out[q.id] = Number(raw);
    } else {
      const picked = [...form.querySelectorAll(`input[name="${q.id}"]:checked`)].map((i) => JSON.parse(i.value));
      if (q.type === "multiple") {
        if (picked.length > 0) out[q.id] = picked;
      } else if (picked.length > 0) out[q.id] = picked[0];
    }
  }
  return out;
}

for (const [dimension, part] of THRESHOLDS) {
  const input = el("input", { type: "number", step: "1", id: `t-${dimension}-${part}`, name: `t-${dimension}-${part}`, value: String(DEFAULT_POLICY.thresholds[dimension][part]) });
  $("thresholds").append(el("label", { for: `t-${dimension}-${part}` }, `${dimension} ${part}`, input));
}

// --- The comparison table -----------------------------------------------------------------
function renderPickers() {
  const { t } = createLocalizer({ locale: locale() });
  for (const [pickerId, list, key] of [
    ["modality-picker", COMPARISON_MODEL.modalities, (m) => `modality.${m.id}`],
    ["dimension-picker", COMPARISON_MODEL.dimensions, (d) => `dimension.${d.id}.label`],
  ]) {
    const picker = $(pickerId);
    const checked = new Set([...picker.querySelectorAll("input:checked")].map((i) => i.value));
    const first = picker.querySelectorAll("input").length === 0;
    picker.replaceChildren(picker.querySelector("legend"));
    for (const item of list) {
      const box = el("input", { type: "checkbox", value: item.id, name: pickerId });
      box.checked = first || checked.has(item.id);
      picker.append(el("label", {}, box, ` ${t(key(item))}`));
    }
  }
}

function renderTable() {
  const pick = (id) => [...$(id).querySelectorAll("input:checked")].map((i) => i.value);
  const table = buildComparisonTable({ locale: locale(), modalities: pick("modality-picker"), dimensions: pick("dimension-picker") });
  $("table").innerHTML = renderHtml(table, { id: "comparison" });
}

// --- The screening ------------------------------------------------------------------------
function readPolicy() {
  const thresholds = {};
  for (const [dimension, part] of THRESHOLDS) {
    const raw = $(`t-${dimension}-${part}`).value.trim();
    (thresholds[dimension] ??= {})[part] = raw === "" ? Number.NaN : Number(raw);
  }
  return { thresholds };
}

function show(list, items) {
  list.replaceChildren(...items.map((text) => el("li", { text })));
}

function update() {
  const options = { locale: locale() };
  const { t } = createLocalizer(options);
  let assess;
  try {
    assess = createScopeAssessor({ ...options, policy: readPolicy() });
    $("policy-error").hidden = true;
  } catch (error) {
    if (!isScopeConfigError(error)) throw error;
    $("policy-error").textContent = error.message;
    $("policy-error").hidden = false;
    $("level-badge").textContent = "—";
    $("level-badge").dataset.level = "";
    $("level-name").textContent = "Fix the policy to see a result.";
    return;
  }
  answers = readAnswers();
  for (const wrap of $("intake").querySelectorAll("[data-question]")) {
    const q = intake.sections.flatMap((s) => s.questions).find((x) => x.id === wrap.dataset.question);
    wrap.hidden = !isShown(q, answers);
  }
  let result;
  try {
    result = assess(toScreeningInput(answers));
  } catch (error) {
    $("level-name").textContent = error.message;
    return;
  }
  $("level-badge").textContent = result.level;
  $("level-badge").dataset.level = result.level;
  $("level-name").textContent = t(`level.${result.level}`);
  const to = referrals(result).map((r) => t(`referTo.${r.to}`) + (r.urgent ? " (urgent)" : ""));
  $("action").textContent = to.length > 0 ? `${t(actionKey(result))} → ${to.join("; ")}` : t(actionKey(result));
  show($("reasons"), result.reasons.map((r) => `[${r.level}] ${r.message}`));
  // Ask next: the questions themselves, in the chosen language.
  const next = nextQuestions(result, { locale: INTAKE_LOCALES[$("locale").value] });
  show($("missing"), next.length > 0 ? next.map((q) => q.text) : ["—"]);
  // A risk question left unanswered: say it is fine, and show where to get help now.
  const skipped = intake.sections.flatMap((s) => s.questions).find((q) => q.onSkip !== undefined && isShown(q, answers) && answers[q.id] === undefined);
  $("skipped").hidden = skipped === undefined;
  if (skipped !== undefined) $("skipped").textContent = skipped.onSkip.text;
  $("disclaimer").textContent = result.disclaimer;
  // Shown for a crisis, any risk reason and a crisis worst case; a minor's youth lines first.
  const crisis = showCrisisResources(result) || skipped !== undefined;
  $("crisis").hidden = !crisis;
  if (crisis) {
    const help = crisisLines($("region").value, { ...options, audience: crisisAudience(result) });
    $("crisis-instruction").textContent = help.instruction;
    show($("crisis-lines"), help.lines.map((l) => `${l.labels.kind}: ${l.name} — ${l.number} (${l.labels.reach}${l.hours === undefined ? "" : `, ${l.hours}`})`));
  }
}

function relocalize() {
  renderPickers();
  renderIntake();
  renderTable();
  update();
}

$("locale").addEventListener("change", relocalize);
$("modality-picker").addEventListener("change", renderTable);
$("dimension-picker").addEventListener("change", renderTable);
form.addEventListener("input", update);
form.addEventListener("change", update);
relocalize();
document.body.dataset.ready = "true";
