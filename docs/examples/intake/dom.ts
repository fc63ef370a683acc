// Compiled by the typecheck step; docs/intake.md shows this code.
import { isShown, type Intake, type IntakeAnswers } from "coaching-scope/intake";

/** Renders the intake into `form`, again whenever an answer changes; `onChange` gets the answers. */
export function renderIntake(form: HTMLFormElement, intake: Intake, onChange: (answers: IntakeAnswers) => void): void {
  const answers: Record<string, IntakeAnswers[string]> = {};
  const draw = () => {
    form.lang = intake.language;
    form.dir = intake.dir;
    form.replaceChildren();
    for (const section of intake.sections) {
      const set = form.appendChild(document.createElement("fieldset"));
      set.appendChild(document.createElement("legend")).textContent = section.title; // text, never HTML
      if (section.help) set.appendChild(document.createElement("p")).textContent = section.help;
      for (const q of section.questions) {
        if (!isShown(q, answers)) continue;
        const box = set.appendChild(document.createElement("fieldset"));
        box.appendChild(document.createElement("legend")).textContent = q.required ? `${q.text} *` : q.text;
        if (q.help) box.appendChild(document.createElement("p")).textContent = q.help;
        if (q.type === "integer") {
          const input = box.appendChild(document.createElement("input"));
          input.type = "number";
          input.min = String(q.min);
          input.max = String(q.max);
          input.value = typeof answers[q.id] === "number" ? String(answers[q.id]) : "";
          input.onchange = () => answer(q.id, input.value === "" ? null : Number(input.value));
        }
        for (const o of q.options) {
          const label = box.appendChild(document.createElement("label"));
          const input = label.appendChild(document.createElement("input"));
          const many = q.type === "multiple";
          const picked = (answers[q.id] ?? []) as IntakeAnswers[string][];
          input.type = many ? "checkbox" : "radio";
          input.name = q.id;
          input.checked = many ? picked.includes(o.value) : answers[q.id] === o.value;
          input.onchange = () => answer(q.id, many ? (input.checked ? [...picked, o.value] : picked.filter((v) => v !== o.value)) as IntakeAnswers[string] : o.value);
          label.append(` ${o.label}`);
        }
      }
      if (section.notice) set.appendChild(document.createElement("small")).textContent = section.notice;
    }
  };
  const answer = (id: string, value: IntakeAnswers[string]) => {
    answers[id] = value;
    draw();
    onChange({ ...answers });
  };
  draw();
}
