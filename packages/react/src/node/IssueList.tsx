/** Validation messages shown next to a field or a node. */
import type { IssueListProps } from '../components.ts'
import { useMessages } from '../context.ts'

/** The default issue list (nothing when there is no issue). */
export function IssueList({ issues, id }: IssueListProps) {
  const m = useMessages()
  if (issues.length === 0) return null
  return (
    <ul id={id} data-segkit-part="issues">
      {issues.map((issue) => (
        <li
          // Issues have no id; code, path and message identify one within a node.
          key={`${issue.code}|${issue.path.join('.')}|${issue.message}`}
          data-segkit-part="issue"
          data-severity={issue.severity}
          data-code={issue.code}
        >
          {m.issue(issue)}
        </li>
      ))}
    </ul>
  )
}
