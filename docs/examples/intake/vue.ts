// Compiled by the typecheck step and rendered by test/docs-examples.test.ts;
// docs/intake.md shows this code.
import { defineComponent, h, type PropType } from "vue";
import { isShown, type Intake, type IntakeAnswers, type IntakeQuestion } from "coaching-scope/intake";

export const IntakeForm = defineComponent({
  props: {
    intake: { type: Object as PropType<Intake>, required: true },
    answers: { type: Object as PropType<IntakeAnswers>, required: true },
  },
  emits: ["answer"],
  setup(props, { emit }) {
    const question = (q: IntakeQuestion) => {
      const value = props.answers[q.id];
      if (q.type === "integer") {
        return h("label", [q.text, h("input", {
          type: "number", min: q.min, max: q.max, value: typeof value === "number" ? value : "",
          onInput: (e: Event) => { const raw = (e.target as HTMLInputElement).value; emit("answer", q.id, raw === "" ? null : Number(raw)); },
        })]);
      }
      const many = q.type === "multiple";
      const picked = Array.isArray(value) ? value : [];
      return h("fieldset", [
        h("legend", q.required ? `${q.text} *` : q.text),
        q.help ? h("p", q.help) : null,
        ...q.options.map((o) => h("label", { key: String(o.value) }, [
          h("input", {
            type: many ? "checkbox" : "radio", name: q.id,
            checked: many ? picked.includes(o.value) : value === o.value,
            onChange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              emit("answer", q.id, many ? (on ? [...picked, o.value] : picked.filter((v) => v !== o.value)) : o.value);
            },
          }),
          o.label,
        ])),
      ]);
    };
    return () => h("form", { lang: props.intake.language, dir: props.intake.dir }, props.intake.sections.map((section) =>
      h("fieldset", { key: section.id }, [
        h("legend", section.title),
        section.help ? h("p", section.help) : null,
        ...section.questions.filter((q) => isShown(q, props.answers)).map(question),
        section.notice ? h("small", section.notice) : null,
      ]),
    ));
  },
});
