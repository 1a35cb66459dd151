// React 18 would give a bare <rygg-red-flag-checklist> its flags as an attribute string and never
// hear its events, so this app shows the wrapper alone.
export function BareChecklist() {
  return null;
}
