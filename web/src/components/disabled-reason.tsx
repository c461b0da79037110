/**
 * Why an action is unavailable, as visible text next to it (not only in a tooltip). Give the
 * button `aria-disabled="true"` and `aria-describedby={id}` so screen readers read the same words;
 * `ActionButton` does all of that by itself. Use this directly when one reason covers several
 * buttons (say it once, after them) or when the button is not an `ActionButton`:
 *
 *   const reasonId = useId();
 *   <ActionButton reason={notRunning} showReason={false} describedBy={reasonId} …>Sync now</ActionButton>
 *   <ActionButton reason={notRunning} showReason={false} describedBy={reasonId} …>Upload topology</ActionButton>
 *   <DisabledReason id={reasonId} reason={notRunning} />
 *
 * Renders nothing when `reason` is undefined (the action is available).
 */
export function DisabledReason({ id, reason, className = '' }: { id?: string; reason: string | undefined; className?: string }) {
  if (!reason) return null;
  return (
    <span id={id} className={`small text-body-secondary fst-italic ${className}`} data-testid="disabled-reason">
      {reason}
    </span>
  );
}
