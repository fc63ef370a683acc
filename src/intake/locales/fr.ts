/**
 * The intake's texts in French: the project's own translation of the client, risk, context,
 * red-flag, indicator and preference questions, and the comparison model's texts of the French
 * core locale. No instrument's text ships in French.
 *
 * @module
 */
import { fr as core } from "../../locales/fr.js";
import { defineIntakeLocale, type IntakeLocale } from "../texts.js";

/**
 * French (français). The risk, context, red-flag, indicator and preference questions are the
 * coaching-scope project's own translation of its English wording, not a clinically validated
 * translation: like the core locale, to be reviewed by native-speaking practitioners before
 * clinical use. The client is addressed as "vous"; typography as in the core locale (a no-break
 * space before ; : ? ! and typographic apostrophes). No instrument's text ships in French: no
 * official French translation of any of them (the PHQ-9, GAD-7, K10, K6, PC-PTSD-5, WHO-5,
 * SCOFF) was found in a stored copy, so apps supply them through `overrides` or `translate`.
 *
 * @example
 * ```ts
 * import { buildIntake } from "coaching-scope/intake";
 * import { fr } from "coaching-scope/intake/locales/fr";
 * buildIntake({ locale: fr }).sections[1]!.title;
 * //=> "Votre sécurité"
 * ```
 */
