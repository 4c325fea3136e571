/** Preformatted code in a labelled, keyboard-scrollable region. */
export function CodeBlock(props: { label: string; text: string; testId: string; dialect?: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="code" aria-label={props.label} tabIndex={0}>
      <pre data-testid={props.testId} data-dialect={props.dialect}>
        {props.text}
      </pre>
    </section>
  )
}
