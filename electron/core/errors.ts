import type { AppErrorShape, ErrorCode } from '../../shared/result';

/** An error the user is meant to read. Anything else thrown by a handler is reported as `internal`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found. It may have been removed; reload and try again.`);

/** The database file was written by a newer Palpate: refuse it rather than touch it. */
export class DatabaseFromNewerVersionError extends Error {
  constructor(
    readonly file: string,
    readonly unknownMigrations: string[],
  ) {
    super(
      `This clinic database (${file}) was written by a newer version of Palpate. ` +
        `Install the newer Palpate to open it. Nothing in the file was changed.`,
    );
    this.name = 'DatabaseFromNewerVersionError';
  }
}