export const fr: IntakeLocale = /* @__PURE__ */ defineIntakeLocale(
  core,
  {
    yes: "Oui",
    no: "Non",
    "section.client": "À propos de vous",
    "section.client.help": "Quelques questions pour pouvoir vous proposer le soutien qui vous convient.",
    "client.age": "Quel âge avez-vous ?",
    "client.age.help": "En années révolues.",
    "client.adult": "Avez-vous {adultAge} ans ou plus ?",
    "client.guardianConsent": "Un parent ou un tuteur a-t-il accepté que vous fassiez un coaching ?",
    "client.perinatal": "Êtes-vous enceinte, ou avez-vous accouché au cours des 12 derniers mois ?",
    "client.perinatal.help": "Nous posons cette question à tout le monde, y compris lorsqu’une grossesse ou une naissance s’est terminée par une perte. Si c’est votre cas, il faudra peut-être associer votre médecin ou votre sage-femme à l’accompagnement.",
    "section.risk": "Votre sécurité",
    "section.risk.help": "Nous posons ces questions à tout le monde. Merci d’y répondre honnêtement : vos réponses nous aident à nous assurer que vous recevez le soutien qu’il vous faut.",
    "risk.skipped": "Vous pouvez choisir de ne pas répondre. Si vous êtes en danger en ce moment, ou si vous pensez à vous faire du mal ou à faire du mal à quelqu’un d’autre, contactez dès maintenant l’un de ces services. Ils sont là pour vous aider.",
    "risk.imminentDanger": "Risquez-vous, en ce moment même, de vous faire du mal ou de faire du mal à quelqu’un d’autre, ou avez-vous besoin d’une aide médicale urgente ?",
    "risk.suicidalThoughts": "Au cours du dernier mois, avez-vous pensé qu’il vaudrait mieux pour vous être mort(e), souhaité ne plus être en vie, ou pensé à vous suicider ?",
    "risk.suicidalThoughts.help": "Beaucoup de personnes ont ce genre de pensées quand la vie est difficile. Nous en parler nous aide à trouver le soutien qui vous convient.",
    "risk.suicidalThoughts=none": "Non",
    "risk.suicidalThoughts=passive": "Oui, j’ai pensé qu’il vaudrait mieux pour moi être mort(e) ou souhaité ne plus être en vie, mais pas à me suicider",
    "risk.suicidalThoughts=active": "Oui, j’ai pensé à me suicider",
    "risk.suicidalIntentOrPlan": "Au cours du dernier mois, avez-vous eu l’intention de passer à l’acte alors que vous pensiez à vous suicider, ou avez-vous fait le moindre projet, même partiel, sur la façon ou le moment de mettre fin à vos jours ?",
    "risk.recentSuicidalBehavior": "Au cours des 3 derniers mois, avez-vous tenté de mettre fin à vos jours, commencé à le faire puis arrêté ou été empêché(e) d’aller jusqu’au bout, ou fait quoi que ce soit pour vous y préparer ?",
    "risk.selfHarm": "Au cours des 3 derniers mois, vous est-il arrivé de vous blesser volontairement ?",
    "risk.harmToOthers": "Au cours du dernier mois, avez-vous eu l’intention de blesser gravement une autre personne, ou avez-vous fait le moindre projet pour le faire ?",
    "risk.pastSuicidalBehavior": "Il y a plus de 3 mois, avez-vous déjà tenté de mettre fin à vos jours, commencé à le faire puis arrêté ou été empêché(e) d’aller jusqu’au bout, ou fait quoi que ce soit pour vous y préparer ?",
    "section.context": "Votre santé et vos soins",
    medicallyStable: "Votre santé physique est-elle stable en ce moment, sans rien qui nécessite des soins médicaux urgents ?",
    "medicallyStable.help": "Une maladie chronique qui est sous contrôle est considérée comme stable.",
    dailyFunctioningImpaired: "Au cours des 2 dernières semaines, ce que vous ressentez vous a-t-il souvent empêché(e) de gérer comme d’habitude votre travail, vos études, vos tâches familiales ou de prendre soin de vous ?",
    "treatment.inPsychotherapy": "Suivez-vous une psychothérapie en ce moment (une thérapie par la parole avec un thérapeute) ?",
    "treatment.inPsychiatricCare": "Avez-vous en ce moment un suivi avec un psychiatre ou une équipe de santé mentale ?",
    "treatment.professionalSupportsCoaching": "Les professionnels qui vous suivent sont-ils favorables à ce que vous fassiez un coaching en même temps ?",
    "treatment.professionalSupportsCoaching.help": "Si vous ne leur avez pas encore posé la question, ne répondez pas à celle-ci.",
    "treatment.professionalSupportsCoaching=true": "Oui, ils y sont favorables",
    "treatment.professionalSupportsCoaching=false": "Non, l’un d’eux me l’a déconseillé",
    "treatment.recentDischarge": "À un moment ou à un autre au cours des 3 derniers mois, y compris en ce moment, avez-vous séjourné dans un hôpital ou un service hospitalier pour votre santé mentale, ou été pris(e) en charge par une équipe de crise ?",
    "section.redFlags": "Autres choses qui peuvent vous affecter",
    "section.redFlags.help": "Ces questions portent sur le dernier mois, jusqu’à aujourd’hui. Merci de répondre à chacune.",
    "redFlags.psychosis": "Au cours du dernier mois, avez-vous entendu ou vu des choses que les autres ne pouvaient pas percevoir, ou été sûr(e) de choses dont les autres disaient qu’elles n’étaient pas vraies (par exemple, qu’on vous surveillait ou vous suivait, ou qu’on lisait ou contrôlait vos pensées) ?",
    "redFlags.mania": "Au cours du dernier mois, avez-vous eu des jours où votre humeur était inhabituellement euphorique, exaltée ou irritable, et où vous aviez besoin de beaucoup moins de sommeil que d’habitude sans vous sentir fatigué(e) ?",
    "redFlags.substance-use": "Au cours du dernier mois, votre consommation d’alcool ou de drogues vous a-t-elle causé des problèmes, à vous ou à vos proches ?",
    "redFlags.eating-disorder": "Au cours du dernier mois, avez-vous fortement limité ce que vous mangez au point de perdre beaucoup de poids ou d’inquiéter les autres, mangé de grandes quantités en perdant le contrôle, vous êtes-vous fait vomir, ou avez-vous eu très peur de prendre du poids ?",
    "redFlags.abuse-or-violence": "Au cours du dernier mois, jusqu’à aujourd’hui, quelqu’un vous a-t-il fait du mal, vous a-t-il menacé(e), ou a-t-il contrôlé ce que vous faites, les personnes que vous voyez ou votre argent ?",
    "redFlags.cognitive-decline": "Au cours du dernier mois, avez-vous remarqué de nouveaux problèmes de mémoire ou de réflexion ?",
    "section.indicators": "Comment vous vous sentez ces derniers temps",
    indicators: "Au cours des dernières semaines, avez-vous remarqué l’une de ces choses ? Choisissez toutes celles qui correspondent.",
    "indicators.help": "Ne choisissez rien si aucune ne correspond.",
    "indicators=low-mood": "Éprouver de la tristesse ou un sentiment d’impuissance, ou prendre moins de plaisir aux choses qu’avant",
    "indicators=poor-concentration": "Avoir du mal à se concentrer, ou avoir des pensées impossibles à chasser",
    "indicators=sleep-disturbance": "Avoir du mal à s’endormir ou à dormir toute la nuit, ou dormir trop",
    "indicators=appetite-change": "Manger beaucoup plus ou beaucoup moins que d’habitude",
    "indicators=survivor-guilt": "Se sentir coupable parce que d’autres personnes ont souffert ou sont mortes",
    "indicators=hopelessness": "Ne plus avoir d’espoir, ou être au désespoir",
    "indicators=hyperalert-or-exhausted": "Être constamment sur ses gardes, ou à bout de forces",
    "indicators=irritability": "S’énerver ou se mettre en colère plus facilement qu’avant",
    "indicators=impulsive-risk-taking": "Faire des choses risquées sur un coup de tête",
    "indicators=thoughts-of-death": "Avoir des pensées sur sa propre mort ou sur le suicide",
    "section.preferences": "Ce que vous recherchez",
    "section.preferences.help": "Pour chaque paire, choisissez la description la plus proche de ce que vous souhaitez. Il n’y a pas de bonne ou de mauvaise réponse.",
    preferences: "{dimension} : quelle description se rapproche le plus de ce que vous recherchez ?",
  },
  {},
);
