/**
 * The intake's texts in Spanish: the project's own translation of the client, risk, context,
 * red-flag, indicator and preference questions; the PHQ-9 (with the PHQ-8 and PHQ-2) in Pfizer's
 * Spanish translation; the comparison model's texts of the Spanish core locale.
 *
 * @module
 */
import { es as core } from "../../locales/es.js";
import { texts as phq9 } from "../../instruments/phq9/texts.es.js";
import { defineIntakeLocale, type IntakeLocale } from "../texts.js";

/**
 * Spanish (español). The risk, context, red-flag, indicator and preference questions are the
 * coaching-scope project's own translation of its English wording, not a clinically validated
 * translation: like the core locale, to be reviewed by native-speaking practitioners before
 * clinical use. The client is addressed as "usted", in Spanish meant for every country. The
 * PHQ-9 (with the PHQ-8 and PHQ-2) is Pfizer's Spanish translation as its printed form reads
 * ("Cuestionario sobre la salud del paciente-9 (PHQ-9)", checked against a stored copy of the
 * form "PatientHealthQuestionnaire9_Spanish"; see phqscreeners.com). No other instrument's text
 * ships in Spanish (the GAD-7, K10, K6, PC-PTSD-5, WHO-5 and SCOFF): apps supply them through
 * `overrides` or `translate`.
 *
 * @example
 * ```ts
 * import { buildIntake } from "coaching-scope/intake";
 * import { es } from "coaching-scope/intake/locales/es";
 * buildIntake({ locale: es }).sections[1]!.title;
 * //=> "Su seguridad"
 * ```
 */
