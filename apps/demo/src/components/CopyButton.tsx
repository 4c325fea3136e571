/** Copies text to the clipboard and says so. */
import { useState } from 'react'

export function CopyButton(props: { text: string; label: string }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no')
  return (
    <button
      type="button"
      onClick={() => {
        navigator.clipboard.writeText(props.text).then(
          () => setCopied('yes'),
          () => setCopied('failed'),
        )
        setTimeout(() => setCopied('no'), 1500)
      }}
    >
      {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed' : props.label}
    </button>
  )
}
