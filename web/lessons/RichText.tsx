/** Lesson prose: `backticks` become code (names the learner can carry to kubectl and the docs). */
export function RichText({ text }: { text: string }) {
  const parts = text.split('`');
  return <>{parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : p))}</>;
}
