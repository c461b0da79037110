import { Fragment } from 'react';

/**
 * Long names without spaces (AMI names, ARNs, host names) that may wrap only after a separator
 * (- _ . / : +), never in the middle of a word; the whole name stays in the title.
 */
export function BreakableText({ text, className }: { text: string; className?: string }) {
  const parts = text.split(/(?<=[-_./:+])/);
  return (
    <span className={className} title={text} style={{ overflowWrap: 'normal', wordBreak: 'normal' }}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
