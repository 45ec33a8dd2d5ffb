// Time zone choices for the clinic: every IANA zone the runtime knows, as <select> options.

/** The zone this computer is set to, the natural default for a clinic's first run. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let zones: string[] | undefined;

/** Options for a time zone <select>, always including `current` (so a saved value never vanishes). */
export function timeZoneOptions(current: string): Array<{ value: string; label: string }> {
  zones ??= Intl.supportedValuesOf('timeZone');
  const list = current && !zones.includes(current) ? [current, ...zones] : zones;
  return list.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}
