// Where the data folder may live. SQLite's WAL mode needs shared memory and byte-range locks that
// network filesystems do not provide reliably, so a data folder on a network share is refused;
// a folder a sync service copies (Dropbox, OneDrive…) works but may be copied mid-write, so it
// gets a warning. What is detected:
// - Linux: the folder's mount in /proc/mounts is nfs, cifs, smb, sshfs, 9p, AFS, WebDAV, Ceph, Gluster…
// - Windows: a UNC path (\\server\share), also after resolving the folder (a mapped drive letter
//   resolves to its UNC path where Node can see it; otherwise it is not detected).
// - macOS: a folder under /Volumes whose mount (`mount` output) is smbfs, afpfs, nfs or webdav.
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';

const NETWORK_FS = /^(nfs\d?|cifs|smb\d?|smbfs|afpfs|sshfs|fuse\.sshfs|9p|afs|ncpfs|coda|davfs|fuse\.davfs2?|webdav|ceph|fuse\.ceph|glusterfs|fuse\.glusterfs|lustre|fuse\.rclone|fuse\.s3fs)$/i;

/** /proc/mounts escapes spaces and the like as octal (\040). */
const unescapeMount = (field: string) => field.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));

/** The mount that holds `path` (the longest mount point that is a prefix of it), from /proc/mounts text. */
export function mountOf(path: string, mountsText: string): { mountPoint: string; fsType: string } | null {
  let best: { mountPoint: string; fsType: string } | null = null;
  for (const line of mountsText.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 3) continue;
    const mountPoint = unescapeMount(fields[1]!);
    const inside = mountPoint === '/' || path === mountPoint || path.startsWith(mountPoint.endsWith('/') ? mountPoint : `${mountPoint}/`);
    // Later lines win on ties: a mount over an earlier one hides it.
    if (inside && (!best || mountPoint.length >= best.mountPoint.length)) best = { mountPoint, fsType: fields[2]! };
  }
  return best;
}

const UNC = /^(\\\\|\/\/)(\?\\UNC\\)?[^\\/?]+[\\/][^\\/]+/i;

/** macOS `mount` lines: "//me@nas/share on /Volumes/share (smbfs, nodev, nosuid, mounted by me)". */
export function macMountOf(path: string, mountOutput: string): { mountPoint: string; fsType: string } | null {
  const lines = mountOutput.split('\n').flatMap((line) => {
    const m = / on (.+) \(([^,)]+)/.exec(line);
    return m ? [`x ${m[1]!.replace(/ /g, '\\040')} ${m[2]!}`] : [];
  });
  return mountOf(path, lines.join('\n'));
}

export interface LocationFacts {
  platform: NodeJS.Platform;
  /** Linux: the text of /proc/mounts. */
  mounts?: string | undefined;
  /** macOS: the output of `mount`. */
  macMounts?: string | undefined;
  /** Windows: the folder resolved (a mapped drive becomes \\server\share\…). */
  resolved?: string | undefined;
}

/** The network filesystem holding `folder` (e.g. "nfs4", "a Windows network share"), or null. */
export function networkFilesystemOf(folder: string, facts: LocationFacts): string | null {
  if (facts.platform === 'win32') {
    return [folder, facts.resolved].some((p) => p !== undefined && UNC.test(p)) ? 'a Windows network share' : null;
  }
  const mount = facts.platform === 'darwin' ? (facts.macMounts ? macMountOf(folder, facts.macMounts) : null) : facts.mounts ? mountOf(folder, facts.mounts) : null;
  return mount && NETWORK_FS.test(mount.fsType) ? mount.fsType : null;
}

const CLOUD: [RegExp, string][] = [
  [/(^|[\\/])Dropbox( \([^\\/]*\))?([\\/]|$)/i, 'Dropbox'],
  [/(^|[\\/])OneDrive( - [^\\/]+)?([\\/]|$)/i, 'OneDrive'],
  [/(^|[\\/])(iCloud Drive|iCloudDrive|Mobile Documents)([\\/]|$)/i, 'iCloud Drive'],
  [/(^|[\\/])(Google Drive|GoogleDrive|My Drive)([\\/]|$)/i, 'Google Drive'],
  [/(^|[\\/])Library[\\/]CloudStorage([\\/]|$)/i, 'a cloud storage service'],
  [/(^|[\\/])(Box|Box Sync|pCloud Drive|MEGAsync|Nextcloud|ownCloud)([\\/]|$)/, 'a file sync service'],
];

/** The sync service whose folder holds `folder`, or null. */
export function cloudSyncServiceOf(folder: string): string | null {
  return CLOUD.find(([pattern]) => pattern.test(folder))?.[1] ?? null;
}

function facts(folder: string): LocationFacts {
  const platform = process.platform;
  const read = (f: () => string) => {
    try {
      return f();
    } catch {
      return undefined; // best effort: no answer means no refusal
    }
  };
  if (platform === 'linux') return { platform, mounts: read(() => readFileSync('/proc/mounts', 'utf8')) };
  if (platform === 'win32') return { platform, resolved: read(() => realpathSync.native(folder)) };
  if (platform === 'darwin' && folder.startsWith('/Volumes/')) return { platform, macMounts: read(() => execFileSync('/sbin/mount', { encoding: 'utf8', timeout: 3000 })) };
  return { platform };
}

export class DataFolderOnNetworkError extends Error {
  constructor(
    readonly folder: string,
    readonly filesystem: string,
  ) {
    super(
      `Palpate's data folder (${folder}) is on a network drive (${filesystem}). SQLite, the database Palpate uses, ` +
        'cannot keep a database safe on a network drive: two computers or a dropped connection can corrupt it. ' +
        'Choose a folder on this computer’s own disk, and use Settings → Backups to send copies to the network drive.',
    );
    this.name = 'DataFolderOnNetworkError';
  }
}

const realFolder = (folder: string) => {
  try {
    return realpathSync(folder);
  } catch {
    return resolve(folder);
  }
};

/** Throws DataFolderOnNetworkError for a data folder on a network filesystem. */
export function refuseNetworkFolder(dataDir: string, known?: LocationFacts): void {
  const folder = realFolder(dataDir);
  const filesystem = networkFilesystemOf(folder, known ?? facts(folder));
  if (filesystem) throw new DataFolderOnNetworkError(folder, filesystem);
}

const warnings = new Map<string, string | null>();

/** A warning for app/status when the data folder is one a sync service copies; null otherwise. */
export function dataFolderWarning(dataDir: string): string | null {
  let warning = warnings.get(dataDir);
  if (warning === undefined) {
    const service = cloudSyncServiceOf(realFolder(dataDir));
    warning = service
      ? `Palpate's data folder is inside ${service}. A sync service can copy the database while Palpate is writing it and make conflicting copies. ` +
        `Move the data folder out of ${service}, and choose a ${service} folder as the second backup folder instead.`
      : null;
    warnings.set(dataDir, warning);
  }
  return warning;
}
