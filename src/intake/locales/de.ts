/**
 * The intake's texts in German: the project's own translation of the client, risk, context,
 * red-flag, indicator and preference questions; the PHQ-9 (with the PHQ-8 and PHQ-2) in its
 * authorised German version (PHQ-D); the comparison model's texts of the German core locale.
 *
 * @module
 */
import { de as core } from "../../locales/de.js";
import { texts as phq9 } from "../../instruments/phq9/texts.de.js";
import { defineIntakeLocale, type IntakeLocale } from "../texts.js";

/**
 * German (Deutsch). The risk, context, red-flag, indicator and preference questions are the
 * coaching-scope project's own translation of its English wording, not a clinically validated
 * translation: like the core locale, to be reviewed by native-speaking practitioners before
 * clinical use. The client is addressed formally ("Sie"). The PHQ-9 (with the PHQ-8 and PHQ-2)
 * is its authorised German version, the PHQ-D (Löwe, Spitzer, Zipfel & Herzog,
 * "Gesundheitsfragebogen für Patienten"), word for word as the Medizininformatik-Initiative's
 * PRO module (Questionnaire mii-qst-pro-phq-9) gives it, with LOINC's German answer labels
 * (LL358-3). No other instrument's text ships in German (the GAD-7, K10, K6, PC-PTSD-5, WHO-5
 * and SCOFF): apps supply them through `overrides` or `translate`.
 *
 * @example
 * ```ts
 * import { buildIntake } from "coaching-scope/intake";
 * import { de } from "coaching-scope/intake/locales/de";
 * buildIntake({ locale: de }).sections[1]!.title;
 * //=> "Ihre Sicherheit"
 * ```
 */
