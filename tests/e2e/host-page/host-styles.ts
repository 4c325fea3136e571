/**
 * Host stylesheets the builder must survive: what Tailwind's preflight, normalize.css and bare
 * element rules of a design system do to buttons, selects and inputs (written here from their
 * documented effects, not copied). Each is injected before the kit's stylesheet, as an app's own
 * `index.css` imported ahead of its components is.
 */
export const hostStyles = {
  none: '',
  /** Tailwind preflight: borders reset, controls transparent, selects and buttons lose their look. */
  tailwind: `
    *, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; border-color: #e5e7eb; }
    html { line-height: 1.5; font-family: ui-sans-serif, system-ui, sans-serif; }
    body { margin: 0; line-height: inherit; }
    h1, h2, h3, p, ul, ol, fieldset, legend { margin: 0; padding: 0; }
    ol, ul { list-style: none; }
    button, input, optgroup, select, textarea { font-family: inherit; font-size: 100%; font-weight: inherit;
      line-height: inherit; color: inherit; margin: 0; padding: 0; }
    button, select { text-transform: none; }
    button, [type='button'], [type='reset'], [type='submit'] { -webkit-appearance: button; background-color: transparent; background-image: none; }
    select { appearance: none; background-image: none; }
    input::placeholder { opacity: 1; color: #9ca3af; }
    button, [role="button"] { cursor: pointer; }
    svg, img { display: block; vertical-align: middle; }
  `,
  /** normalize.css: margins and appearance of controls. */
  normalize: `
    html { line-height: 1.15; -webkit-text-size-adjust: 100%; }
    body { margin: 0; }
    button, input, optgroup, select, textarea { font-family: inherit; font-size: 100%; line-height: 1.15; margin: 0; }
    button, input { overflow: visible; }
    button, select { text-transform: none; }
    button, [type="button"], [type="reset"], [type="submit"] { -webkit-appearance: button; }
    fieldset { padding: 0.35em 0.75em 0.625em; }
    legend { padding: 0; }
  `,
  /** Bare element rules, as a design system's base layer ships them. */
  bare: `
    body { margin: 0; font-family: Georgia, serif; }
    button { background: #fff; color: #111; border: 2px solid #111; border-radius: 0; padding: 10px 18px; text-transform: uppercase; }
    select { appearance: none; background: #fff; border: 2px solid #111; border-radius: 0; padding: 10px; }
    input { border: 2px solid #111; border-radius: 0; padding: 10px; background: #fff; }
    ul { list-style: square; padding-left: 40px; }
    label { display: block; font-weight: bold; }
  `,
} as const

/** A host style's name. */
export type HostStyle = keyof typeof hostStyles