export const es: IntakeLocale = /* @__PURE__ */ defineIntakeLocale(
  core,
  {
    yes: "Sí",
    no: "No",
    "section.client": "Sobre usted",
    "section.client.help": "Unas preguntas para poder ofrecerle el tipo de apoyo adecuado.",
    "client.age": "¿Cuántos años tiene?",
    "client.age.help": "En años cumplidos.",
    "client.adult": "¿Tiene {adultAge} años o más?",
    "client.guardianConsent": "¿Su madre, su padre o su tutor ha aceptado que usted haga coaching?",
    "client.perinatal": "¿Está embarazada o ha dado a luz en los últimos 12 meses?",
    "client.perinatal.help": "Se lo preguntamos a todas las personas, también si un embarazo o un parto terminó en una pérdida. Si es su caso, puede que el apoyo tenga que contar con su médico o su matrona.",
    "section.risk": "Su seguridad",
    "section.risk.help": "Hacemos estas preguntas a todas las personas. Por favor, responda con sinceridad: sus respuestas nos ayudan a asegurarnos de que reciba el apoyo adecuado.",
    "risk.skipped": "No tiene que responder. Si está en peligro ahora mismo, o si está pensando en hacerse daño o en hacer daño a otra persona, póngase en contacto ahora con uno de estos servicios. Están ahí para ayudarle.",
    "risk.imminentDanger": "¿Corre ahora mismo peligro de hacerse daño o de hacer daño a otra persona, o necesita ayuda médica urgente?",
    "risk.suicidalThoughts": "En el último mes, ¿ha pensado que estaría mejor muerto(a), ha deseado no estar vivo(a) o ha pensado en quitarse la vida?",
    "risk.suicidalThoughts.help": "Muchas personas tienen pensamientos así cuando la vida se hace difícil. Contárnoslo nos ayuda a encontrar el apoyo adecuado para usted.",
    "risk.suicidalThoughts=none": "No",
    "risk.suicidalThoughts=passive": "Sí, he pensado que estaría mejor muerto(a) o he deseado no estar vivo(a), pero no he pensado en quitarme la vida",
    "risk.suicidalThoughts=active": "Sí, he pensado en quitarme la vida",
    "risk.suicidalIntentOrPlan": "En el último mes, ¿ha tenido la intención de actuar según sus pensamientos de quitarse la vida, o ha hecho algún plan, aunque sea en parte, sobre cómo o cuándo pondría fin a su vida?",
    "risk.recentSuicidalBehavior": "En los últimos 3 meses, ¿ha intentado quitarse la vida, ha empezado a hacerlo y luego se ha detenido o alguien se lo ha impedido, o ha hecho algo para prepararse para ello?",
    "risk.selfHarm": "En los últimos 3 meses, ¿se ha hecho daño a propósito?",
    "risk.harmToOthers": "En el último mes, ¿ha tenido la intención de hacer daño grave a otra persona, o ha hecho algún plan para hacerlo?",
    "risk.pastSuicidalBehavior": "Hace más de 3 meses, ¿intentó alguna vez quitarse la vida, empezó a hacerlo y luego se detuvo o alguien se lo impidió, o hizo algo para prepararse para ello?",
    "section.context": "Su salud y la atención que recibe",
    medicallyStable: "¿Su salud física está estable en este momento, sin nada que necesite atención médica urgente?",
    "medicallyStable.help": "Una enfermedad crónica que está bajo control se considera estable.",
    dailyFunctioningImpaired: "En las últimas 2 semanas, ¿la forma en que se siente le ha impedido a menudo ocuparse como de costumbre de su trabajo, sus estudios, sus tareas familiares o de cuidarse?",
    "treatment.inPsychotherapy": "¿Está recibiendo psicoterapia en este momento (una terapia en la que habla con un terapeuta)?",
    "treatment.inPsychiatricCare": "¿Le está atendiendo en este momento un psiquiatra o un equipo de salud mental?",
    "treatment.professionalSupportsCoaching": "¿Los profesionales que llevan su tratamiento están de acuerdo con que usted haga coaching al mismo tiempo?",
    "treatment.professionalSupportsCoaching.help": "Si todavía no les ha preguntado a esos profesionales, deje esta pregunta sin responder.",
    "treatment.professionalSupportsCoaching=true": "Sí, están de acuerdo",
    "treatment.professionalSupportsCoaching=false": "No, uno de ellos me lo ha desaconsejado",
    "treatment.recentDischarge": "En algún momento de los últimos 3 meses, incluido ahora, ¿ha estado ingresado(a) en un hospital o en una unidad hospitalaria por su salud mental, o le ha atendido un equipo de crisis?",
    "section.redFlags": "Otras cosas que pueden estar afectándole",
    "section.redFlags.help": "Estas preguntas se refieren al último mes, hasta hoy. Por favor, responda a cada una.",
    "redFlags.psychosis": "En el último mes, ¿ha oído o visto cosas que otras personas no podían oír ni ver, o ha estado seguro(a) de cosas que otras personas decían que no eran ciertas (por ejemplo, que le vigilaban o le seguían, o que le leían o le controlaban los pensamientos)?",
    "redFlags.mania": "En el último mes, ¿ha tenido días de un ánimo inusualmente eufórico, exaltado o irritable, en los que necesitaba dormir mucho menos de lo habitual sin sentirse cansado(a)?",
    "redFlags.substance-use": "En el último mes, ¿beber alcohol o consumir drogas le ha causado problemas a usted o a personas cercanas a usted?",
    "redFlags.eating-disorder": "En el último mes, ¿ha estado limitando mucho lo que come, hasta el punto de perder mucho peso o de que otras personas se preocuparan, comiendo grandes cantidades sin poder controlarse, provocándose el vómito, o ha tenido mucho miedo a ganar peso?",
    "redFlags.abuse-or-violence": "En el último mes, hasta hoy, ¿alguien le ha hecho daño, le ha amenazado o ha controlado lo que hace, a quién ve o su dinero?",
    "redFlags.cognitive-decline": "En el último mes, ¿ha notado problemas nuevos de memoria o de razonamiento?",
    "section.indicators": "Cómo se ha sentido",
    indicators: "En las últimas semanas, ¿ha notado alguna de estas cosas? Elija todas las que correspondan.",
    "indicators.help": "Deje la pregunta sin responder si no le ocurre ninguna.",
    "indicators=low-mood": "Sentir tristeza o impotencia, o disfrutar de las cosas menos que antes",
    "indicators=poor-concentration": "Tener dificultad para concentrarse, o tener pensamientos que no puede quitarse de la cabeza",
    "indicators=sleep-disturbance": "Tener dificultad para dormirse o para seguir durmiendo, o dormir demasiado",
    "indicators=appetite-change": "Comer mucho más o mucho menos de lo habitual",
    "indicators=survivor-guilt": "Sentirse culpable porque otras personas han sufrido o han muerto",
    "indicators=hopelessness": "Sentir desesperanza o desesperación",
    "indicators=hyperalert-or-exhausted": "Estar en alerta todo el tiempo, o sentir un gran agotamiento",
    "indicators=irritability": "Sentir irritación o ira con más facilidad que antes",
    "indicators=impulsive-risk-taking": "Hacer cosas arriesgadas por impulso",
    "indicators=thoughts-of-death": "Pensamientos sobre la propia muerte o sobre el suicidio",
    "section.preferences": "Lo que usted busca",
    "section.preferences.help": "En cada pareja, elija la descripción que más se acerque a lo que quiere. No hay respuestas correctas ni incorrectas.",
    preferences: "{dimension}: ¿cuál se acerca más a lo que busca?",
  },
  { phq9 },
);
