/** Validation issues with their paths, e.g. `root.children.2.value`. */
import type { Issue } from '@segkit/core'

export function IssueList(props: { issues: readonly Issue[] }) {
  return (
    <ul className="issues" data-testid="issues">
      {props.issues.map((issue) => (
        <li key={`${issue.code}-${issue.path.join('.')}-${issue.message}`} data-severity={issue.severity}>
          <code className="issue-path">{issue.path.length > 0 ? issue.path.join('.') : '(document)'}</code>{' '}
          <span className="issue-severity">{issue.severity}</span>: {issue.message}
        </li>
      ))}
    </ul>
  )
}
