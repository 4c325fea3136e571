'use client'
/**
 * The related row (B2B): "at least one / every / no / a number of [Users]
 * matching [a group of user conditions]", or for a user, conditions on their
 * account. The nested group is the builder's own group editor, on the related
 * entity type.
 */
import { changeRelatedMatch, changeRelation, RELATED_MATCH_TYPES, type RelatedCondition } from '@segkit/core'
import { useId } from 'react'
import type { ConditionEditorProps } from '../condition-editor-props.ts'
import { useCatalog, useComponents, useMessages } from '../context.ts'
import { ComparisonEditor } from '../event/ComparisonEditor.tsx'
import { routeIssues } from '../fields/field-issues.ts'
import { Picker } from '../fields/Picker.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { GroupEditor } from '../group/GroupEditor.tsx'

/** The default related condition editor. */
export function RelatedConditionEditor({
  node,
  entity,
  onChange,
  readOnly,
  issues,
}: ConditionEditorProps<RelatedCondition>) {
  const m = useMessages()
  const { catalog, index } = useCatalog()
  const { IssueList } = useComponents()
  const id = useId()
  const relations = index.entity(entity)?.relations ?? []
  const relation = index.relation(entity, node.relation)
  const target = relation ? index.entity(relation.target) : undefined
  const targetLabel = target?.pluralLabel ?? target?.label ?? relation?.label ?? node.relation
  const { match } = node
  // One related entity (user → account): "at least one" and "no" say all there is to say.
  const matchTypes = RELATED_MATCH_TYPES.filter(
    (type) => relation?.type !== 'many_to_one' || type === 'any' || type === 'none' || type === match.type,
  )
  const byField = routeIssues(issues, {
    relation: ['relation'],
    value2: ['match', 'value2'],
    value: ['match', 'value'],
    match: ['match'],
  })
  return (
    <div data-segkit-part="related-condition" data-relation-type={relation?.type}>
      <div data-segkit-part="related-header">
        <span data-segkit-part="field" data-field="relation">
          <Picker
            options={relations.map((r) => ({ value: r.id, label: r.label }))}
            value={node.relation}
            onChange={(next) => onChange(changeRelation(node, next, catalog, entity))}
            label={m.relatedRelation}
            placeholder={m.relatedRelationPlaceholder}
            unknownLabel={m.relatedUnknownRelation}
            disabled={readOnly}
            invalid={byField.relation.length > 0}
            describedBy={byField.relation.length > 0 ? `${id}-relation` : undefined}
            part="relation-picker"
          />
          {IssueList && <IssueList issues={byField.relation} id={`${id}-relation`} />}
        </span>
        <SelectField
          options={matchTypes.map((type) => ({ value: type, label: m.relatedMatches[type] }))}
          value={match.type}
          onChange={(type) => onChange({ ...node, match: changeRelatedMatch(match, type) })}
          label={m.relatedMatch}
          disabled={readOnly}
          part="related-match"
        />
        {match.type === 'count' && (
          <ComparisonEditor
            compared={match}
            onChange={(next) => onChange({ ...node, match: next })}
            integer
            comparisonLabel={m.relatedCountComparison}
            valueLabel={m.relatedCountValue}
            value2Label={m.relatedCountUpper}
            disabled={readOnly}
            valueIssues={byField.value}
            value2Issues={byField.value2}
          />
        )}
        <span data-segkit-part="words">{m.relatedMatching}</span>
        {IssueList && <IssueList issues={[...byField.match, ...byField.other]} />}
      </div>
      <section data-segkit-part="related-body" aria-label={m.relatedConditions(targetLabel)}>
        <GroupEditor groupId={node.root.id} entity={relation?.target ?? ''} />
      </section>
    </div>
  )
}