export const de: IntakeLocale = /* @__PURE__ */ defineIntakeLocale(
  core,
  {
    yes: "Ja",
    no: "Nein",
    "section.client": "Zu Ihrer Person",
    "section.client.help": "Ein paar Fragen, damit wir Ihnen die passende Unterstützung anbieten können.",
    "client.age": "Wie alt sind Sie?",
    "client.age.help": "In vollen Jahren.",
    "client.adult": "Sind Sie {adultAge} Jahre oder älter?",
    "client.guardianConsent": "Hat eine sorgeberechtigte Person (z. B. ein Elternteil) zugestimmt, dass Sie ein Coaching machen?",
    "client.perinatal": "Sind Sie schwanger, oder haben Sie in den letzten 12 Monaten ein Kind geboren?",
    "client.perinatal.help": "Diese Frage stellen wir allen, auch wenn eine Schwangerschaft oder Geburt mit einem Verlust geendet hat. Wenn sie auf Sie zutrifft, kann es nötig sein, Ihre Ärztin, Ihren Arzt oder Ihre Hebamme in die Unterstützung einzubeziehen.",
    "section.risk": "Ihre Sicherheit",
    "section.risk.help": "Diese Fragen stellen wir allen. Bitte beantworten Sie sie ehrlich: Ihre Antworten helfen uns, dafür zu sorgen, dass Sie die richtige Unterstützung bekommen.",
    "risk.skipped": "Sie müssen nicht antworten. Wenn Sie in Gefahr sind oder daran denken, sich selbst oder einem anderen Menschen etwas anzutun, wenden Sie sich bitte jetzt an eine dieser Stellen. Dort hilft man Ihnen.",
    "risk.imminentDanger": "Besteht gerade die Gefahr, dass Sie sich selbst oder einem anderen Menschen etwas antun, oder brauchen Sie dringend medizinische Hilfe?",
    "risk.suicidalThoughts": "Haben Sie im vergangenen Monat gedacht, Sie wären besser tot, sich gewünscht, nicht mehr am Leben zu sein, oder daran gedacht, sich das Leben zu nehmen?",
    "risk.suicidalThoughts.help": "Viele Menschen haben solche Gedanken, wenn das Leben schwer ist. Wenn Sie es uns sagen, können wir die richtige Unterstützung für Sie finden.",
    "risk.suicidalThoughts=none": "Nein",
    "risk.suicidalThoughts=passive": "Ja, ich habe gedacht, ich wäre besser tot, oder mir gewünscht, nicht mehr am Leben zu sein, aber nicht daran gedacht, mir das Leben zu nehmen",
    "risk.suicidalThoughts=active": "Ja, ich habe daran gedacht, mir das Leben zu nehmen",
    "risk.suicidalIntentOrPlan": "Hatten Sie im vergangenen Monat die Absicht, Gedanken, sich das Leben zu nehmen, in die Tat umzusetzen, oder haben Sie irgendwelche Pläne gemacht, auch nur teilweise, wie oder wann Sie Ihr Leben beenden würden?",
    "risk.recentSuicidalBehavior": "Haben Sie in den vergangenen 3 Monaten versucht, sich das Leben zu nehmen, haben Sie damit angefangen und dann aufgehört oder wurden daran gehindert, oder haben Sie irgendetwas getan, um sich darauf vorzubereiten?",
    "risk.selfHarm": "Haben Sie sich in den vergangenen 3 Monaten absichtlich selbst verletzt?",
    "risk.harmToOthers": "Hatten Sie im vergangenen Monat die Absicht, einen anderen Menschen ernsthaft zu verletzen, oder haben Sie irgendwelche Pläne dafür gemacht?",
    "risk.pastSuicidalBehavior": "Haben Sie vor mehr als 3 Monaten jemals versucht, sich das Leben zu nehmen, haben Sie damit angefangen und dann aufgehört oder wurden daran gehindert, oder haben Sie irgendetwas getan, um sich darauf vorzubereiten?",
    "section.context": "Ihre Gesundheit und Behandlung",
    medicallyStable: "Ist Ihre körperliche Gesundheit zurzeit stabil, ohne dass etwas dringend ärztlich behandelt werden muss?",
    "medicallyStable.help": "Eine chronische Erkrankung, die unter Kontrolle ist, gilt als stabil.",
    dailyFunctioningImpaired: "Hat Ihr Befinden Sie in den vergangenen 2 Wochen oft daran gehindert, Ihre gewohnte Arbeit, Ausbildung oder Aufgaben in der Familie zu bewältigen oder sich um sich selbst zu kümmern?",
    "treatment.inPsychotherapy": "Machen Sie zurzeit eine Psychotherapie (Behandlung im Gespräch mit einer Psychotherapeutin oder einem Psychotherapeuten)?",
    "treatment.inPsychiatricCare": "Werden Sie zurzeit von einer Psychiaterin, einem Psychiater oder einem psychiatrischen Team betreut?",
    "treatment.professionalSupportsCoaching": "Unterstützen die Fachpersonen, die Sie behandeln, dass Sie gleichzeitig ein Coaching machen?",
    "treatment.professionalSupportsCoaching.help": "Wenn Sie die Fachpersonen noch nicht gefragt haben, lassen Sie diese Frage offen.",
    "treatment.professionalSupportsCoaching=true": "Ja, sie unterstützen das",
    "treatment.professionalSupportsCoaching=false": "Nein, eine von ihnen hat mir davon abgeraten",
    "treatment.recentDischarge": "Waren Sie irgendwann in den vergangenen 3 Monaten, auch jetzt, wegen Ihrer psychischen Gesundheit in einem Krankenhaus oder auf einer Station, oder wurden Sie von einem Krisenteam betreut?",
    "section.redFlags": "Weitere Dinge, die Sie belasten könnten",
    "section.redFlags.help": "Diese Fragen beziehen sich auf den vergangenen Monat bis heute. Bitte beantworten Sie jede einzelne.",
    "redFlags.psychosis": "Haben Sie im vergangenen Monat Dinge gehört oder gesehen, die andere nicht wahrnehmen konnten, oder waren Sie sich bei Dingen sicher, von denen andere sagten, dass sie nicht stimmen (zum Beispiel, dass Sie beobachtet oder verfolgt werden oder dass Ihre Gedanken gelesen oder gesteuert werden)?",
    "redFlags.mania": "Hatten Sie im vergangenen Monat Tage, an denen Sie ungewöhnlich euphorisch, aufgedreht oder gereizt waren und dabei viel weniger Schlaf brauchten als sonst, ohne sich müde zu fühlen?",
    "redFlags.substance-use": "Hat es Ihnen oder Menschen, die Ihnen nahestehen, im vergangenen Monat Probleme gemacht, dass Sie Alkohol getrunken oder Drogen genommen haben?",
    "redFlags.eating-disorder": "Haben Sie im vergangenen Monat streng eingeschränkt, was Sie essen, sodass Sie viel Gewicht verloren haben oder andere sich Sorgen gemacht haben, große Mengen gegessen und dabei die Kontrolle verloren, sich absichtlich zum Erbrechen gebracht, oder hatten Sie große Angst, zuzunehmen?",
    "redFlags.abuse-or-violence": "Hat Sie im vergangenen Monat bis heute jemand verletzt, bedroht oder kontrolliert, was Sie tun, wen Sie treffen oder was mit Ihrem Geld geschieht?",
    "redFlags.cognitive-decline": "Haben Sie im vergangenen Monat neue Probleme mit Ihrem Gedächtnis oder Ihrem Denken bemerkt?",
    "section.indicators": "Wie es Ihnen in letzter Zeit ging",
    indicators: "Haben Sie in den letzten Wochen etwas davon bei sich bemerkt? Wählen Sie alles aus, was zutrifft.",
    "indicators.help": "Lassen Sie die Frage offen, wenn nichts davon zutrifft.",
    "indicators=low-mood": "Sich traurig oder hilflos fühlen, oder weniger Freude an Dingen haben als früher",
    "indicators=poor-concentration": "Sich schwer konzentrieren können, oder Gedanken haben, die sich nicht wegschieben lassen",
    "indicators=sleep-disturbance": "Schlecht einschlafen oder durchschlafen können, oder zu viel schlafen",
    "indicators=appetite-change": "Viel mehr oder viel weniger essen als sonst",
    "indicators=survivor-guilt": "Sich schuldig fühlen, weil andere Menschen gelitten haben oder gestorben sind",
    "indicators=hopelessness": "Sich hoffnungslos oder verzweifelt fühlen",
    "indicators=hyperalert-or-exhausted": "Ständig auf der Hut sein, oder sich völlig erschöpft fühlen",
    "indicators=irritability": "Schneller gereizt oder wütend werden als früher",
    "indicators=impulsive-risk-taking": "Aus einem Impuls heraus riskante Dinge tun",
    "indicators=thoughts-of-death": "Gedanken an den eigenen Tod oder an Suizid",
    "section.preferences": "Was Sie suchen",
    "section.preferences.help": "Wählen Sie bei jedem Paar die Beschreibung, die eher dem entspricht, was Sie möchten. Es gibt keine richtigen oder falschen Antworten.",
    preferences: "{dimension}: Was passt eher zu dem, was Sie suchen?",
  },
  { phq9 },
);
