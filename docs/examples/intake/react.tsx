// Compiled by the typecheck step and rendered by test/docs-examples.test.ts;
// docs/intake.md shows this code.
import { isShown, type Intake, type IntakeAnswers, type IntakeQuestion } from "coaching-scope/intake";

type Props = { intake: Intake; answers: IntakeAnswers; onAnswer: (id: string, value: IntakeAnswers[string]) => void };

function Question({ q, answers, onAnswer }: { q: IntakeQuestion } & Omit<Props, "intake">) {
  const value = answers[q.id];
  if (q.type === "integer") {
    return (
      <label>
        {q.text}{q.required ? " *" : ""}
        {q.help && <small> {q.help}</small>}
        <input type="number" min={q.min} max={q.max} value={typeof value === "number" ? value : ""}
          onChange={(e) => onAnswer(q.id, e.target.value === "" ? null : Number(e.target.value))} />
      </label>
    );
  }
  const many = q.type === "multiple";
  const picked = Array.isArray(value) ? value : [];
  return (
    <fieldset>
      <legend>{q.text}{q.required ? " *" : ""}</legend>
      {q.help && <p>{q.help}</p>}
      {q.options.map((o) => (
        <label key={String(o.value)}>
          <input type={many ? "checkbox" : "radio"} name={q.id}
            checked={many ? picked.includes(o.value) : value === o.value}
            onChange={(e) => onAnswer(q.id, many ? (e.target.checked ? [...picked, o.value] : picked.filter((v) => v !== o.value)) : o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function IntakeForm({ intake, answers, onAnswer }: Props) {
  return (
    <form lang={intake.language} dir={intake.dir}>
      {intake.sections.map((section) => (
        <fieldset key={section.id}>
          <legend>{section.title}</legend>
          {section.help && <p>{section.help}</p>}
          {section.questions.filter((q) => isShown(q, answers)).map((q) => (
            <Question key={q.id} q={q} answers={answers} onAnswer={onAnswer} />
          ))}
          {section.notice && <small>{section.notice}</small>}
        </fieldset>
      ))}
    </form>
  );
}
