import type { Locale } from "../i18n/messages.js";

/**
 * Spanish (español). A translation by the coaching-scope project, not by the source text's
 * author; to be reviewed by native-speaking practitioners before clinical use.
 *
 * @example
 * ```ts
 * import { es } from "coaching-scope/locales/es";
 * buildComparisonTable({ locale: es }).caption;
 * //=> "Comparación entre el coaching y la psicoterapia"
 * ```
 */
export const es: Locale = /* @__PURE__ */ Object.freeze({
  code: "es",
  dir: "ltr",
  messages: Object.freeze({
    "modality.coaching": "Coaching",
    "modality.psychotherapy": "Psicoterapia",
    "dimension.relationship.label": "Relación",
    "dimension.relationship.coaching": "Co-activa; de igual a igual",
    "dimension.relationship.psychotherapy": "Jerárquica; experto/cliente",
    "dimension.clientState.label": "Estado del cliente",
    "dimension.clientState.coaching":
      "Formado para trabajar con clientes emocional y psicológicamente estables o en proceso de recuperación; el coach busca ver al cliente desde una perspectiva holística",
    "dimension.clientState.psychotherapy":
      "Formado para trabajar con clientes que no se encuentran bien emocional y psicológicamente; el terapeuta busca diagnosticar y tratar",
    "dimension.orientation.label": "Orientación",
    "dimension.orientation.coaching": "Orientado a soluciones",
    "dimension.orientation.psychotherapy": "Orientada a problemas",
    "dimension.timeFocus.label": "Enfoque temporal",
    "dimension.timeFocus.coaching": "Se centra en el presente y el futuro",
    "dimension.timeFocus.psychotherapy": "Se centra en abordar el pasado",
    "dimension.driver.label": "Motor",
    "dimension.driver.coaching": "Impulsado por la mente consciente, los objetivos y el paso a la acción",
    "dimension.driver.psychotherapy":
      "Impulsada por la mente inconsciente y la comprensión profunda de asuntos y sentimientos no resueltos",
    "dimension.plan.label": "Planificación",
    "dimension.plan.coaching": "Alianza desarrollada por el coach y el cliente trabajando juntos",
    "dimension.plan.psychotherapy": "Plan de tratamiento diseñado por el terapeuta",
    "dimension.aim.label": "Finalidad",
    "dimension.aim.coaching": "Trabaja para alcanzar un nivel más alto de funcionamiento",
    "dimension.aim.psychotherapy": "Trabaja para lograr comprensión y sanación emocional",
    "dimension.duration.label": "Duración",
    "dimension.duration.coaching":
      "A corto plazo, acotado en el tiempo, basado en resultados y centrado en explorar soluciones",
    "dimension.duration.psychotherapy":
      "A largo plazo, sin duración predeterminada, explora la raíz de los problemas y ofrece explicaciones",
    "dimension.guidingQuestion.label": "Pregunta guía",
    "dimension.guidingQuestion.coaching": "Pregunta: «¿Dónde le gustaría estar y cómo puede llegar hasta allí?»",
    "dimension.guidingQuestion.psychotherapy": "Pregunta: «¿Cómo se sintió con eso?»",
    "dimension.selfEsteem.label": "Autoestima",
    "dimension.selfEsteem.coaching": "Explora acciones que manifiestan una autoestima alta",
    "dimension.selfEsteem.psychotherapy": "Explora la génesis de las conductas que generan una autoestima baja",
    "dimension.issueLocus.label": "Cuestiones",
    "dimension.issueLocus.coaching": "Trabaja principalmente con cuestiones externas",
    "dimension.issueLocus.psychotherapy": "Trabaja principalmente con cuestiones internas",
    "dimension.setting.label": "Entorno",
    "dimension.setting.coaching": "Se realiza por teléfono, por internet o en persona",
    "dimension.setting.psychotherapy": "Se realiza en un espacio de consulta",
    "disclaimer.notPsychotherapy":
      "El coaching y el apoyo entre pares NO son psicoterapia. No pueden sustituir la intervención psiquiátrica ni la psicoterapéutica.",
    "disclaimer.essentialDifference":
      "Dicho esto, la diferencia esencial es esta: la psicoterapia parte de donde usted se encuentra ahora, mira hacia atrás y desentraña lo que ha vivido para ayudarle a seguir adelante; el coaching, dando por hecho que usted está médicamente estable (que no corre un peligro inminente), parte de donde usted se encuentra ahora y le pone en camino hacia donde se dirige.",
    "disclaimer.complement":
      "El coaching retoma el trabajo donde lo deja la psicoterapia. Los clientes llevan su nueva comprensión y su estabilidad a un mundo que quizá no se adapte a sus necesidades, y el coaching mitiga esa brecha. Ayuda a las personas a aplicar en su vida diaria lo que han comprendido en la psicoterapia y en el trabajo personal, y a manejar los obstáculos cotidianos que pueden estar impidiéndoles participar plenamente en el proceso terapéutico y beneficiarse de él.",
    "level.coaching": "Dentro del ámbito del coaching",
    "level.coaching.action": "Se puede seguir adelante con el coaching.",
    "level.coaching-with-care": "Dentro del ámbito del coaching, con especial atención",
    "level.coaching-with-care.action":
      "Se puede seguir adelante con el coaching: mencione los puntos que figuran a continuación cuando acuerden cómo van a trabajar juntos, y coordínese con cualquier profesional que esté tratando al cliente.",
    "level.incomplete": "No hay suficientes respuestas para decidir",
    "level.incomplete.action": "Haga las preguntas que faltan antes de decidir. No empiece todavía el coaching.",
    "level.refer": "Derivar a un profesional de la salud mental",
    "level.refer.action": "Derive a la persona a un profesional de la salud mental antes de cualquier coaching.",
    "level.refer.inCareAction":
      "Consulte con el profesional que está tratando al cliente antes de empezar cualquier coaching.",
    "level.crisis": "Crisis: pida ayuda ahora",
    "level.crisis.action":
      "Haga una pausa en el coaching, pero no en el contacto: llame ahora mismo al número de emergencias local o a una línea de ayuda en crisis, y quédese con la persona hasta que la ayuda se haga cargo.",
    "reason.imminent-danger":
      "Ha indicado que corre un riesgo inmediato de hacerse daño o de hacer daño a otra persona, o que está teniendo una urgencia médica.",
    "reason.suicidal-intent-or-plan":
      "Ha indicado que en el último mes ha tenido la intención de quitarse la vida o ha hecho un plan para hacerlo.",
    "reason.recent-suicidal-behavior":
      "Ha indicado que en los últimos 3 meses ha intentado quitarse la vida o ha hecho algo para prepararse para ello.",
    "reason.harm-to-others":
      "Ha indicado que en el último mes ha tenido la intención o el plan de hacer daño a alguien.",
    "reason.assessed-risk":
      "La evaluación del riesgo realizada por un profesional de la salud mental ha encontrado un nivel de riesgo que requiere este paso.",
    "reason.suicidal-thoughts":
      "Ha indicado que ha tenido pensamientos de que estaría mejor muerto(a), o de quitarse la vida.",
    "reason.self-harm": "Ha indicado que en los últimos 3 meses se ha hecho daño a propósito.",
    "reason.phq9-item9":
      "En el PHQ-9 ha indicado que ha tenido pensamientos de que estaría mejor muerto(a), o de hacerse daño.",
    "reason.thoughts-of-death": "Se han registrado pensamientos de muerte o de suicidio.",
    "reason.past-suicidal-behavior":
      "Ha indicado que hace más de 3 meses intentó quitarse la vida o hizo algo para prepararse para ello.",
    "reason.recent-discharge":
      "Ha indicado que en los últimos 3 meses ha salido de una hospitalización psiquiátrica o ha dejado la atención de un equipo de crisis.",
    "reason.professional-advises-against":
      "Ha indicado que el profesional que lleva su tratamiento le desaconseja el coaching en este momento.",
    "reason.medically-unstable": "Ha indicado que en este momento no se encuentra médicamente estable.",
    "reason.daily-functioning": "Ha indicado que lo que le preocupa le está dificultando manejar la vida diaria.",
    "reason.phq9": "Su puntuación en el PHQ-9 (estado de ánimo) es {score}, igual o superior a {threshold}.",
    "reason.phq8": "Su puntuación en el PHQ-8 (estado de ánimo) es {score}, igual o superior a {threshold}.",
    "reason.gad7": "Su puntuación en el GAD-7 (ansiedad) es {score}, igual o superior a {threshold}.",
    "reason.k10": "Su puntuación en el K10 (malestar psicológico) es {score}, igual o superior a {threshold}.",
    "reason.k6": "Su puntuación en el K6 (malestar psicológico) es {score}, igual o superior a {threshold}.",
    "reason.who5": "Su puntuación en el WHO-5 (bienestar) es {score}, igual o inferior a {threshold}.",
    "reason.who5.item":
      "Su puntuación en el WHO-5 (bienestar) es {score}, y al menos una respuesta fue igual o inferior a {threshold}.",
    "reason.self-described-unwell":
      "Se ha descrito como alguien que no se encuentra bien y que busca ayuda para ello.",
    "reason.phq2-positive":
      "Su puntuación en el PHQ-2 (estado de ánimo) es {score}, igual o superior a {threshold}: es necesario realizar el PHQ-9 completo.",
    "reason.gad2-positive":
      "Su puntuación en el GAD-2 (ansiedad) es {score}, igual o superior a {threshold}: es necesario realizar el GAD-7 completo.",
    "reason.who5-positive":
      "Su puntuación en el WHO-5 (bienestar) es {score}, igual o inferior a {threshold}: es necesario realizar un cuestionario de depresión (el PHQ-9).",
    "reason.who5-positive.item":
      "Su puntuación en el WHO-5 (bienestar) es {score}, y al menos una respuesta fue igual o inferior a {threshold}: es necesario realizar un cuestionario de depresión (el PHQ-9).",
    "reason.indicators":
      "Señales de que podría ayudarle hablar con un profesional de la salud mental: total observado {count}, igual o superior al umbral de {threshold}.",
    "reason.indicators.hopelessness":
      "Se ha registrado desesperación o desesperanza: es una señal de la que conviene hablar y que hay que vigilar.",
    "reason.fit": "Respuestas sobre lo que busca que corresponden al coaching: {coaching} de {answered}.",
    "reason.concurrent-treatment": "Actualmente recibe psicoterapia o atención psiquiátrica.",
    "reason.alongside-treatment":
      "El profesional que lleva su tratamiento está de acuerdo con que haga coaching en paralelo a dicho tratamiento; por eso, los resultados de la evaluación que en otro caso supondrían una derivación pasan a ser puntos que acordar.",
    "reason.instrument-incomplete":
      "Preguntas del {instrument} aún sin responder: {items}. Las respuestas a esas preguntas podrían cambiar el resultado.",
    "reason.inconsistent-answers":
      "Sus respuestas en el {first} y en el {second} no coinciden en las preguntas que ambos comparten: hay que volver a hacer los dos cuestionarios.",
    "reason.stale-answers":
      "Algunas respuestas se dieron hace {ageDays} días y por eso ya no son válidas: hay que volver a hacer esas preguntas.",
    "reason.risk-screen-incomplete":
      "Todavía no se han respondido todas las preguntas sobre su seguridad (peligro inmediato, pensamientos de suicidio, hacerse daño o hacer daño a otras personas); deben responderse antes de iniciar el coaching.",
    "reason.risk-not-screened":
      "Todavía no se han respondido todas las preguntas sobre su seguridad (peligro inmediato, pensamientos de suicidio, hacerse daño o hacer daño a otras personas): hay que hacerlas antes de confiar en este resultado.",
    "reason.nothing-answered":
      "Todavía no se ha dado ninguna respuesta sobre su salud o su seguridad: lo que usted busca no basta, por sí solo, para mostrar que el coaching es adecuado para usted.",
    "instrument.phq9.name": "PHQ-9",
    "instrument.phq8.name": "PHQ-8",
    "instrument.gad7.name": "GAD-7",
    "instrument.phq2.name": "PHQ-2",
    "instrument.gad2.name": "GAD-2",
    "instrument.k10.name": "K10",
    "instrument.k6.name": "K6",
    "instrument.who5.name": "WHO-5",
    "band.phq9.minimal": "Mínima",
    "band.phq9.mild": "Leve",
    "band.phq9.moderate": "Moderada",
    "band.phq9.moderately-severe": "Moderadamente grave",
    "band.phq9.severe": "Grave",
    "band.phq8.minimal": "Mínima",
    "band.phq8.mild": "Leve",
    "band.phq8.moderate": "Moderada",
    "band.phq8.moderately-severe": "Moderadamente grave",
    "band.phq8.severe": "Grave",
    "band.gad7.minimal": "Mínima",
    "band.gad7.mild": "Leve",
    "band.gad7.moderate": "Moderada",
    "band.gad7.severe": "Grave",
    "band.phq2.negative": "Negativo",
    "band.phq2.positive": "Positivo",
    "band.gad2.negative": "Negativo",
    "band.gad2.positive": "Positivo",
    "band.k10.low": "Bajo",
    "band.k10.moderate": "Moderado",
    "band.k10.high": "Alto",
    "band.k10.very-high": "Muy alto",
    "band.k6.low": "Bajo",
    "band.k6.moderate": "Moderado",
    "band.k6.serious": "Grave",
    "band.who5.very-low": "Muy bajo",
    "band.who5.low": "Bajo",
    "band.who5.adequate": "Adecuado",
    "table.caption": "Comparación entre el coaching y la psicoterapia",
    "table.dimensionHeader": "Dimensión",
    "crisis.instruction": "Si usted u otra persona está en peligro ahora, llame al número de emergencias local.",
    "crisis.kind.emergency": "Número de emergencias",
    "crisis.kind.crisis-line": "Línea de ayuda en crisis",
    "crisis.reach.call": "llamada",
    "crisis.reach.text": "mensaje de texto",
    "crisis.reach.email": "correo electrónico",
  } satisfies Locale["messages"]),
});
