import type { Locale } from "../i18n/messages.js";

/**
 * German (Deutsch). A translation by the coaching-scope project, not by the source text's
 * author; to be reviewed by native-speaking practitioners before clinical use.
 *
 * @example
 * ```ts
 * import { de } from "coaching-scope/locales/de";
 * buildComparisonTable({ locale: de }).caption;
 * //=> "Coaching und Psychotherapie im Vergleich"
 * ```
 */
export const de: Locale = /* @__PURE__ */ Object.freeze({
  code: "de",
  dir: "ltr",
  messages: Object.freeze({
    "modality.coaching": "Coaching",
    "modality.psychotherapy": "Psychotherapie",
    "dimension.relationship.label": "Beziehung",
    "dimension.relationship.coaching": "Partnerschaftlich; auf Augenhöhe",
    "dimension.relationship.psychotherapy": "Hierarchisch; Expertin/Experte und Klientin/Klient",
    "dimension.clientState.label": "Verfassung der Klientinnen und Klienten",
    "dimension.clientState.coaching":
      "Ausgebildet für die Arbeit mit Klientinnen und Klienten, die emotional und psychisch stabil sind oder sich in einer Phase der Genesung befinden; Coaches streben einen ganzheitlichen Blick auf die Person an",
    "dimension.clientState.psychotherapy":
      "Ausgebildet für die Arbeit mit Klientinnen und Klienten, denen es emotional und psychisch nicht gut geht; Therapeutinnen und Therapeuten wollen diagnostizieren und behandeln",
    "dimension.orientation.label": "Ausrichtung",
    "dimension.orientation.coaching": "Lösungsorientiert",
    "dimension.orientation.psychotherapy": "Problemorientiert",
    "dimension.timeFocus.label": "Zeitlicher Fokus",
    "dimension.timeFocus.coaching": "Konzentriert sich auf Gegenwart und Zukunft",
    "dimension.timeFocus.psychotherapy": "Konzentriert sich auf die Auseinandersetzung mit der Vergangenheit",
    "dimension.driver.label": "Antrieb",
    "dimension.driver.coaching": "Angetrieben vom bewussten Denken, von Zielen und vom konkreten Handeln",
    "dimension.driver.psychotherapy":
      "Angetrieben vom Unbewussten und von der Einsicht in ungelöste Themen und Gefühle",
    "dimension.plan.label": "Planung",
    "dimension.plan.coaching": "Arbeitsbündnis, das Coach und Klientin bzw. Klient gemeinsam entwickeln",
    "dimension.plan.psychotherapy": "Behandlungsplan, den die Therapeutin bzw. der Therapeut erstellt",
    "dimension.aim.label": "Ziel",
    "dimension.aim.coaching": "Arbeitet auf ein höheres Funktionsniveau hin",
    "dimension.aim.psychotherapy": "Arbeitet darauf hin, Verständnis und emotionale Heilung zu erreichen",
    "dimension.duration.label": "Dauer",
    "dimension.duration.coaching":
      "Kurzfristig, zeitlich begrenzt, ergebnisorientiert und auf das Erkunden von Lösungen ausgerichtet",
    "dimension.duration.psychotherapy":
      "Langfristig, zeitlich offen, erforscht die Wurzeln von Problemen und bietet Erklärungen an",
    "dimension.guidingQuestion.label": "Leitfrage",
    "dimension.guidingQuestion.coaching":
      "Fragt: „Wo möchten Sie stehen, und wie können Sie dorthin gelangen?“",
    "dimension.guidingQuestion.psychotherapy": "Fragt: „Wie haben Sie sich dabei gefühlt?“",
    "dimension.selfEsteem.label": "Selbstwert",
    "dimension.selfEsteem.coaching": "Erkundet Handlungen, in denen sich ein hohes Selbstwertgefühl zeigt",
    "dimension.selfEsteem.psychotherapy":
      "Erkundet die Entstehung von Verhaltensweisen, die ein geringes Selbstwertgefühl hervorbringen",
    "dimension.issueLocus.label": "Themen",
    "dimension.issueLocus.coaching": "Arbeitet vorwiegend mit äußeren Themen",
    "dimension.issueLocus.psychotherapy": "Arbeitet vorwiegend mit inneren Themen",
    "dimension.setting.label": "Ort und Form",
    "dimension.setting.coaching": "Findet telefonisch, online oder persönlich statt",
    "dimension.setting.psychotherapy": "Findet in Praxisräumen statt",
    "disclaimer.notPsychotherapy":
      "Coaching und Peer-Support sind KEINE Psychotherapie. Sie können eine psychiatrische oder psychotherapeutische Behandlung nicht ersetzen.",
    "disclaimer.essentialDifference":
      "Davon abgesehen ist der wesentliche Unterschied folgender – Psychotherapie holt Sie dort ab, wo Sie jetzt stehen, blickt zurück und arbeitet auf, was Sie durchgemacht haben, um Ihnen zu helfen, voranzukommen; Coaching holt Sie, vorausgesetzt, Sie sind medizinisch stabil (nicht in unmittelbarer Gefahr), dort ab, wo Sie jetzt stehen, und schickt Sie auf den Weg dorthin, wohin Sie unterwegs sind.",
    "disclaimer.complement":
      "Coaching setzt dort an, wo Psychotherapie endet. Klientinnen und Klienten tragen ihre neuen Einsichten und ihre Stabilität in eine Welt, die ihren Bedürfnissen möglicherweise nicht gerecht wird, und Coaching verringert diese Kluft. Es unterstützt Menschen dabei, Erkenntnisse aus Psychotherapie und Arbeit an sich selbst in ihren Alltag zu übertragen und alltägliche Hindernisse zu bewältigen, die sie möglicherweise daran hindern, sich voll auf den therapeutischen Prozess einzulassen und von ihm zu profitieren.",
    "level.coaching": "Im Rahmen des Coachings",
    "level.coaching.action": "Das Coaching kann stattfinden.",
    "level.coaching-with-care": "Im Rahmen des Coachings, mit besonderer Sorgfalt",
    "level.coaching-with-care.action":
      "Das Coaching kann stattfinden: Sprechen Sie die unten aufgeführten Punkte an, wenn Sie die Art der Zusammenarbeit vereinbaren, und stimmen Sie sich mit etwaigen behandelnden Fachpersonen ab.",
    "level.incomplete": "Zu wenige Antworten für eine Entscheidung",
    "level.incomplete.action":
      "Stellen Sie die fehlenden Fragen, bevor Sie entscheiden. Beginnen Sie noch nicht mit dem Coaching.",
    "level.refer": "An eine Fachperson für psychische Gesundheit weitervermitteln",
    "level.refer.action":
      "Vermitteln Sie die Person an eine Fachperson für psychische Gesundheit weiter, bevor überhaupt ein Coaching stattfindet.",
    "level.refer.inCareAction":
      "Sprechen Sie mit der behandelnden Fachperson der Klientin bzw. des Klienten, bevor Sie überhaupt mit einem Coaching beginnen.",
    "level.crisis": "Krise: jetzt Hilfe holen",
    "level.crisis.action":
      "Unterbrechen Sie das Coaching, nicht aber den Kontakt: Rufen Sie jetzt die örtliche Notrufnummer oder ein Krisentelefon an und bleiben Sie bei der Person, bis Hilfe da ist und übernimmt.",
    "reason.imminent-danger":
      "Sie haben angegeben, dass akut die Gefahr besteht, dass Sie sich selbst oder einer anderen Person Schaden zufügen, oder dass bei Ihnen ein medizinischer Notfall vorliegt.",
    "reason.suicidal-intent-or-plan":
      "Sie haben angegeben, dass Sie im vergangenen Monat die Absicht hatten, Ihr Leben zu beenden, oder einen Plan dafür gemacht haben.",
    "reason.recent-suicidal-behavior":
      "Sie haben angegeben, dass Sie in den vergangenen 3 Monaten versucht haben, Ihr Leben zu beenden, oder etwas getan haben, um dies vorzubereiten.",
    "reason.harm-to-others":
      "Sie haben angegeben, dass Sie im vergangenen Monat die Absicht oder den Plan hatten, jemandem Schaden zuzufügen.",
    "reason.assessed-risk":
      "Die Risikoeinschätzung einer Fachperson für psychische Gesundheit hat ein Risiko ergeben, das diesen Schritt erfordert.",
    "reason.suicidal-thoughts":
      "Sie haben angegeben, dass Sie Gedanken hatten, dass Sie lieber tot wären, oder Gedanken daran, Ihr Leben zu beenden.",
    "reason.self-harm":
      "Sie haben angegeben, dass Sie sich in den vergangenen 3 Monaten absichtlich selbst verletzt haben.",
    "reason.phq9-item9":
      "Im PHQ-9 haben Sie angegeben, dass Sie Gedanken hatten, dass Sie lieber tot wären oder sich Leid zufügen möchten.",
    "reason.thoughts-of-death": "Gedanken an den Tod oder an Suizid wurden vermerkt.",
    "reason.past-suicidal-behavior":
      "Sie haben angegeben, dass Sie vor mehr als 3 Monaten versucht haben, Ihr Leben zu beenden, oder etwas getan haben, um dies vorzubereiten.",
    "reason.recent-discharge":
      "Sie haben angegeben, dass in den vergangenen 3 Monaten Ihre stationäre psychiatrische Behandlung oder Ihre Betreuung durch ein Krisenteam geendet hat.",
    "reason.professional-advises-against":
      "Sie haben angegeben, dass Ihre behandelnde Fachperson Ihnen derzeit von einem Coaching abrät.",
    "reason.medically-unstable": "Sie haben angegeben, dass Sie derzeit medizinisch nicht stabil sind.",
    "reason.daily-functioning":
      "Sie haben angegeben, dass das, was Sie belastet, Ihnen die Bewältigung des Alltags schwer macht.",
    "reason.phq9": "Ihr PHQ-9-Wert (Stimmung) beträgt {score} und liegt damit bei oder über {threshold}.",
    "reason.phq8": "Ihr PHQ-8-Wert (Stimmung) beträgt {score} und liegt damit bei oder über {threshold}.",
    "reason.gad7": "Ihr GAD-7-Wert (Angst) beträgt {score} und liegt damit bei oder über {threshold}.",
    "reason.k10":
      "Ihr K10-Wert (psychische Belastung) beträgt {score} und liegt damit bei oder über {threshold}.",
    "reason.k6":
      "Ihr K6-Wert (psychische Belastung) beträgt {score} und liegt damit bei oder über {threshold}.",
    "reason.who5":
      "Ihr WHO-5-Wert (Wohlbefinden) beträgt {score} und liegt damit bei oder unter {threshold}.",
    "reason.who5.item":
      "Ihr WHO-5-Wert (Wohlbefinden) beträgt {score}, und mindestens eine Antwort lag bei {threshold} oder darunter.",
    "reason.self-described-unwell":
      "Sie haben beschrieben, dass es Ihnen nicht gut geht und Sie dafür Hilfe suchen.",
    "reason.phq2-positive":
      "Ihr PHQ-2-Wert (Stimmung) beträgt {score} und liegt damit bei oder über {threshold}: Der vollständige PHQ-9 ist erforderlich.",
    "reason.gad2-positive":
      "Ihr GAD-2-Wert (Angst) beträgt {score} und liegt damit bei oder über {threshold}: Der vollständige GAD-7 ist erforderlich.",
    "reason.who5-positive":
      "Ihr WHO-5-Wert (Wohlbefinden) beträgt {score} und liegt damit bei oder unter {threshold}: Ein Fragebogen zu Depressionen (der PHQ-9) ist erforderlich.",
    "reason.who5-positive.item":
      "Ihr WHO-5-Wert (Wohlbefinden) beträgt {score}, und mindestens eine Antwort lag bei {threshold} oder darunter: Ein Fragebogen zu Depressionen (der PHQ-9) ist erforderlich.",
    "reason.indicators":
      "Anzeichen dafür, dass ein Gespräch mit einer Fachperson für psychische Gesundheit helfen könnte: {count} vermerkt, bei oder über dem Schwellenwert von {threshold}.",
    "reason.indicators.hopelessness":
      "Verzweiflung oder Hoffnungslosigkeit wurde vermerkt: ein Anzeichen, über das man sprechen und das man im Blick behalten sollte.",
    "reason.fit": "Zum Coaching passend: {coaching} von Ihren {answered} Antworten dazu, was Sie suchen.",
    "reason.concurrent-treatment":
      "Sie befinden sich derzeit in psychotherapeutischer oder psychiatrischer Behandlung.",
    "reason.alongside-treatment":
      "Ihre behandelnde Fachperson befürwortet ein Coaching begleitend zu Ihrer Behandlung. Screening-Ergebnisse, die sonst eine Weitervermittlung bedeuten würden, sind daher stattdessen Punkte, die gemeinsam zu vereinbaren sind.",
    "reason.instrument-incomplete":
      "Noch unbeantwortete {instrument}-Fragen: {items}. Die Antworten darauf könnten das Ergebnis verändern.",
    "reason.inconsistent-answers":
      "Ihre Antworten im {first} und im {second} stimmen bei den Fragen, die in beiden vorkommen, nicht überein: Beide Fragebögen müssen erneut abgefragt werden.",
    "reason.stale-answers":
      "Einige Antworten wurden vor {ageDays} Tagen gegeben und sind deshalb nicht mehr gültig: Diese Fragen müssen erneut gestellt werden.",
    "reason.risk-screen-incomplete":
      "Noch nicht alle Fragen zu Ihrer Sicherheit (akute Gefahr, Gedanken an Suizid, sich selbst oder anderen Schaden zufügen) sind beantwortet; sie müssen vor dem Coaching beantwortet werden.",
    "reason.risk-not-screened":
      "Noch nicht alle Fragen zu Ihrer Sicherheit (akute Gefahr, Gedanken an Suizid, sich selbst oder anderen Schaden zufügen) sind beantwortet: Diese Fragen müssen gestellt werden, bevor man sich auf dieses Ergebnis verlassen kann.",
    "reason.nothing-answered":
      "Es liegt noch keine Antwort zu Ihrer Gesundheit oder Sicherheit vor: Was Sie suchen, reicht allein nicht aus, um zu zeigen, dass Coaching das Richtige für Sie ist.",
    "instrument.phq9.name": "PHQ-9",
    "instrument.phq8.name": "PHQ-8",
    "instrument.gad7.name": "GAD-7",
    "instrument.phq2.name": "PHQ-2",
    "instrument.gad2.name": "GAD-2",
    "instrument.k10.name": "K10",
    "instrument.k6.name": "K6",
    "instrument.who5.name": "WHO-5",
    "band.phq9.minimal": "Keine bis minimal",
    "band.phq9.mild": "Leicht",
    "band.phq9.moderate": "Mittelgradig",
    "band.phq9.moderately-severe": "Ausgeprägt",
    "band.phq9.severe": "Schwer",
    "band.phq8.minimal": "Keine bis minimal",
    "band.phq8.mild": "Leicht",
    "band.phq8.moderate": "Mittelgradig",
    "band.phq8.moderately-severe": "Ausgeprägt",
    "band.phq8.severe": "Schwer",
    "band.gad7.minimal": "Keine bis minimal",
    "band.gad7.mild": "Leicht",
    "band.gad7.moderate": "Mittelgradig",
    "band.gad7.severe": "Schwer",
    "band.phq2.negative": "Negativ",
    "band.phq2.positive": "Positiv",
    "band.gad2.negative": "Negativ",
    "band.gad2.positive": "Positiv",
    "band.k10.low": "Gering",
    "band.k10.moderate": "Mittel",
    "band.k10.high": "Hoch",
    "band.k10.very-high": "Sehr hoch",
    "band.k6.low": "Gering",
    "band.k6.moderate": "Mittel",
    "band.k6.serious": "Schwer",
    "band.who5.very-low": "Sehr gering",
    "band.who5.low": "Gering",
    "band.who5.adequate": "Angemessen",
    "table.caption": "Coaching und Psychotherapie im Vergleich",
    "table.dimensionHeader": "Merkmal",
    "cli.record": "Datensatz {line}",
    "cli.invalidInput": "ungültige Eingabe",
    "cli.askNext": "Als Nächstes fragen",
    "cli.item": "Item {number}",
    "crisis.instruction": "Wenn Sie oder eine andere Person jetzt in Gefahr sind, rufen Sie die örtliche Notrufnummer an.",
    "crisis.kind.emergency": "Notrufnummer",
    "crisis.kind.crisis-line": "Krisentelefon",
    "crisis.reach.call": "Anruf",
    "crisis.reach.text": "SMS",
    "crisis.reach.email": "E-Mail",
    "reason.red-flag": "Ein aktuelles Warnzeichen wurde vermerkt: {flag}. Vermitteln Sie die Person an {referTo} weiter.",
    "reason.red-flag.urgent": "Ein aktuelles Warnzeichen wurde vermerkt: {flag}. Vermitteln Sie die Person dringend, noch am selben Tag, an {referTo} weiter.",
    "reason.red-flag.perinatal": "In der Schwangerschaft oder im Jahr nach einer Geburt wurde ein aktuelles Warnzeichen vermerkt: {flag}. Das ist ein Notfall: Wenden Sie sich sofort an {referTo} oder rufen Sie die örtliche Notrufnummer an.",
    "reason.red-flag.unanswered": "Noch nicht alle Fragen zu aktuellen Warnzeichen sind beantwortet: Diese Fragen müssen vor dem Coaching beantwortet werden.",
    "reason.under-minimum-age": "Die Person ist {age} Jahre alt und damit unter dem Mindestalter von {minAge} Jahren für ein Coaching: Vermitteln Sie sie an Angebote für junge Menschen weiter.",
    "reason.minor": "Die Person ist jünger als {adultAge}: Vor dem Coaching ist die Einwilligung eines Elternteils oder Vormunds nötig.",
    "reason.minor.unknown": "Das Alter der Person ist nicht bekannt: Fragen Sie vor dem Coaching danach (oder danach, ob sie {adultAge} Jahre oder älter ist).",
    "reason.minor.consent": "Die Person ist jünger als {adultAge}, und ein Elternteil oder Vormund willigt ein: Coachen Sie mit besonderer Sorgfalt und vermitteln Sie sie, wo nötig, an Angebote für junge Menschen weiter.",
    "reason.minor.refused": "Die Person ist jünger als {adultAge}, und ein Elternteil oder Vormund hat nicht eingewilligt: Beginnen Sie kein Coaching.",
    "reason.perinatal": "Die Person ist schwanger oder hat in den letzten 12 Monaten ein Kind geboren: Coachen Sie mit besonderer Sorgfalt und beziehen Sie bei jeder Sorge ihre Ärztin, ihren Arzt oder ihre Hebamme ein.",
    "reason.scoff": "Ihr SCOFF-Wert (Essverhalten) beträgt {score} und liegt damit bei oder über {threshold}: Eine Abklärung durch {referTo} ist nötig. Der SCOFF ist nur ein kurzer Screening-Fragebogen; ob eine Essstörung vorliegt, kann er nicht feststellen.",
    "reason.pcptsd5": "Ihr PC-PTSD-5-Wert (Belastung nach einem erschreckenden oder traumatischen Ereignis) beträgt {score} und liegt damit bei oder über {threshold}.",
    "reason.inconsistent-answers.client": "Das Alter der Person ({age}) und ihre Antwort, ob sie {adultAge} Jahre oder älter ist, widersprechen sich: Stellen Sie beide Fragen erneut. Bis dahin gilt sie als minderjährig.",
    "instrument.scoff.name": "SCOFF",
    "instrument.pcptsd5.name": "PC-PTSD-5",
    "redFlag.psychosis": "Dinge hören oder sehen, die andere nicht wahrnehmen, oder feste Überzeugungen, die andere seltsam finden",
    "redFlag.mania": "tagelang gehobene oder gereizte Stimmung bei wenig Schlafbedürfnis",
    "redFlag.substance-use": "Alkohol- oder Drogenkonsum, der Probleme macht",
    "redFlag.eating-disorder": "stark eingeschränktes Essen, Essanfälle, Erbrechen oder Abführmittel zur Gewichtskontrolle, oder Angst vor Gewichtszunahme",
    "redFlag.abuse-or-violence": "von jemandem verletzt, bedroht oder kontrolliert werden",
    "redFlag.cognitive-decline": "neue Probleme mit Gedächtnis oder Denken",
    "referTo.mental-health": "eine Fachperson für psychische Gesundheit",
    "referTo.medical": "eine Ärztin oder einen Arzt",
    "referTo.addiction-services": "eine Suchtberatung",
    "referTo.abuse-support": "eine Fachberatungsstelle für Betroffene von Gewalt",
    "referTo.safeguarding": "die örtliche Kinder- und Jugendhilfe (Kinderschutz)",
    "referTo.youth-services": "psychosoziale Angebote für junge Menschen",
    "band.scoff.negative": "Negativ",
    "band.scoff.positive": "Positiv: Abklärung nötig",
    "band.pcptsd5.negative": "Negativ",
    "band.pcptsd5.borderline": "Grenzwertig (positiv beim sensitiveren Schwellenwert von 3)",
    "band.pcptsd5.positive": "Positiv",
    "crisis.email.notForEmergencies": "E-Mails werden nicht sofort beantwortet: nicht für Notfälle.",
    "crisis.de-telefonseelsorge.name": "TelefonSeelsorge",
    "crisis.de-telefonseelsorge.notes": "Kostenlos und anonym; auch 0800 111 0 222; Chat und Mail über telefonseelsorge.de.",
    "crisis.es-024.name": "024, Telefon bei suizidalen Krisen",
    "crisis.es-024.notes": "Kostenlos, anonym und vertraulich, aus ganz Spanien.",
    "crisis.us-911.name": "Notruf",
    "crisis.us-911.notes": "Für jeden Notfall.",
    "crisis.us-988.name": "988 Suicide & Crisis Lifeline",
    "crisis.us-988.notes": "Kostenlos und vertraulich; Chat auf 988lifeline.org.",
    "crisis.gb-999.name": "Notruf",
    "crisis.gb-999.notes": "Bei einem ernsten oder lebensbedrohlichen Notfall.",
    "crisis.gb-nhs-111.name": "NHS 111, Option psychische Gesundheit",
    "crisis.gb-nhs-111.notes": "In England, in einer psychischen Krise: 111 anrufen und Option 2 wählen.",
    "crisis.gb-samaritans.name": "Samaritans",
    "crisis.gb-samaritans.notes": "Kostenlos aus Fest- und Mobilnetz.",
    "crisis.ie-999.name": "Notruf",
    "crisis.ie-999.notes": "Auch 112 funktioniert; beide sind kostenlos.",
    "crisis.eu-112.name": "Europäische Notrufnummer",
    "crisis.eu-112.notes": "Kostenlos von jedem Telefon in allen EU-Mitgliedstaaten.",
    "crisis.au-000.name": "Triple Zero",
    "crisis.au-000.notes": "Kostenlos. 112 funktioniert auch vom Mobiltelefon; 106 ist die Notrufnummer für Texttelefone (TTY) und nimmt keine SMS an.",
    "crisis.au-lifeline.name": "Lifeline",
    "crisis.au-lifeline.notes": "Krisenhilfe und Suizidprävention.",
    "crisis.nz-111.name": "Notruf",
    "crisis.nz-111.notes": "Polizei, Feuerwehr oder Rettungsdienst.",
    "crisis.at-telefonseelsorge.name": "TelefonSeelsorge",
    "crisis.at-telefonseelsorge.notes": "Kostenlos von jedem Telefon.",
    "crisis.ch-112.name": "Europäische Notrufnummer",
    "crisis.ch-112.notes": "Kostenlos. 144 für den Rettungsdienst.",
    "crisis.ch-143.name": "Die Dargebotene Hand",
    "crisis.ch-143.notes": "Höchstens 20 Rappen pro Anruf (70 aus einer Telefonkabine).",
    "crisis.fr-3114.name": "3114, nationale Nummer zur Suizidprävention",
    "crisis.fr-3114.notes": "Kostenlos.",
    "crisis.be-cps.name": "Centre de Prévention du Suicide",
    "crisis.be-cps.notes": "Anonym; auf Französisch.",
    "crisis.be-1813.name": "Zelfmoordlijn 1813",
    "crisis.be-1813.notes": "Auf Niederländisch; abends auch ein Chat.",
    "crisis.ca-911.name": "Notruf",
    "crisis.ca-911.notes": "Wenn Gesundheit, Sicherheit oder Eigentum bedroht sind.",
    "crisis.ca-988.name": "9-8-8 Suicide Crisis Helpline",
    "crisis.ca-988.notes": "Anruf oder SMS; seit dem 30. November 2023.",
    "crisis.de-nummer-gegen-kummer.name": "Nummer gegen Kummer",
    "crisis.de-nummer-gegen-kummer.notes": "Für Kinder und Jugendliche; kostenlos und anonym; nicht rund um die Uhr.",
    "crisis.at-rat-auf-draht.name": "Rat auf Draht",
    "crisis.at-rat-auf-draht.notes": "Für Kinder und Jugendliche; kostenlos und nicht auf der Telefonrechnung.",
    "crisis.ch-147.name": "Pro Juventute 147",
    "crisis.ch-147.notes": "Für Kinder und Jugendliche; kostenlos und vertraulich; WhatsApp-Chat über 147.ch.",
    "crisis.es-anar.name": "Fundación ANAR",
    "crisis.es-anar.notes": "Für Kinder und Jugendliche; auch unter 116 111.",
    "crisis.gb-childline.name": "Childline",
    "crisis.gb-childline.notes": "Für junge Menschen bis 19; kostenlos; Online-Chat auf childline.org.uk.",
    "crisis.ca-kids-help-phone.name": "Kids Help Phone",
    "crisis.ca-kids-help-phone.notes": "Für junge Menschen: CONNECT per SMS senden; kostenlos in ganz Kanada.",
    "crisis.au-kids-helpline.name": "Kids Helpline",
    "crisis.au-kids-helpline.notes": "Für junge Menschen von 5 bis 25 Jahren.",
    "crisis.nz-youthline.name": "Youthline",
    "crisis.nz-youthline.notes": "Für junge Menschen; kostenlose SMS an 234.",
    "crisis.be-103.name": "Écoute-Enfants",
    "crisis.be-103.notes": "Für Kinder und Jugendliche; auf Französisch.",
  } satisfies Locale["messages"]),
});
