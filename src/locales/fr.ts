import type { Locale } from "../i18n/messages.js";

/**
 * French (français). A translation by the coaching-scope project, not by the source text's
 * author; to be reviewed by native-speaking practitioners before clinical use.
 *
 * Typography: a no-break space (U+00A0) precedes ; : ? ! and sits inside « »; apostrophes
 * are typographic (’).
 *
 * @example
 * ```ts
 * import { fr } from "coaching-scope/locales/fr";
 * buildComparisonTable({ locale: fr }).caption;
 * //=> "Coaching et psychothérapie : comparaison"
 * ```
 */
export const fr: Locale = /* @__PURE__ */ Object.freeze({
  code: "fr",
  dir: "ltr",
  messages: Object.freeze({
    "modality.coaching": "Coaching",
    "modality.psychotherapy": "Psychothérapie",
    "dimension.relationship.label": "Relation",
    "dimension.relationship.coaching": "Co-active ; d’égal à égal",
    "dimension.relationship.psychotherapy": "Hiérarchique ; expert/client",
    "dimension.clientState.label": "État du client",
    "dimension.clientState.coaching":
      "Formé pour travailler avec des clients stables sur le plan émotionnel et psychologique, ou en voie de rétablissement ; le coach cherche à considérer le client dans une perspective holistique",
    "dimension.clientState.psychotherapy":
      "Formé pour travailler avec des clients en souffrance sur le plan émotionnel et psychologique ; le thérapeute cherche à poser un diagnostic et à traiter",
    "dimension.orientation.label": "Approche",
    "dimension.orientation.coaching": "Orientation vers les solutions",
    "dimension.orientation.psychotherapy": "Orientation vers les problèmes",
    "dimension.timeFocus.label": "Rapport au temps",
    "dimension.timeFocus.coaching": "Se concentre sur le présent et l’avenir",
    "dimension.timeFocus.psychotherapy": "Se concentre sur la manière de faire face au passé",
    "dimension.driver.label": "Moteur",
    "dimension.driver.coaching": "Guidé par l’esprit conscient, les objectifs et le passage à l’action",
    "dimension.driver.psychotherapy":
      "Guidée par l’inconscient et par la compréhension profonde des problèmes et des sentiments non résolus",
    "dimension.plan.label": "Planification",
    "dimension.plan.coaching": "Alliance élaborée par le coach et le client, qui travaillent ensemble",
    "dimension.plan.psychotherapy": "Plan de traitement conçu par le thérapeute",
    "dimension.aim.label": "Objectif",
    "dimension.aim.coaching": "Travaille à atteindre un niveau de fonctionnement plus élevé",
    "dimension.aim.psychotherapy": "Travaille à atteindre la compréhension et la guérison émotionnelle",
    "dimension.duration.label": "Durée",
    "dimension.duration.coaching":
      "À court terme, limité dans le temps, axé sur les résultats et se concentre sur l’exploration de solutions",
    "dimension.duration.psychotherapy":
      "À long terme, sans durée déterminée, explore l’origine des problèmes et apporte des explications",
    "dimension.guidingQuestion.label": "Question directrice",
    "dimension.guidingQuestion.coaching": "Demande : « Où aimeriez-vous en être et comment pouvez-vous y parvenir ? »",
    "dimension.guidingQuestion.psychotherapy": "Demande : « Qu’est-ce que cela vous a fait ressentir ? »",
    "dimension.selfEsteem.label": "Estime de soi",
    "dimension.selfEsteem.coaching": "Explore les actions qui traduisent une estime de soi élevée",
    "dimension.selfEsteem.psychotherapy": "Explore la genèse des comportements qui engendrent une faible estime de soi",
    "dimension.issueLocus.label": "Problématiques",
    "dimension.issueLocus.coaching": "Travaille principalement sur des problématiques externes",
    "dimension.issueLocus.psychotherapy": "Travaille principalement sur des problématiques internes",
    "dimension.setting.label": "Cadre",
    "dimension.setting.coaching": "Se déroule par téléphone, sur Internet ou en personne",
    "dimension.setting.psychotherapy": "Se déroule dans un cabinet",
    "disclaimer.notPsychotherapy":
      "Le coaching et le soutien par les pairs ne sont PAS de la psychothérapie. Ils ne peuvent pas remplacer une prise en charge psychiatrique ou psychothérapeutique.",
    "disclaimer.essentialDifference":
      "Cela dit, la différence essentielle est la suivante – la psychothérapie vous accueille là où vous en êtes aujourd’hui, regarde en arrière et démêle ce que vous avez vécu afin de vous aider à aller de l’avant ; le coaching, en partant du principe que vous êtes médicalement stable (pas en danger imminent), vous accueille là où vous en êtes aujourd’hui et vous met sur le chemin qui mène là où vous allez.",
    "disclaimer.complement":
      "Le coaching prend le relais là où la psychothérapie s’arrête. Les clients emportent leurs nouvelles prises de conscience et leur stabilité dans un monde qui ne s’adapte pas forcément à leurs besoins, et le coaching atténue ce décalage. Il aide les personnes à mettre en pratique dans leur vie quotidienne ce qu’elles ont compris en psychothérapie et dans leur travail sur soi, et à surmonter les obstacles du quotidien qui peuvent les empêcher de participer pleinement au processus thérapeutique et d’en tirer profit.",
    "level.coaching": "Relève du coaching",
    "level.coaching.action": "Le coaching peut avoir lieu.",
    "level.coaching-with-care": "Relève du coaching, avec vigilance",
    "level.coaching-with-care.action":
      "Le coaching peut avoir lieu : abordez les points ci-dessous au moment de convenir ensemble de votre façon de travailler, et coordonnez-vous avec tout professionnel qui assure le suivi thérapeutique de la personne.",
    "level.incomplete": "Pas assez de réponses pour décider",
    "level.incomplete.action": "Posez les questions manquantes avant de décider. Ne commencez pas encore le coaching.",
    "level.refer": "Orienter vers un professionnel de santé mentale",
    "level.refer.action": "Orientez la personne vers un professionnel de santé mentale avant tout coaching.",
    "level.refer.inCareAction":
      "Échangez avec le professionnel qui assure le suivi thérapeutique de la personne avant de commencer tout coaching.",
    "level.crisis": "Crise : obtenir de l’aide immédiatement",
    "level.crisis.action":
      "Mettez le coaching en pause, mais pas le contact : appelez immédiatement le numéro d’urgence local ou une ligne d’aide en cas de crise, et restez avec la personne jusqu’à ce que les secours ou les intervenants prennent le relais.",
    "reason.imminent-danger":
      "Vous avez indiqué que vous courez un risque immédiat de vous faire du mal ou de faire du mal à quelqu’un d’autre, ou que vous vivez une urgence médicale.",
    "reason.suicidal-intent-or-plan":
      "Vous avez indiqué qu’au cours du dernier mois, vous avez eu l’intention de mettre fin à vos jours, ou que vous avez élaboré un plan pour le faire.",
    "reason.recent-suicidal-behavior":
      "Vous avez indiqué qu’au cours des 3 derniers mois, vous avez tenté de mettre fin à vos jours, ou que vous avez fait quelque chose pour vous y préparer.",
    "reason.harm-to-others":
      "Vous avez indiqué qu’au cours du dernier mois, vous avez eu l’intention de faire du mal à quelqu’un, ou que vous avez prévu de le faire.",
    "reason.assessed-risk":
      "Une évaluation du risque réalisée par un professionnel de santé mentale a relevé un niveau de risque qui nécessite cette mesure.",
    "reason.suicidal-thoughts":
      "Vous avez indiqué avoir pensé qu’il vaudrait mieux mourir, ou avoir pensé à mettre fin à vos jours.",
    "reason.self-harm":
      "Vous avez indiqué qu’au cours des 3 derniers mois, il vous est arrivé de vous blesser volontairement.",
    "reason.phq9-item9":
      "Au PHQ-9, vous avez indiqué avoir pensé qu’il vaudrait mieux mourir, ou avoir pensé à vous faire du mal.",
    "reason.thoughts-of-death": "Des pensées de mort ou de suicide ont été relevées.",
    "reason.past-suicidal-behavior":
      "Vous avez indiqué qu’il y a plus de 3 mois, vous avez tenté de mettre fin à vos jours, ou que vous avez fait quelque chose pour vous y préparer.",
    "reason.recent-discharge":
      "Vous avez indiqué qu’au cours des 3 derniers mois, votre hospitalisation en psychiatrie ou votre prise en charge par une équipe de crise a pris fin.",
    "reason.professional-advises-against":
      "Vous avez indiqué que le professionnel qui vous suit vous déconseille le coaching pour le moment.",
    "reason.medically-unstable": "Vous avez indiqué ne pas être stable sur le plan médical pour le moment.",
    "reason.daily-functioning":
      "Vous avez indiqué que vos préoccupations rendent la vie quotidienne difficile à gérer.",
    "reason.phq9": "Votre score au PHQ-9 (humeur) est de {score}, égal ou supérieur au seuil de {threshold}.",
    "reason.phq8": "Votre score au PHQ-8 (humeur) est de {score}, égal ou supérieur au seuil de {threshold}.",
    "reason.gad7": "Votre score au GAD-7 (anxiété) est de {score}, égal ou supérieur au seuil de {threshold}.",
    "reason.k10":
      "Votre score au K10 (détresse psychologique) est de {score}, égal ou supérieur au seuil de {threshold}.",
    "reason.k6":
      "Votre score au K6 (détresse psychologique) est de {score}, égal ou supérieur au seuil de {threshold}.",
    "reason.who5": "Votre score au WHO-5 (bien-être) est de {score}, égal ou inférieur au seuil de {threshold}.",
    "reason.who5.item":
      "Votre score au WHO-5 (bien-être) est de {score}, et au moins une réponse était égale ou inférieure à {threshold}.",
    "reason.self-described-unwell":
      "D’après votre description, vous n’allez pas bien et vous cherchez de l’aide pour cela.",
    "reason.phq2-positive":
      "Votre score au PHQ-2 (humeur) est de {score}, égal ou supérieur au seuil de {threshold} : le PHQ-9 complet est nécessaire.",
    "reason.gad2-positive":
      "Votre score au GAD-2 (anxiété) est de {score}, égal ou supérieur au seuil de {threshold} : le GAD-7 complet est nécessaire.",
    "reason.who5-positive":
      "Votre score au WHO-5 (bien-être) est de {score}, égal ou inférieur au seuil de {threshold} : un questionnaire sur la dépression (le PHQ-9) est nécessaire.",
    "reason.who5-positive.item":
      "Votre score au WHO-5 (bien-être) est de {score}, et au moins une réponse était égale ou inférieure à {threshold} : un questionnaire sur la dépression (le PHQ-9) est nécessaire.",
    "reason.indicators":
      "Signes relevés indiquant que parler à un professionnel de santé mentale pourrait vous aider : {count}, ce qui est égal ou supérieur au seuil de {threshold}.",
    "reason.indicators.hopelessness":
      "Un sentiment de désespoir ou de perte d’espoir a été relevé : c’est un signe dont il faut parler, et qu’il faut surveiller.",
    "reason.fit": "Réponses sur ce que vous recherchez qui correspondent au coaching : {coaching} sur {answered}.",
    "reason.concurrent-treatment":
      "Vous bénéficiez actuellement d’une psychothérapie ou d’une prise en charge psychiatrique.",
    "reason.alongside-treatment":
      "Le professionnel qui vous suit est favorable à un coaching en parallèle de votre prise en charge ; les résultats du dépistage qui conduiraient sinon à une orientation vers un professionnel de santé mentale deviennent donc des points à convenir ensemble.",
    "reason.instrument-incomplete":
      "Questions du {instrument} encore sans réponse : {items}. Les réponses à ces questions pourraient modifier le résultat.",
    "reason.inconsistent-answers":
      "Vos réponses au {first} et au {second} ne concordent pas sur les questions communes aux deux : il faut refaire les deux questionnaires.",
    "reason.stale-answers":
      "Certaines réponses ont été données il y a {ageDays} jours et ne sont donc plus valables : il faut reposer ces questions.",
    "reason.risk-screen-incomplete":
      "Il reste des questions sans réponse sur votre sécurité (danger immédiat, pensées suicidaires, le fait de vous faire du mal ou de faire du mal à d’autres) ; il faut y répondre avant tout coaching.",
    "reason.risk-not-screened":
      "Il reste des questions sans réponse sur votre sécurité (danger immédiat, pensées suicidaires, le fait de vous faire du mal ou de faire du mal à d’autres) : il faut les poser avant de se fier à ce résultat.",
    "reason.nothing-answered":
      "Aucune réponse sur votre santé ou votre sécurité n’a encore été donnée : ce que vous recherchez ne suffit pas, à lui seul, à montrer que le coaching vous convient.",
    "instrument.phq9.name": "PHQ-9",
    "instrument.phq8.name": "PHQ-8",
    "instrument.gad7.name": "GAD-7",
    "instrument.phq2.name": "PHQ-2",
    "instrument.gad2.name": "GAD-2",
    "instrument.k10.name": "K10",
    "instrument.k6.name": "K6",
    "instrument.who5.name": "WHO-5",
    "band.phq9.minimal": "Minimale",
    "band.phq9.mild": "Légère",
    "band.phq9.moderate": "Modérée",
    "band.phq9.moderately-severe": "Modérément sévère",
    "band.phq9.severe": "Sévère",
    "band.phq8.minimal": "Minimale",
    "band.phq8.mild": "Légère",
    "band.phq8.moderate": "Modérée",
    "band.phq8.moderately-severe": "Modérément sévère",
    "band.phq8.severe": "Sévère",
    "band.gad7.minimal": "Minimale",
    "band.gad7.mild": "Légère",
    "band.gad7.moderate": "Modérée",
    "band.gad7.severe": "Sévère",
    "band.phq2.negative": "Négatif",
    "band.phq2.positive": "Positif",
    "band.gad2.negative": "Négatif",
    "band.gad2.positive": "Positif",
    "band.k10.low": "Faible",
    "band.k10.moderate": "Modérée",
    "band.k10.high": "Élevée",
    "band.k10.very-high": "Très élevée",
    "band.k6.low": "Faible",
    "band.k6.moderate": "Modérée",
    "band.k6.serious": "Grave",
    "band.who5.very-low": "Très faible",
    "band.who5.low": "Faible",
    "band.who5.adequate": "Adéquat",
    "table.caption": "Coaching et psychothérapie : comparaison",
    "table.dimensionHeader": "Critère",
    "cli.record": "Enregistrement {line}",
    "cli.invalidInput": "entrée non valide",
    "cli.askNext": "À demander ensuite",
    "cli.item": "question {number}",
    "crisis.instruction": "Si vous ou une autre personne êtes en danger maintenant, appelez le numéro d’urgence local.",
    "crisis.kind.emergency": "Numéro d’urgence",
    "crisis.kind.crisis-line": "Ligne d’aide en cas de crise",
    "crisis.reach.call": "appel",
    "crisis.reach.text": "SMS",
    "crisis.reach.email": "courriel",
    "reason.red-flag": "Un signe d’alerte actuel a été relevé : {flag}. Orientez la personne vers {referTo}.",
    "reason.red-flag.urgent": "Un signe d’alerte actuel a été relevé : {flag}. Orientez la personne en urgence, le jour même, vers {referTo}.",
    "reason.red-flag.perinatal": "Un signe d’alerte actuel a été relevé pendant la grossesse ou l’année qui suit l’accouchement : {flag}. C’est une urgence : contactez immédiatement {referTo} ou appelez le numéro d’urgence local.",
    "reason.red-flag.unanswered": "Il reste des questions sans réponse sur les signes d’alerte actuels : il faut y répondre avant tout coaching.",
    "reason.under-minimum-age": "La personne a {age} ans, en dessous de l’âge minimum de {minAge} ans pour le coaching : orientez-la vers les services pour les jeunes.",
    "reason.minor": "La personne a moins de {adultAge} ans : le consentement d’un parent ou d’un tuteur est nécessaire avant le coaching.",
    "reason.minor.unknown": "L’âge de la personne n’est pas connu : demandez-le (ou si elle a {adultAge} ans ou plus) avant le coaching.",
    "reason.minor.consent": "La personne a moins de {adultAge} ans et un parent ou un tuteur a donné son consentement : menez le coaching avec vigilance et orientez-la vers les services pour les jeunes si une orientation est nécessaire.",
    "reason.minor.refused": "La personne a moins de {adultAge} ans et aucun parent ou tuteur n’a consenti : ne commencez pas le coaching.",
    "reason.perinatal": "La personne est enceinte ou a accouché au cours des 12 derniers mois : menez le coaching avec vigilance et, en cas d’inquiétude, impliquez son médecin ou sa sage-femme.",
    "reason.scoff": "Votre score au SCOFF (alimentation) est de {score}, égal ou supérieur au seuil de {threshold} : une évaluation par {referTo} est nécessaire. Le SCOFF n’est qu’un test de dépistage ; il ne permet pas d’établir s’il y a un trouble du comportement alimentaire.",
    "reason.pcptsd5": "Votre score au PC-PTSD-5 (stress après un événement effrayant ou traumatique) est de {score}, égal ou supérieur au seuil de {threshold}.",
    "reason.inconsistent-answers.client": "L’âge de la personne ({age}) et sa réponse sur le fait d’avoir {adultAge} ans ou plus ne concordent pas : reposez les deux questions. En attendant, elle est considérée comme mineure.",
    "instrument.scoff.name": "SCOFF",
    "instrument.pcptsd5.name": "PC-PTSD-5",
    "redFlag.psychosis": "entendre ou voir des choses que les autres ne perçoivent pas, ou des convictions fermes que les autres trouvent étranges",
    "redFlag.mania": "plusieurs jours d’humeur exaltée ou irritable, avec un besoin de sommeil réduit",
    "redFlag.substance-use": "une consommation d’alcool ou de drogues qui pose problème",
    "redFlag.eating-disorder": "restreindre son alimentation, avoir des crises de boulimie ou se purger (vomissements, laxatifs), ou la peur de prendre du poids",
    "redFlag.abuse-or-violence": "être blessé, menacé ou contrôlé par quelqu’un",
    "redFlag.cognitive-decline": "de nouveaux problèmes de mémoire ou de réflexion",
    "referTo.mental-health": "un professionnel de santé mentale",
    "referTo.medical": "un médecin",
    "referTo.addiction-services": "un service d’addictologie",
    "referTo.abuse-support": "un service spécialisé d’aide aux victimes de violences",
    "referTo.safeguarding": "le service local de protection de l’enfance",
    "referTo.youth-services": "les services de santé mentale pour les jeunes",
    "band.scoff.negative": "Négatif",
    "band.scoff.positive": "Positif : évaluation nécessaire",
    "band.pcptsd5.negative": "Négatif",
    "band.pcptsd5.borderline": "Limite (positif au seuil plus sensible de 3)",
    "band.pcptsd5.positive": "Positif",
    "crisis.email.notForEmergencies": "Les courriels ne reçoivent pas de réponse immédiate : à ne pas utiliser en cas d’urgence.",
    "crisis.de-telefonseelsorge.name": "TelefonSeelsorge",
    "crisis.de-telefonseelsorge.notes": "Gratuit et anonyme ; aussi au 0800 111 0 222 ; chat et courriel sur telefonseelsorge.de.",
    "crisis.es-024.name": "024, ligne d’aide en cas de conduite suicidaire",
    "crisis.es-024.notes": "Gratuit, anonyme et confidentiel, depuis toute l’Espagne.",
    "crisis.us-911.name": "Services d’urgence",
    "crisis.us-911.notes": "Pour toute urgence.",
    "crisis.us-988.name": "988 Suicide & Crisis Lifeline",
    "crisis.us-988.notes": "Gratuit et confidentiel ; chat sur 988lifeline.org.",
    "crisis.gb-999.name": "Services d’urgence",
    "crisis.gb-999.notes": "Pour une urgence grave ou vitale.",
    "crisis.gb-nhs-111.name": "NHS 111, option santé mentale",
    "crisis.gb-nhs-111.notes": "En Angleterre, en cas de crise de santé mentale : appelez le 111 et choisissez l’option 2.",
    "crisis.gb-samaritans.name": "Samaritans",
    "crisis.gb-samaritans.notes": "Appel gratuit depuis un fixe ou un mobile.",
    "crisis.ie-999.name": "Services d’urgence",
    "crisis.ie-999.notes": "Le 112 fonctionne aussi ; les deux sont gratuits.",
    "crisis.eu-112.name": "Numéro d’urgence européen",
    "crisis.eu-112.notes": "Gratuit depuis tout téléphone dans tous les États membres de l’UE.",
    "crisis.au-000.name": "Triple Zero",
    "crisis.au-000.notes": "Gratuit. Le 112 fonctionne aussi depuis un mobile ; le 106 est le numéro d’urgence pour les téléscripteurs (TTY) et ne reçoit pas de SMS.",
    "crisis.au-lifeline.name": "Lifeline",
    "crisis.au-lifeline.notes": "Soutien en cas de crise et prévention du suicide.",
    "crisis.nz-111.name": "Services d’urgence",
    "crisis.nz-111.notes": "Police, pompiers ou ambulance.",
    "crisis.at-telefonseelsorge.name": "TelefonSeelsorge",
    "crisis.at-telefonseelsorge.notes": "Gratuit depuis tout téléphone.",
    "crisis.ch-112.name": "Numéro d’urgence européen",
    "crisis.ch-112.notes": "Gratuit. Le 144 pour une ambulance.",
    "crisis.ch-143.name": "La Main Tendue (Die Dargebotene Hand)",
    "crisis.ch-143.notes": "Au plus 20 centimes par appel (70 depuis une cabine).",
    "crisis.fr-3114.name": "3114, numéro national de prévention du suicide",
    "crisis.fr-3114.notes": "Gratuit.",
    "crisis.be-cps.name": "Centre de Prévention du Suicide",
    "crisis.be-cps.notes": "Anonyme ; en français.",
    "crisis.be-1813.name": "Zelfmoordlijn 1813",
    "crisis.be-1813.notes": "En néerlandais ; un chat est ouvert le soir.",
    "crisis.ca-911.name": "Services d’urgence",
    "crisis.ca-911.notes": "Quand la santé, la sécurité ou des biens sont menacés.",
    "crisis.ca-988.name": "9-8-8 Suicide Crisis Helpline",
    "crisis.ca-988.notes": "Appel ou texto ; depuis le 30 novembre 2023.",
    "crisis.de-nummer-gegen-kummer.name": "Nummer gegen Kummer",
    "crisis.de-nummer-gegen-kummer.notes": "Pour les enfants et les jeunes ; gratuit et anonyme ; pas 24 h sur 24.",
    "crisis.at-rat-auf-draht.name": "Rat auf Draht",
    "crisis.at-rat-auf-draht.notes": "Pour les enfants et les jeunes ; gratuit et n’apparaît pas sur la facture de téléphone.",
    "crisis.ch-147.name": "Pro Juventute 147",
    "crisis.ch-147.notes": "Pour les enfants et les jeunes ; gratuit et confidentiel ; chat WhatsApp via 147.ch.",
    "crisis.es-anar.name": "Fundación ANAR",
    "crisis.es-anar.notes": "Pour les enfants et les jeunes ; aussi au 116 111.",
    "crisis.gb-childline.name": "Childline",
    "crisis.gb-childline.notes": "Pour les jeunes jusqu’à 19 ans ; gratuit ; chat sur childline.org.uk.",
    "crisis.ca-kids-help-phone.name": "Kids Help Phone",
    "crisis.ca-kids-help-phone.notes": "Pour les jeunes : envoyez CONNECT par texto ; gratuit partout au Canada.",
    "crisis.au-kids-helpline.name": "Kids Helpline",
    "crisis.au-kids-helpline.notes": "Pour les jeunes de 5 à 25 ans.",
    "crisis.nz-youthline.name": "Youthline",
    "crisis.nz-youthline.notes": "Pour les jeunes ; SMS gratuit au 234.",
    "crisis.be-103.name": "Écoute-Enfants",
    "crisis.be-103.notes": "Pour les enfants et les jeunes ; en français.",
  } satisfies Locale["messages"]),
});
