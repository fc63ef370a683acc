import { defineTexts } from "../define.js";

/**
 * @internal The PHQ-9 in Pfizer's Spanish translation, as its printed form reads ("Cuestionario
 * sobre la salud del paciente-9 (PHQ-9)"). Checked against a stored copy of that form
 * (https://es.studenta.com/content/129686767/patient-health-questionnaire-9-spanish, the text of
 * the PDF "PatientHealthQuestionnaire9_Spanish"): taken as the official translation because it
 * carries the form's own Spanish permission line (below), Pfizer's layout with the untranslated
 * "FOR OFFICE CODING" row, and the item-10 question; several independent transcriptions in
 * public code repositories agree with it word for word, dashes included. The copy does not say
 * for which country the translation was made (phqscreeners.com lists Spanish variants by
 * country), so the language is "es". Line breaks of the form are layout and are not kept.
 */
export const texts = defineTexts({
  language: "es",
  stem: "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?",
  items: [
    "Poco interés o placer en hacer cosas",
    "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
    "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
    "Se ha sentido cansado(a) o con poca energía",
    "Sin apetito o ha comido en exceso",
    "Se ha sentido mal con usted mismo(a) \u2013 o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia",
    "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión",
    "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario \u2013 muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
    "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
  ],
  answers: [
    { value: 0, label: "Ningún día" },
    { value: 1, label: "Varios días" },
    { value: 2, label: "Más de la mitad de los días" },
    { value: 3, label: "Casi todos los días" },
  ],
  copyright:
    "Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.",
  source: "https://es.studenta.com/content/129686767/patient-health-questionnaire-9-spanish (Pfizer's Spanish PHQ-9 form); https://www.phqscreeners.com/",
});
