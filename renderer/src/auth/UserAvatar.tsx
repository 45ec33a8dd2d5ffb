// A person's initials in a circle: the lock screen's user buttons and the sidebar.
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

export function UserAvatar({ name, small }: { name: string; small?: boolean }) {
  return (
    <span className={small ? 'avatar avatar-small' : 'avatar'} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
