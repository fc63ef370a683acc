// The playground: the library's own ES module build, and the DOM. No framework.
import {
  COMPARISON_MODEL,
  actionKey,
  crisisAudience,
  DEFAULT_POLICY,
  RED_FLAG_IDS,
  referrals,
  showCrisisResources,
  INDICATOR_IDS,
  buildComparisonTable,
  createLocalizer,
  createScopeAssessor,
  en,
  isScopeConfigError,
  renderHtml,
} from "./lib/index.js";
import { crisisLines } from "./lib/crisis.js";
import { de } from "./lib/locales/de.js";
import { es } from "./lib/locales/es.js";
import { fr } from "./lib/locales/fr.js";

const LOCALES = { en, de, es, fr };
const INDICATOR_LABELS = {
  "low-mood": "Less pleasure; more sadness or helplessness",
  "poor-concentration": "Intrusive thoughts, or cannot concentrate",
  "sleep-disturbance": "Sleep disturbed, or sleeping too much",
  "appetite-change": "Appetite changed, up or down",
  "survivor-guilt": "Guilt because others have suffered or died",
  hopelessness: "Despair or hopelessness",
  "hyperalert-or-exhausted": "Hyper-alert, or excessively tired",
  irritability: "More irritability or outbursts of anger",
  "impulsive-risk-taking": "Impulsive, risk-taking behaviour",
  "thoughts-of-death": "Thoughts of death or suicide",
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

// --- The form's generated parts -----------------------------------------------------------
for (const [id, count] of [["phq9", 9], ["gad7", 7]]) {
  for (let i = 0; i < count; i++) {
    const input = el("input", { type: "number", min: "0", max: "3", step: "1", inputmode: "numeric", name: `${id}-${i}`, id: `${id}-${i}`, "aria-label": `${id.toUpperCase()} item ${i + 1}` });
    $(id).append(el("label", { for: `${id}-${i}` }, `Item ${i + 1}`, input));
  }
}
for (const id of INDICATOR_IDS) {
  $("indicators").append(el("label", {}, el("input", { type: "checkbox", name: "indicator", value: id }), ` ${INDICATOR_LABELS[id]}`));
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

function renderPreferences() {
  const { t } = createLocalizer({ locale: locale() });
  const current = Object.fromEntries([...$("preferences").querySelectorAll("select")].map((s) => [s.name, s.value]));
  $("preferences").replaceChildren(
    ...COMPARISON_MODEL.dimensions.map((d) => {
      const select = el("select", { id: `pref-${d.id}`, name: d.id });
      select.append(
        el("option", { value: "", text: "—" }),
        el("option", { value: "coaching", text: t(`dimension.${d.id}.coaching`) }),
        el("option", { value: "psychotherapy", text: t(`dimension.${d.id}.psychotherapy`) }),
      );
      select.value = current[d.id] ?? "";
      return el("div", { class: "pref" }, el("label", { for: `pref-${d.id}` }, t(`dimension.${d.id}.label`)), select);
    }),
  );
}

// --- The screening ------------------------------------------------------------------------
function readInput() {
  const data = new FormData(form);
  const flag = (name) => data.get(name) === "on";
  const risk = {};
  const danger = data.get("imminentDanger");
  if (danger) risk.imminentDanger = danger === "true";
  if (data.get("suicidalThoughts")) risk.suicidalThoughts = data.get("suicidalThoughts");
  for (const name of ["suicidalIntentOrPlan", "recentSuicidalBehavior", "selfHarm", "harmToOthers", "pastSuicidalBehavior"]) risk[name] = flag(name);
  const input = { risk, medicallyStable: !flag("medicallyUnstable"), dailyFunctioningImpaired: flag("dailyFunctioningImpaired") };
  // Red flags are asked: unchecked means "no".
  input.redFlags = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, flag(`redFlag-${id}`)]));
  const age = String(data.get("age") ?? "").trim();
  input.client = { perinatal: flag("perinatal") };
  if (age !== "") input.client.age = Number(age);
  if (flag("guardianConsent")) input.client.guardianConsent = true;
  const instruments = {};
  for (const [id, count] of [["phq9", 9], ["gad7", 7]]) {
    const items = Array.from({ length: count }, (_, i) => {
      const raw = String(data.get(`${id}-${i}`) ?? "").trim();
      return raw === "" ? null : Number(raw);
    });
    if (items.some((a) => a !== null)) instruments[id] = { items };
  }
  if (Object.keys(instruments).length > 0) input.instruments = instruments;
  input.indicators = data.getAll("indicator");
  const preferences = {};
  for (const d of COMPARISON_MODEL.dimensions) if (data.get(d.id)) preferences[d.id] = data.get(d.id);
  input.preferences = preferences;
  input.treatment = { inPsychotherapy: flag("inPsychotherapy"), inPsychiatricCare: flag("inPsychiatricCare"), recentDischarge: flag("recentDischarge") };
  const supports = data.get("professionalSupportsCoaching");
  if (supports) input.treatment.professionalSupportsCoaching = supports === "true";
  return input;
}

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
  let result;
  try {
    result = assess(readInput());
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
  show($("missing"), result.missing.length > 0 ? result.missing : ["—"]);
  $("disclaimer").textContent = result.disclaimer;
  // Shown for a crisis, any risk reason and a crisis worst case; a minor's youth lines first.
  const crisis = showCrisisResources(result);
  $("crisis").hidden = !crisis;
  if (crisis) {
    const help = crisisLines($("region").value, { ...options, audience: crisisAudience(result) });
    $("crisis-instruction").textContent = help.instruction;
    show($("crisis-lines"), help.lines.map((l) => `${l.labels.kind}: ${l.name} — ${l.number} (${l.labels.reach}${l.hours === undefined ? "" : `, ${l.hours}`})`));
  }
}

function relocalize() {
  renderPickers();
  renderPreferences();
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
